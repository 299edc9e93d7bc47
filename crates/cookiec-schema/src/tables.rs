//! The declaration and field tables. Keep in step with
//! `docs/internals/schema.md`.

use super::{DeclSchema, FieldSchema, LabelKind, RefKind, Required, ValueType};
use crate::enums::ExemptionGround;
use crate::enums::{
    Browser, ChangeNotice, Commitment, ConsentMode, CookieWall, GeneratedSection,
    GoogleConsentType, LegalBasis, OptOutLink, ProviderRole, Region, SameSite, SignalResponse,
    Status, UsPrivacyUse, WithdrawMethod, ITEM_STATUS,
};

const fn f(
    name: &'static str,
    ty: ValueType,
    required: Required,
    doc: &'static str,
) -> FieldSchema {
    FieldSchema {
        name,
        ty,
        required,
        doc,
    }
}

use Required::{No, UnnamedOnly, Yes};
use ValueType as T;

const REGION: ValueType = T::Enum(Region::NAMES);
const CONSENT_MODE: ValueType = T::Enum(ConsentMode::NAMES);
const DURATION: ValueType = T::Duration;
const US_PRIVACY_USE: ValueType = T::Enum(UsPrivacyUse::NAMES);

/// `counts-as [sale, sharing]`, on categories and items.
pub const COUNTS_AS: FieldSchema = f(
    "counts-as",
    T::List(&US_PRIVACY_USE),
    No,
    "What US state privacy laws call this use: a `sale` or a `sharing` of personal information (CCPA/CPRA), or `targeted-advertising` (Colorado, Connecticut, Virginia). A category counts as what it or any of its items counts as; a GPC or DNT response of `sale-sharing` opts out of exactly these.\n\nExample: `counts-as [sale, sharing]`",
);

/// `allow CODE "reason"`, accepted in every block but `lint` (where `allow`
/// is a file-wide list).
pub const ALLOW: FieldSchema = f(
    "allow",
    T::Code,
    No,
    "Turns one lint rule off for this declaration; the reason is required.\n\nExample: `allow EU003 \"the banner is shown by the parent site\"`",
);

// ---- policy ---------------------------------------------------------------

/// The fields of `policy`.
pub mod policy {
    use super::*;

    pub const CONTROLLER: FieldSchema = f("controller", T::String, No, "The legal entity responsible for the processing.\n\nExample: `controller \"Fluxent Technologies, Inc.\"`");
    pub const ADDRESS: FieldSchema = f(
        "address",
        T::String,
        No,
        "Postal address or city of the controller.\n\nExample: `address \"New York, NY\"`",
    );
    pub const EMAIL: FieldSchema = f("email", T::Email, No, "Contact e-mail for questions about the policy.\n\nExample: `email \"privacy@example.com\"`");
    pub const WEBSITE: FieldSchema = f(
        "website",
        T::Url,
        No,
        "The site the policy covers.\n\nExample: `website \"https://example.com\"`",
    );
    pub const PRIVACY_POLICY: FieldSchema = f("privacy-policy", T::Url, No, "The privacy policy this cookie policy is read with.\n\nExample: `privacy-policy \"https://example.com/privacy\"`");
    pub const UPDATED: FieldSchema = f(
        "updated",
        T::Date,
        No,
        "When the policy was last updated.\n\nExample: `updated 2026-03`",
    );
    pub const EFFECTIVE: FieldSchema = f(
        "effective",
        T::Date,
        No,
        "The effective date, when it differs from `updated`.\n\nExample: `effective 2026-04-01`",
    );
    pub const REFERENCE: FieldSchema = f(
        "reference",
        T::String,
        No,
        "A document reference code.\n\nExample: `reference \"R0082\"`",
    );
    pub const LANGUAGES: FieldSchema = f("languages", T::List(&T::Lang), No, "Languages the policy is published in; the first is the default. Default `[en]`.\n\nExample: `languages [en, de]`");
    pub const SUMMARY: FieldSchema = f("summary", T::Text, No, "One-paragraph introduction.\n\nExample: `summary \"This policy explains which cookies Fluxent uses.\"`");
    pub const COMMITMENTS: FieldSchema = f("commitments", T::List(&T::Enum(Commitment::NAMES)), No, "Negative commitments the site makes.\n\nExample: `commitments [no-sale, no-cross-site-tracking]`");
    pub const EXTERNAL_ANALYTICS_EXAMPLES: FieldSchema = f("external-analytics-examples", T::List(&T::String), No, "Services named as examples of the external analytics the site does not use; the `no-external-analytics` commitment says \"such as\" them. Needs `no-external-analytics` in `commitments`.\n\nExample: `external-analytics-examples [\"Google Analytics\"]`");
    pub const CHANGES: FieldSchema = f("changes", T::List(&T::Enum(ChangeNotice::NAMES)), No, "How changes to the policy are announced.\n\nExample: `changes [posted-on-page, updated-date]`");
    pub const BROWSER_HELP: FieldSchema = f("browser-help", T::List(&T::Enum(Browser::NAMES)), No, "Browsers to link cookie-settings help pages for.\n\nExample: `browser-help [chrome, firefox, safari, edge]`");
    pub const LEARN_MORE: FieldSchema = f("learn-more", T::List(&T::Url), No, "External resources about cookies.\n\nExample: `learn-more [\"https://www.aboutcookies.org\"]`");

