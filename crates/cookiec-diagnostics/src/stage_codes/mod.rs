//! The codes of the stages above the checker (`cookiec build`, the
//! formatter, `cookiec diff`, `cookiec audit`). They are declared here, below every stage, so that the one
//! registry (`cookiec_check::codes`) lists them for the language server,
//! `explain` and the docs, although those stages depend on the checker.

/// `cookiec build`: what may reach an output file.
pub mod build {
    crate::declare_codes! {
        stage: Build;
        HEADER_UNSAFE_NAME = "E301", Error, "header-unsafe-name", "a cookie name cannot be written into an HTTP header";
        HEADER_UNSAFE_ATTRIBUTE = "E302", Error, "header-unsafe-attribute", "a cookie Domain or Path cannot be written into a Set-Cookie header";
        UNSAFE_LANGUAGE_TAG = "E303", Error, "unsafe-language-tag", "a language tag cannot be used in an output file name";
    }
}

/// The formatter.
pub mod fmt {
    crate::declare_codes! {
        stage: Fmt;
        /// The formatter's own output failed its check (a formatter bug;
        /// the file is left alone).
        FORMATTER_BUG = "F001", Error, "formatter-bug", "The formatter's output failed its own check; the file was left unchanged.";
    }
}

/// `cookiec diff`: what changed between two revisions of a policy.
pub mod diff {
    crate::declare_codes! {
        stage: Diff;
        MATERIAL_CHANGE = "D001", Warning, "material-change", "a change visitors must be asked about again (the revision changes)";
        NON_MATERIAL_CHANGE = "D002", Info, "non-material-change", "a change that keeps the revision (wording, contact details)";
    }
}

/// `cookiec audit`: a capture of the live site held against the policy.
pub mod audit {
    crate::declare_codes! {
        stage: Audit;
        UNDECLARED_ITEM = "AUD001", Error, "undeclared-item", "A capture saw a cookie or storage item the policy does not declare.";
        WITHOUT_CONSENT = "AUD002", Error, "set-without-consent", "An item of a category that was not granted was set or present.";
        ATTRIBUTE_DIFFERS = "AUD003", Error, "attribute-differs", "A cookie was set with an attribute other than the declared one.";
        LIFETIME_LONGER = "AUD004", Error, "lifetime-longer", "A cookie was set to live longer than declared.";
        UNDECLARED_HOST = "AUD005", Error, "undeclared-third-party", "A third-party host set cookies or received beacons but is no declared provider.";
        NEVER_SEEN = "AUD006", Info, "declared-not-seen", "A declared item no capture saw.";
    }
}
