//! The codes of the stages above the checker (`cookiec build`, the
//! formatter, `cookiec diff`). They are declared here, below every stage, so that the one
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
