//! One documentation line per enum value, for hover and completion.
//!
//! The value lists themselves come from `enums.rs` (`X::NAMES`); a test
//! checks every value there has a line here.

use crate::enums::ExemptionGround;
use crate::enums::{
    Browser, ChangeNotice, Commitment, ConsentMode, CookieWall, GeneratedSection,
    GoogleConsentType, LegalBasis, OptOutLink, ProviderRole, Region, SameSite, SignalResponse,
    Status, UsPrivacyUse, WithdrawMethod,
};

/// One enum: its value list (from the model) and a doc line per value.
pub struct EnumDoc {
    pub values: &'static [&'static str],
    pub docs: &'static [(&'static str, &'static str)],
}

pub const ENUM_DOCS: &[EnumDoc] = &[
    EnumDoc {
        values: Commitment::NAMES,
        docs: &[
            (
                "no-sale",
                "Personal data collected through cookies is never sold.",
            ),
            (
                "no-sharing",
                "Personal data is not shared for cross-context behavioural advertising.",
            ),
            (
                "no-advertising-profiles",
                "No advertising profiles are built.",
            ),
            (
                "no-cross-site-tracking",
                "Visitors are not tracked across other sites.",
            ),
            (
                "no-targeted-advertising",
                "No targeted advertising is shown.",
            ),
            ("no-ad-exchanges", "No data is passed to ad exchanges."),
            (
                "no-external-analytics",
                "No external analytics service (such as Google Analytics) is used.",
            ),
            (
                "no-third-party-advertising",
                "No third-party advertising cookies are set.",
            ),
            (
                "no-tracking-or-marketing",
                "No tracking or marketing cookies are used.",
            ),
        ],
    },
    EnumDoc {
        values: ChangeNotice::NAMES,
        docs: &[
            (
                "posted-on-page",
                "The current version is always posted on the policy page.",
            ),
            ("updated-date", "The \"last updated\" date is changed."),
            ("email", "Registered users are told by e-mail."),
            ("banner", "A banner announces the change on the site."),
            ("effective-on-posting", "Changes take effect when posted."),
        ],
    },
    EnumDoc {
        values: Browser::NAMES,
        docs: &[
            ("chrome", "Google Chrome."),
            ("firefox", "Mozilla Firefox."),
            ("safari", "Apple Safari."),
            ("edge", "Microsoft Edge."),
            ("opera", "Opera."),
        ],
    },
    EnumDoc {
        values: ConsentMode::NAMES,
        docs: &[
            (
                "required",
                "Strictly necessary: always on, cannot be switched off.",
            ),
            ("opt-in", "Off until the visitor agrees."),
            ("opt-out", "On until the visitor refuses."),
            ("notice", "On; the visitor is only informed."),
        ],
    },
    EnumDoc {
        values: Region::NAMES,
        docs: &[
            ("default", "Every region not listed."),
            ("eu", "European Union (GDPR, ePrivacy)."),
            ("eea", "European Economic Area."),
            ("uk", "United Kingdom (UK GDPR, PECR)."),
            ("ch", "Switzerland (revFADP)."),
            ("fr", "France (CNIL guidance)."),
            ("de", "Germany (TDDDG)."),
            ("it", "Italy (Garante guidance)."),
            ("es", "Spain (AEPD guidance)."),
            ("nl", "Netherlands (Telecommunicatiewet)."),
            ("us", "United States (federal baseline)."),
            ("us-ca", "California (CCPA/CPRA)."),
            ("us-co", "Colorado (CPA)."),
            ("us-ct", "Connecticut (CTDPA)."),
            ("us-va", "Virginia (VCDPA)."),
            ("br", "Brazil (LGPD)."),
            ("ca", "Canada (PIPEDA)."),
            ("za", "South Africa (POPIA)."),
            ("au", "Australia (Privacy Act)."),
            ("jp", "Japan (APPI)."),
            ("in", "India (DPDP Act)."),
        ],
    },
    EnumDoc {
        values: Status::NAMES,
        docs: &[
            ("in-use", "Used on the site (the default)."),
            ("may-use", "May be used; stated as a possibility."),
            ("not-used", "Declared as not used (categories only)."),
        ],
    },
    EnumDoc {
        values: GoogleConsentType::NAMES,
        docs: &[
            ("ad_storage", "Storage related to advertising."),
            (
                "ad_user_data",
                "Sending user data to Google for advertising.",
            ),
            ("ad_personalization", "Personalised advertising."),
            ("analytics_storage", "Storage related to analytics."),
            (
                "functionality_storage",
                "Storage that supports site functionality.",
            ),
            (
                "personalization_storage",
                "Storage related to personalisation.",
            ),
            ("security_storage", "Storage related to security."),
        ],
    },
    EnumDoc {
        values: ExemptionGround::NAMES,
        docs: &[
            (
                "user-input",
                "Remembers what the visitor entered in a form or basket (WP29 04/2012 §3.1).",
            ),
            (
                "authentication",
                "Keeps a signed-in visitor signed in (WP29 04/2012 §3.2).",
            ),
            (
                "security",
                "Security the visitor benefits from: CSRF, fraud, abuse or bot protection (WP29 04/2012 §3.3).",
            ),
            (
                "load-balancing",
                "Routes the visitor's requests to one server (WP29 04/2012 §3.5).",
            ),
            (
                "ui-customisation",
                "A choice about the interface the visitor made: theme, language, layout, a dismissed hint (WP29 04/2012 §3.6; PECR Sch. A1 appearance).",
            ),
            ("consent-record", "Stores the visitor's consent choice itself."),
            (
                "statistics",
                "First-party statistics to improve the site: exempt in the UK only, with clear information and a simple way to object (PECR as amended in 2025).",
            ),
        ],
    },
    EnumDoc {
        values: ProviderRole::NAMES,
        docs: &[
            ("payments", "Payment processing."),
            ("analytics", "Usage analytics."),
            ("error-reporting", "Error and crash reporting."),
            ("fonts", "Web fonts."),
            ("identity", "Sign-in and identity."),
            ("hosting", "Hosting."),
            ("cdn", "Content delivery network."),
            ("advertising", "Advertising."),
            ("support", "Customer support and chat."),
            ("maps", "Maps."),
            ("video", "Embedded video."),
            ("integrations", "Integrations configured by customers."),
            ("other", "Anything else."),
        ],
    },
    EnumDoc {
        values: SameSite::NAMES,
        docs: &[
            ("strict", "Sent only on same-site requests."),
            (
                "lax",
                "Sent on same-site requests and top-level navigations.",
            ),
            ("none", "Sent on every request (requires `secure`)."),
        ],
    },
    EnumDoc {
        values: SignalResponse::NAMES,
        docs: &[
            (
                "honour",
                "The signal opts out of every category that is not strictly necessary.",
            ),
            ("ignore", "The signal is not acted upon."),
            (
                "sale-sharing",
                "The signal opts out of what `counts-as` a sale, a sharing or targeted advertising (the US state opt-out rights).",
            ),
        ],
    },
    EnumDoc {
        values: CookieWall::NAMES,
        docs: &[
            ("none", "The site works for a visitor who declines."),
            ("wall", "No access without accepting (a cookie wall)."),
            (
                "consent-or-pay",
                "Access without accepting only by paying (consent or pay).",
            ),
        ],
    },
    EnumDoc {
        values: LegalBasis::NAMES,
        docs: &[
            ("consent", "The visitor's consent (GDPR Art. 6(1)(a))."),
            (
                "contract",
                "Needed to perform a contract with the visitor (Art. 6(1)(b)).",
            ),
            (
                "legal-obligation",
                "Needed to comply with a legal obligation (Art. 6(1)(c)).",
            ),
            (
                "vital-interests",
                "Needed to protect someone's vital interests (Art. 6(1)(d)).",
            ),
            (
                "public-task",
                "Needed for a task in the public interest or official authority (Art. 6(1)(e)).",
            ),
            (
                "legitimate-interests",
                "The controller's legitimate interests, where the law allows it (Art. 6(1)(f)).",
            ),
        ],
    },
    EnumDoc {
        values: UsPrivacyUse::NAMES,
        docs: &[
            (
                "sale",
                "A sale of personal information (CCPA/CPRA, Colorado, Connecticut, Virginia).",
            ),
            (
                "sharing",
                "Sharing for cross-context behavioural advertising (CCPA/CPRA).",
            ),
            (
                "targeted-advertising",
                "Targeted advertising (Colorado, Connecticut, Virginia).",
            ),
        ],
    },
    EnumDoc {
        values: OptOutLink::NAMES,
        docs: &[
            (
                "do-not-sell-or-share",
                "\"Do Not Sell or Share My Personal Information\" (CCPA §1798.135(a)).",
            ),
            ("do-not-sell", "\"Do Not Sell My Personal Information\"."),
            (
                "your-privacy-choices",
                "\"Your Privacy Choices\", the alternative opt-out link (CCPA regulations §7015).",
            ),
            (
                "limit-sensitive",
                "\"Limit the Use of My Sensitive Personal Information\" (CCPA §1798.135(a)(2)).",
            ),
        ],
    },
    EnumDoc {
        values: WithdrawMethod::NAMES,
        docs: &[
            (
                "footer-link",
                "A link in the page footer reopens the settings.",
            ),
            ("banner", "The banner can be reopened."),
            ("settings-page", "A settings page in the account."),
            ("browser-only", "Only through the browser's own settings."),
        ],
    },
    EnumDoc {
        values: GeneratedSection::NAMES,
        docs: &[
            ("intro", "The introduction."),
            (
                "what-are-cookies",
                "What cookies and similar technologies are.",
            ),
            ("categories", "The categories."),
            ("items", "The tables of cookies and storage items."),
            ("third-parties", "The third-party providers."),
            ("commitments", "The commitments."),
            ("signals", "Do Not Track and Global Privacy Control."),
            (
                "us-privacy",
                "US state privacy rights: what is sold or shared, and how to opt out (when a US region is covered).",
            ),
            ("manage", "How to manage cookies."),
            ("changes", "How changes are announced."),
            ("contact", "Contact details."),
        ],
    },
];