    pub(crate) const FIELDS: &[FieldSchema] = &[
        CONTROLLER,
        ADDRESS,
        EMAIL,
        WEBSITE,
        PRIVACY_POLICY,
        UPDATED,
        EFFECTIVE,
        REFERENCE,
        LANGUAGES,
        SUMMARY,
        COMMITMENTS,
        EXTERNAL_ANALYTICS_EXAMPLES,
        CHANGES,
        BROWSER_HELP,
        LEARN_MORE,
        ALLOW,
    ];
}

// ---- category -------------------------------------------------------------

/// The fields of `category`.
pub mod category {
    use super::*;

    pub const TITLE: FieldSchema = f(
        "title",
        T::Text,
        Yes,
        "The category's heading.\n\nExample: `title \"Strictly necessary\"`",
    );
    pub const DESCRIPTION: FieldSchema = f(
        "description",
        T::Text,
        No,
        "What the category is.\n\nExample: `description \"Needed for the site to work.\"`",
    );
    pub const CONSENT: FieldSchema = f("consent", T::PerRegion(&CONSENT_MODE), Yes, "The consent model, for every region or per region (`default` is required in a block).\n\nExample: `consent { default opt-in  us-ca opt-out }`");
    pub const PURPOSES: FieldSchema = f("purposes", T::TextList, No, "Purposes served, even without named items.\n\nExample: `purposes [\"user authentication\", \"CSRF protection\"]`");
    pub const IF_BLOCKED: FieldSchema = f("if-blocked", T::Text, No, "What happens when the visitor blocks this category.\n\nExample: `if-blocked \"Forms and the client portal will not work.\"`");
    pub const EXCLUDES: FieldSchema = f("excludes", T::Text, No, "What the category explicitly never contains.\n\nExample: `excludes \"advertising or cross-site tracking\"`");
    pub const STATUS: FieldSchema = f("status", T::Enum(Status::NAMES), No, "Whether the category is in use (default), may be used, or is declared as not used.\n\nExample: `status not-used`");
    pub const GOOGLE_CONSENT: FieldSchema = f("google-consent", T::List(&T::Enum(GoogleConsentType::NAMES)), No, "Google Consent Mode v2 types this category grants.\n\nExample: `google-consent [analytics_storage]`");
    pub const LEGAL_BASIS: FieldSchema = f("legal-basis", T::Enum(LegalBasis::NAMES), No, "The lawful basis of the processing (GDPR Art. 6(1)): `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task` or `legitimate-interests`.\n\nExample: `legal-basis consent`");
    pub const LEGAL_PROVISION: FieldSchema = f("legal-provision", T::Text, No, "The provisions the legal basis rests on, as the policy cites them (national law included).\n\nExample: `legal-provision \"Art. 6(1)(a) GDPR, § 25(1) TDDDG\"`");
    pub const TCF_PURPOSES: FieldSchema = f(
        "tcf-purposes",
        T::List(&T::Number { min: 1, max: 11 }),
        No,
        "IAB TCF purposes (1 to 11).\n\nExample: `tcf-purposes [1, 8, 9]`",
    );

    pub(crate) const FIELDS: &[FieldSchema] = &[
        TITLE,
        DESCRIPTION,
        CONSENT,
        PURPOSES,
        IF_BLOCKED,
        EXCLUDES,
        STATUS,
        COUNTS_AS,
        LEGAL_BASIS,
        LEGAL_PROVISION,
        GOOGLE_CONSENT,
        TCF_PURPOSES,
        ALLOW,
    ];
}

// ---- provider -------------------------------------------------------------

/// The fields of `provider`.
pub mod provider {
    use super::*;

    pub const NAME: FieldSchema = f(
        "name",
        T::String,
        Yes,
        "Display name.\n\nExample: `name \"Stripe\"`",
    );
    pub const ROLE: FieldSchema = f(
        "role",
        T::List(&T::Enum(ProviderRole::NAMES)),
        No,
        "What the provider does for the site.\n\nExample: `role [payments]`",
    );
    pub const PURPOSE: FieldSchema = f(
        "purpose",
        T::Text,
        No,
        "What they do for the site, in words.\n\nExample: `purpose \"Processes card payments.\"`",
    );
    pub const PRIVACY: FieldSchema = f(
        "privacy",
        T::Url,
        No,
        "Their privacy policy.\n\nExample: `privacy \"https://stripe.com/privacy\"`",
    );
    pub const WEBSITE: FieldSchema = f(
        "website",
        T::Url,
        No,
        "Their website.\n\nExample: `website \"https://stripe.com\"`",
    );
    pub const SETS_OWN_COOKIES: FieldSchema = f("sets-own-cookies", T::TextOrBool, No, "Whether, or when, they set their own cookies.\n\nExample: `sets-own-cookies \"after a redirect to Stripe Checkout\"`");
    pub const CLASS: FieldSchema = f(
        "class",
        T::Bool,
        No,
        "An unnamed class of providers rather than one company.\n\nExample: `class yes`",
    );
    pub const COUNTRY: FieldSchema = f(
        "country",
        T::String,
        No,
        "Where they process data.\n\nExample: `country \"United States\"`",
    );
    pub const STATUS: FieldSchema = f("status", T::Enum(ITEM_STATUS), No, "Whether the site uses them (default) or only may: `may-use` when the policy says the site \"may load resources from third parties\".\n\nExample: `status may-use`");

    // Issue 13: self-hosted tools and providers acting for another.
    pub const SELF_HOSTED: FieldSchema = f(
        "self-hosted",
        T::Bool,
        No,
        "The tool runs on the site's own servers (a self-hosted Matomo): it names the software, but the data stays with the site, so it is not a third party. A bare `self-hosted` means yes.\n\nExample: `self-hosted yes`",
    );
    pub const ON_BEHALF_OF: FieldSchema = f(
        "on-behalf-of",
        T::Ref(RefKind::Provider),
        No,
        "The id of the provider it works for: a CDN that sets cookies for a hosted CMS.\n\nExample: `on-behalf-of webflow`",
    );

    pub(crate) const FIELDS: &[FieldSchema] = &[
        NAME,
        ROLE,
        PURPOSE,
        PRIVACY,
        WEBSITE,
        SETS_OWN_COOKIES,
        CLASS,
        COUNTRY,
        STATUS,
        SELF_HOSTED,
        ON_BEHALF_OF,
        ALLOW,
    ];
}

// ---- items ----------------------------------------------------------------

/// The fields of the item declarations (`cookie`, `local-storage`, ...).
pub mod item {
    pub use super::COUNTS_AS;
    use super::*;