/// The doc line of `value` in the enum whose value list is `values`
/// (values such as `banner` exist in two enums with different meanings).
pub fn enum_value_doc(values: &[&str], value: &str) -> Option<&'static str> {
    ENUM_DOCS
        .iter()
        .find(|e| e.values == values)
        // A subset list (item `status`) falls back to the enum holding the value.
        .or_else(|| {
            ENUM_DOCS
                .iter()
                .find(|e| e.values.contains(&value) && values.contains(&value))
        })
        .and_then(|e| e.docs.iter().find(|(v, _)| *v == value))
        .map(|(_, d)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_enum_value_has_exactly_one_doc_line() {
        for e in ENUM_DOCS {
            let documented: Vec<&str> = e.docs.iter().map(|(v, _)| *v).collect();
            assert_eq!(documented, e.values, "doc lines out of step with the model");
            assert!(e.docs.iter().all(|(_, d)| !d.is_empty()));
        }
    }

    #[test]
    fn docs_are_found_per_enum() {
        assert_eq!(
            enum_value_doc(WithdrawMethod::NAMES, "banner"),
            Some("The banner can be reopened.")
        );
        assert_eq!(
            enum_value_doc(ChangeNotice::NAMES, "banner"),
            Some("A banner announces the change on the site.")
        );
        assert_eq!(
            enum_value_doc(&["in-use", "may-use"], "may-use"),
            Some("May be used; stated as a possibility.")
        );
        assert_eq!(enum_value_doc(Browser::NAMES, "lynx"), None);
    }
}