    pub const CATEGORY: FieldSchema = f(
        "category",
        T::Ref(RefKind::Category),
        Yes,
        "The id of the category the item belongs to.\n\nExample: `category essential`",
    );
    pub const PROVIDER: FieldSchema = f(
        "provider",
        T::Ref(RefKind::Provider),
        No,
        "The id of the provider that sets it; default `first-party`.\n\nExample: `provider stripe`",
    );
    pub const PURPOSE: FieldSchema = f(
        "purpose",
        T::Text,
        Yes,
        "Why the item is stored.\n\nExample: `purpose \"Keeps you signed in.\"`",
    );
    pub const LIFETIME: FieldSchema = f("lifetime", T::Lifetime, No, "How long it lives: `session`, `until-cleared`, `until-sign-out` (until the visitor signs out or the server-side session expires), or a duration, optionally `sliding` and/or `configurable` (`lifetime sliding 3 weeks`).\n\nExample: `lifetime 7 days`");
    pub const RENEWED_EVERY: FieldSchema = f(
        "renewed-every",
        T::Duration,
        No,
        "How often a `sliding` lifetime is renewed while the visitor is active (\"expires 2 minutes after the last activity, renewed every 30 seconds\").\n\nExample: `renewed-every 30 seconds`",
    );
    pub const VALUE: FieldSchema = f(
        "value",
        T::Text,
        No,
        "What the item's value holds.\n\nExample: `value \"yes or no\"`",
    );
    pub const RENEWED_ON: FieldSchema = f(
        "renewed-on",
        T::Text,
        No,
        "When a sliding lifetime is renewed.\n\nExample: `renewed-on \"each API request\"`",
    );
    pub const CONTAINS: FieldSchema = f("contains", T::Text, UnnamedOnly, "What it holds (required when the item has no published name).\n\nExample: `contains \"authentication tokens and interface settings\"`");
    pub const EXCLUDES: FieldSchema = f(
        "excludes",
        T::Text,
        No,
        "What it explicitly does not hold.\n\nExample: `excludes \"personal data\"`",
    );
    pub const SENT_TO_SERVER: FieldSchema = f("sent-to-server", T::Bool, No, "Whether it is sent to the server; default yes for cookies, no otherwise.\n\nExample: `sent-to-server no`");
    pub const WHEN: FieldSchema = f(
        "when",
        T::Text,
        No,
        "The condition under which it is set.\n\nExample: `when \"only when signed in\"`",
    );
    pub const STATUS: FieldSchema = f(
        "status",
        T::Enum(ITEM_STATUS),
        No,
        "Whether it is in use (default) or may be used.\n\nExample: `status may-use`",
    );
    pub const DOMAIN: FieldSchema = f(
        "domain",
        T::String,
        No,
        "Cookie Domain attribute or storage origin.\n\nExample: `domain \".example.com\"`",
    );
    pub const PATH: FieldSchema = f(
        "path",
        T::String,
        No,
        "Cookie Path attribute.\n\nExample: `path \"/\"`",
    );
    pub const READ_BY_SCRIPT: FieldSchema = f(
        "read-by-script",
        T::Bool,
        No,
        "The site's own JavaScript reads it.\n\nExample: `read-by-script yes`",
    );
    pub const HTTP_ONLY: FieldSchema = f(
        "http-only",
        T::Bool,
        No,
        "The cookie carries HttpOnly. A bare `http-only` means yes.\n\nExample: `http-only`",
    );
    pub const SECURE: FieldSchema = f(
        "secure",
        T::Bool,
        No,
        "The cookie carries Secure. A bare `secure` means yes.\n\nExample: `secure`",
    );
    pub const SAME_SITE: FieldSchema = f(
        "same-site",
        T::Enum(SameSite::NAMES),
        No,
        "The cookie's SameSite attribute.\n\nExample: `same-site lax`",
    );
    pub const PARTITIONED: FieldSchema = f(
        "partitioned",
        T::Bool,
        No,
        "The cookie is Partitioned (CHIPS).\n\nExample: `partitioned`",
    );
    pub const EXEMPT: FieldSchema = f(
        "exempt",
        T::Enum(ExemptionGround::NAMES),
        No,
        "Why the item needs no consent, as the law words its exceptions: `user-input`, `authentication`, `security`, `load-balancing`, `ui-customisation` (a theme, layout or dismissed hint the visitor chose), `consent-record`, or `statistics` (UK only, with a simple way to object). The consent rules read it; it states a ground, it does not prove one.\n\nExample: `exempt ui-customisation`",
    );
    pub const KEYED_BY: FieldSchema = f(
        "keyed-by",
        T::String,
        No,
        "The cookie name that keys the server-side session.\n\nExample: `keyed-by \"sessionid\"`",
    );

    pub(crate) const COOKIE: &[FieldSchema] = &[
        CATEGORY,
        PROVIDER,
        PURPOSE,
        LIFETIME,
        RENEWED_ON,
        RENEWED_EVERY,
        CONTAINS,
        VALUE,
        EXCLUDES,
        SENT_TO_SERVER,
        WHEN,
        STATUS,
        EXEMPT,
        COUNTS_AS,
        DOMAIN,
        PATH,
        HTTP_ONLY,
        SECURE,
        SAME_SITE,
        PARTITIONED,
        READ_BY_SCRIPT,
        ALLOW,
    ];
    pub(crate) const STORAGE: &[FieldSchema] = &[
        CATEGORY,
        PROVIDER,
        PURPOSE,
        LIFETIME,
        RENEWED_ON,
        RENEWED_EVERY,
        CONTAINS,
        VALUE,
        EXCLUDES,
        SENT_TO_SERVER,
        WHEN,
        STATUS,
        EXEMPT,
        COUNTS_AS,
        DOMAIN,
        PATH,
        READ_BY_SCRIPT,
        ALLOW,
    ];
    pub(crate) const SERVER_SESSION: &[FieldSchema] = &[
        CATEGORY,
        PROVIDER,
        PURPOSE,
        LIFETIME,
        RENEWED_ON,
        RENEWED_EVERY,
        CONTAINS,
        VALUE,
        EXCLUDES,
        SENT_TO_SERVER,
        WHEN,
        STATUS,
        COUNTS_AS,
        DOMAIN,
        PATH,
        READ_BY_SCRIPT,
        KEYED_BY,
        ALLOW,
    ];
}

// ---- consent, section, lint ----------------------------------------------

const WITHDRAW_METHOD: ValueType = T::Enum(WithdrawMethod::NAMES);
const SIGNAL: ValueType = T::Enum(SignalResponse::NAMES);

/// The fields of `consent`.
pub mod consent {
    use super::*;

    pub const REGIONS: FieldSchema = f("regions", T::List(&REGION), No, "Jurisdictions the policy targets (lint rules use them).\n\nExample: `regions [eu, uk, us-ca]`");
    pub const BANNER: FieldSchema = f(
        "banner",
        T::Bool,
        No,
        "A consent banner is shown where consent is required.\n\nExample: `banner yes`",
    );
    pub const ACKNOWLEDGE_REQUIRED: FieldSchema = f("acknowledge-required", T::Bool, No, "The banner asks every visitor to accept even the strictly necessary cookies (which cannot be declined); implies `banner yes`.\n\nExample: `acknowledge-required yes`");
    pub const REJECT_ALL: FieldSchema = f(
        "reject-all",
        T::Bool,
        No,
        "The banner offers reject as prominently as accept.\n\nExample: `reject-all yes`",
    );
    pub const WITHDRAW: FieldSchema = f(
        "withdraw",
        T::List(&WITHDRAW_METHOD),
        No,
        "How visitors withdraw consent.\n\nExample: `withdraw [footer-link, settings-page]`",
    );
    pub const COOKIE_WALL: FieldSchema = f(
        "cookie-wall",
        T::Enum(CookieWall::NAMES),
        No,
        "What a visitor who declines the cookies that need consent gets: `none` (the site works without them, the default), `wall` (no access without accepting) or `consent-or-pay` (access without accepting only by paying).\n\nExample: `cookie-wall consent-or-pay`",
    );
    pub const SETTINGS_LINK: FieldSchema = f(
        "settings-link",
        T::Text,
        No,
        "The label of the site's link that reopens the cookie settings (`withdraw [footer-link]`), as the site shows it in each language.\n\nExample: `settings-link { en \"Privacy settings\"  de \"Datenschutz-Einstellungen\" }`",
    );
    pub const GPC: FieldSchema = f(
        "gpc",
        T::PerRegion(&SIGNAL),
        No,
        "Response to the Global Privacy Control signal, for every region or per region: `honour` (opts out of every category that is not strictly necessary), `sale-sharing` (opts out of what `counts-as` a sale, a sharing or targeted advertising) or `ignore`.\n\nExample: `gpc { default ignore  us-ca sale-sharing }`",
    );
    pub const DNT: FieldSchema = f(
        "dnt",
        T::PerRegion(&SIGNAL),
        No,
        "Response to Do Not Track, for every region or per region (the values of `gpc`).\n\nExample: `dnt ignore`",
    );
    pub const OPT_OUT_LINKS: FieldSchema = f(
        "opt-out-links",
        T::List(&T::Enum(OptOutLink::NAMES)),
        No,
        "The opt-out links US state laws require, each shown with its fixed label (`do-not-sell-or-share`: \"Do Not Sell or Share My Personal Information\"; `your-privacy-choices`; `do-not-sell`; `limit-sensitive`).\n\nExample: `opt-out-links [do-not-sell-or-share]`",
    );
    pub const OPT_OUT_URL: FieldSchema = f(
        "opt-out-url",
        T::Url,
        No,
        "The page the opt-out links lead to (default: the banner's preferences).\n\nExample: `opt-out-url \"https://example.com/privacy-choices\"`",
    );
    pub const RECORD: FieldSchema = f(
        "record",
        T::String,
        No,
        "Name of cookiec's own consent record: the cookie the generated banner writes and the server enforcement reads (default `cookie_consent`). Another tool's consent cookie is declared as an ordinary `cookie`, not here.\n\nExample: `record \"cookie_consent\"`",
    );
    pub const RECORD_LIFETIME: FieldSchema = f(
        "record-lifetime",
        T::Duration,
        No,
        "Lifetime of the consent record.\n\nExample: `record-lifetime 6 months`",
    );
    pub const RENEW_AFTER: FieldSchema = f(
        "renew-after",
        T::PerRegion(&DURATION),
        No,
        "Consent is asked again after this long, for every region or per region.\n\nExample: `renew-after { default 12 months  fr 6 months }`",
    );
    pub const RENEW_ON_CHANGE: FieldSchema = f(
        "renew-on-change",
        T::Bool,
        No,
        "Consent is asked again on every material change.\n\nExample: `renew-on-change yes`",
    );
    pub const REPROMPT_AFTER_REFUSAL: FieldSchema = f(
        "reprompt-after-refusal",
        T::PerRegion(&DURATION),
        No,
        "How long a refusal is kept before the banner asks again, for every region or per region (Italy: at least 6 months).\n\nExample: `reprompt-after-refusal { default 12 months  it 6 months }`",
    );

    pub(crate) const FIELDS: &[FieldSchema] = &[
        REGIONS,
        BANNER,
        ACKNOWLEDGE_REQUIRED,
        REJECT_ALL,
        WITHDRAW,
        SETTINGS_LINK,
        COOKIE_WALL,
        GPC,
        DNT,
        OPT_OUT_LINKS,
        OPT_OUT_URL,
        RECORD,
        RECORD_LIFETIME,
        RENEW_AFTER,
        RENEW_ON_CHANGE,
        REPROMPT_AFTER_REFUSAL,
        ALLOW,
    ];
}

/// The fields of `section`.
pub mod section {
    use super::*;

    pub const TITLE: FieldSchema = f(
        "title",
        T::Text,
        Yes,
        "The section's heading.\n\nExample: `title \"Your choices\"`",
    );
    pub const BODY: FieldSchema = f("body", T::Text, Yes, "Markdown body (raw HTML is escaped on output).\n\nExample: `body \"\"\"You can change your choices at any time.\"\"\"`");
    pub const AFTER: FieldSchema = f(
        "after",
        T::Enum(GeneratedSection::NAMES),
        No,
        "The generated section it follows; default at the end.\n\nExample: `after manage`",
    );

    pub(crate) const FIELDS: &[FieldSchema] = &[TITLE, BODY, AFTER, ALLOW];
}

/// The fields of `lint`.
pub mod lint {
    use super::*;

    pub const JURISDICTIONS: FieldSchema = f(
        "jurisdictions",
        T::List(&REGION),
        No,
        "Override the regions lint rules apply to.\n\nExample: `jurisdictions [eu, uk]`",
    );
    pub const ALLOW: FieldSchema = f(
        "allow",
        T::List(&T::Code),
        No,
        "Lint rules turned off for the whole file.\n\nExample: `allow [EU003]`",
    );
    pub const DENY: FieldSchema = f(
        "deny",
        T::List(&T::Code),
        No,
        "Lint rules raised to errors.\n\nExample: `deny [EU001]`",
    );

    pub(crate) const FIELDS: &[FieldSchema] = &[JURISDICTIONS, ALLOW, DENY];
}

const fn item(
    keyword: &'static str,
    doc: &'static str,
    fields: &'static [FieldSchema],
) -> DeclSchema {
    DeclSchema {
        keyword,
        label: LabelKind::ItemName,
        doc,
        fields,
    }
}

pub(super) const DECLARATIONS: &[DeclSchema] = &[
    DeclSchema {
        keyword: "policy",
        label: LabelKind::String,
        doc: "The policy itself: the service name, who is responsible, how to reach them. Exactly one per file.\n\nExample:\n```cookies\npolicy \"Fluxent\" {\n  controller \"Fluxent Technologies, Inc.\"\n  email \"privacy@fluxent.com\"\n  updated 2026-03\n}\n```",
        fields: policy::FIELDS,
    },
    DeclSchema {
        keyword: "category",
        label: LabelKind::Ident,
        doc: "A consent category that items belong to.\n\nExample:\n```cookies\ncategory essential {\n  title \"Strictly necessary\"\n  consent required\n}\n```",
        fields: category::FIELDS,
    },
    DeclSchema {
        keyword: "provider",
        label: LabelKind::Ident,
        doc: "A third party that sets or receives items (`first-party` is built in).\n\nExample:\n```cookies\nprovider stripe {\n  name \"Stripe\"\n  role [payments]\n  privacy \"https://stripe.com/privacy\"\n}\n```",
        fields: provider::FIELDS,
    },
    item("cookie", "An HTTP cookie, by exact name, glob (`\"_ga_*\"`), regex, or unnamed.\n\nExample:\n```cookies\ncookie \"customerToken\" {\n  category essential\n  purpose \"Customer account authentication.\"\n  lifetime 7 days\n  http-only\n  secure\n}\n```", item::COOKIE),
    item("local-storage", "A localStorage key.\n\nExample:\n```cookies\nlocal-storage \"auth-token\" {\n  category essential\n  purpose \"Keeps the dashboard signed in.\"\n  lifetime until-cleared\n}\n```", item::STORAGE),
    item("session-storage", "A sessionStorage key.\n\nExample:\n```cookies\nsession-storage \"wizard-step\" {\n  category essential\n  purpose \"Remembers the current step of the setup wizard.\"\n}\n```", item::STORAGE),
    item("indexeddb", "An IndexedDB database.\n\nExample:\n```cookies\nindexeddb \"offline-cache\" {\n  category functional\n  purpose \"Keeps drafts available offline.\"\n}\n```", item::STORAGE),
    item("cache-storage", "A Cache Storage / service-worker cache.\n\nExample:\n```cookies\ncache-storage {\n  category essential\n  purpose \"Lets the dashboard load offline.\"\n  contains \"static files (JavaScript, CSS, images)\"\n}\n```", item::STORAGE),
    item("pixel", "A web beacon, pixel or tag.\n\nExample:\n```cookies\npixel \"fb-pixel\" {\n  category marketing\n  provider meta\n  purpose \"Measures ad conversions.\"\n}\n```", item::STORAGE),
    item("server-session", "A server-side session keyed by a cookie.\n\nExample:\n```cookies\nserver-session {\n  category essential\n  purpose \"Holds the signed-in session.\"\n  contains \"user id and permissions\"\n  keyed-by \"sessionid\"\n}\n```", item::SERVER_SESSION),
    DeclSchema {
        keyword: "consent",
        label: LabelKind::None,
        doc: "How consent is collected, recorded and renewed. At most one.\n\nExample:\n```cookies\nconsent {\n  regions [eu, uk]\n  banner yes\n  reject-all yes\n  gpc honour\n}\n```",
        fields: consent::FIELDS,
    },
    DeclSchema {
        keyword: "section",
        label: LabelKind::Ident,
        doc: "A custom Markdown section placed in the generated policy.\n\nExample:\n```cookies\nsection choices {\n  title \"Your choices\"\n  body \"You can change your mind at any time.\"\n  after manage\n}\n```",
        fields: section::FIELDS,
    },
    DeclSchema {
        keyword: "lint",
        label: LabelKind::None,
        doc: "Lint configuration for the file. At most one.\n\nExample:\n```cookies\nlint {\n  jurisdictions [eu]\n  allow [EU003]\n}\n```",
        fields: lint::FIELDS,
    },
];
