//! The declaration and field tables. Keep in step with
//! `docs/internals/schema.md`.

use super::{DeclSchema, FieldSchema, LabelKind, RefKind, Required, ValueType};
use crate::model::{
    Browser, ChangeNotice, Commitment, GeneratedSection, GoogleConsentType, ProviderRole, Region,
    SameSite, SignalResponse, WithdrawMethod,
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

const ITEM_STATUS: &[&str] = &["in-use", "may-use"];
const REGION: ValueType = T::Enum(Region::NAMES);

/// `allow CODE "reason"`, accepted in every block but `lint` (where `allow`
/// is a file-wide list).
const ALLOW: FieldSchema = f(
    "allow",
    T::Code,
    No,
    "Turns one lint rule off for this declaration; the reason is required.\n\nExample: `allow EU003 \"the banner is shown by the parent site\"`",
);

// ---- policy ---------------------------------------------------------------

const POLICY_FIELDS: &[FieldSchema] = &[
    f("controller", T::String, No, "The legal entity responsible for the processing.\n\nExample: `controller \"Fluxent Technologies, Inc.\"`"),
    f("address", T::String, No, "Postal address or city of the controller.\n\nExample: `address \"New York, NY\"`"),
    f("email", T::Email, No, "Contact e-mail for questions about the policy.\n\nExample: `email \"privacy@example.com\"`"),
    f("website", T::Url, No, "The site the policy covers.\n\nExample: `website \"https://example.com\"`"),
    f("privacy-policy", T::Url, No, "The privacy policy this cookie policy is read with.\n\nExample: `privacy-policy \"https://example.com/privacy\"`"),
    f("updated", T::Date, No, "When the policy was last updated.\n\nExample: `updated 2026-03`"),
    f("effective", T::Date, No, "The effective date, when it differs from `updated`.\n\nExample: `effective 2026-04-01`"),
    f("reference", T::String, No, "A document reference code.\n\nExample: `reference \"R0082\"`"),
    f("languages", T::List(&T::Lang), No, "Languages the policy is published in; the first is the default. Default `[en]`.\n\nExample: `languages [en, de]`"),
    f("summary", T::Text, No, "One-paragraph introduction.\n\nExample: `summary \"This policy explains which cookies Fluxent uses.\"`"),
    f("commitments", T::List(&T::Enum(Commitment::NAMES)), No, "Negative commitments the site makes.\n\nExample: `commitments [no-sale, no-cross-site-tracking]`"),
    f("changes", T::List(&T::Enum(ChangeNotice::NAMES)), No, "How changes to the policy are announced.\n\nExample: `changes [posted-on-page, updated-date]`"),
    f("browser-help", T::List(&T::Enum(Browser::NAMES)), No, "Browsers to link cookie-settings help pages for.\n\nExample: `browser-help [chrome, firefox, safari, edge]`"),
    f("learn-more", T::List(&T::Url), No, "External resources about cookies.\n\nExample: `learn-more [\"https://www.aboutcookies.org\"]`"),
    ALLOW,
];

// ---- category -------------------------------------------------------------

const CATEGORY_FIELDS: &[FieldSchema] = &[
    f("title", T::Text, Yes, "The category's heading.\n\nExample: `title \"Strictly necessary\"`"),
    f("description", T::Text, No, "What the category is.\n\nExample: `description \"Needed for the site to work.\"`"),
    f("consent", T::ConsentModes, Yes, "The consent model, for every region or per region (`default` is required in a block).\n\nExample: `consent { default opt-in  us-ca opt-out }`"),
    f("purposes", T::TextList, No, "Purposes served, even without named items.\n\nExample: `purposes [\"user authentication\", \"CSRF protection\"]`"),
    f("if-blocked", T::Text, No, "What happens when the visitor blocks this category.\n\nExample: `if-blocked \"Forms and the client portal will not work.\"`"),
    f("excludes", T::Text, No, "What the category explicitly never contains.\n\nExample: `excludes \"advertising or cross-site tracking\"`"),
    f("status", T::Enum(crate::model::Status::NAMES), No, "Whether the category is in use (default), may be used, or is declared as not used.\n\nExample: `status not-used`"),
    f("google-consent", T::List(&T::Enum(GoogleConsentType::NAMES)), No, "Google Consent Mode v2 types this category grants.\n\nExample: `google-consent [analytics_storage]`"),
    f("tcf-purposes", T::List(&T::Number { min: 1, max: 11 }), No, "IAB TCF purposes (1 to 11).\n\nExample: `tcf-purposes [1, 8, 9]`"),
    ALLOW,
];

// ---- provider -------------------------------------------------------------

const PROVIDER_FIELDS: &[FieldSchema] = &[
    f("name", T::String, Yes, "Display name.\n\nExample: `name \"Stripe\"`"),
    f("role", T::List(&T::Enum(ProviderRole::NAMES)), No, "What the provider does for the site.\n\nExample: `role [payments]`"),
    f("purpose", T::Text, No, "What they do for the site, in words.\n\nExample: `purpose \"Processes card payments.\"`"),
    f("privacy", T::Url, No, "Their privacy policy.\n\nExample: `privacy \"https://stripe.com/privacy\"`"),
    f("website", T::Url, No, "Their website.\n\nExample: `website \"https://stripe.com\"`"),
    f("sets-own-cookies", T::TextOrBool, No, "Whether, or when, they set their own cookies.\n\nExample: `sets-own-cookies \"after a redirect to Stripe Checkout\"`"),
    f("class", T::Bool, No, "An unnamed class of providers rather than one company.\n\nExample: `class yes`"),
    f("country", T::String, No, "Where they process data.\n\nExample: `country \"United States\"`"),
    f("status", T::Enum(ITEM_STATUS), No, "Whether the site uses them (default) or only may: `may-use` when the policy says the site \"may load resources from third parties\".\n\nExample: `status may-use`"),
    ALLOW,
];

// ---- items ----------------------------------------------------------------

const I_CATEGORY: FieldSchema = f(
    "category",
    T::Ref(RefKind::Category),
    Yes,
    "The id of the category the item belongs to.\n\nExample: `category essential`",
);
const I_PROVIDER: FieldSchema = f(
    "provider",
    T::Ref(RefKind::Provider),
    No,
    "The id of the provider that sets it; default `first-party`.\n\nExample: `provider stripe`",
);
const I_PURPOSE: FieldSchema = f(
    "purpose",
    T::Text,
    Yes,
    "Why the item is stored.\n\nExample: `purpose \"Keeps you signed in.\"`",
);
const I_LIFETIME: FieldSchema = f("lifetime", T::Lifetime, No, "How long it lives: `session`, `until-cleared`, `until-sign-out` (until the visitor signs out or the server-side session expires), or a duration, optionally `sliding` and/or `configurable` (`lifetime sliding 3 weeks`).\n\nExample: `lifetime 7 days`");
const I_RENEWED_ON: FieldSchema = f(
    "renewed-on",
    T::Text,
    No,
    "When a sliding lifetime is renewed.\n\nExample: `renewed-on \"each API request\"`",
);
const I_CONTAINS: FieldSchema = f("contains", T::Text, UnnamedOnly, "What it holds (required when the item has no published name).\n\nExample: `contains \"authentication tokens and interface settings\"`");
const I_EXCLUDES: FieldSchema = f(
    "excludes",
    T::Text,
    No,
    "What it explicitly does not hold.\n\nExample: `excludes \"personal data\"`",
);
const I_SENT: FieldSchema = f("sent-to-server", T::Bool, No, "Whether it is sent to the server; default yes for cookies, no otherwise.\n\nExample: `sent-to-server no`");
const I_WHEN: FieldSchema = f(
    "when",
    T::Text,
    No,
    "The condition under which it is set.\n\nExample: `when \"only when signed in\"`",
);
const I_STATUS: FieldSchema = f(
    "status",
    T::Enum(ITEM_STATUS),
    No,
    "Whether it is in use (default) or may be used.\n\nExample: `status may-use`",
);
const I_DOMAIN: FieldSchema = f(
    "domain",
    T::String,
    No,
    "Cookie Domain attribute or storage origin.\n\nExample: `domain \".example.com\"`",
);
const I_PATH: FieldSchema = f(
    "path",
    T::String,
    No,
    "Cookie Path attribute.\n\nExample: `path \"/\"`",
);
const I_READ_BY_SCRIPT: FieldSchema = f(
    "read-by-script",
    T::Bool,
    No,
    "The site's own JavaScript reads it.\n\nExample: `read-by-script yes`",
);
const I_HTTP_ONLY: FieldSchema = f(
    "http-only",
    T::Bool,
    No,
    "The cookie carries HttpOnly. A bare `http-only` means yes.\n\nExample: `http-only`",
);
const I_SECURE: FieldSchema = f(
    "secure",
    T::Bool,
    No,
    "The cookie carries Secure. A bare `secure` means yes.\n\nExample: `secure`",
);
const I_SAME_SITE: FieldSchema = f(
    "same-site",
    T::Enum(SameSite::NAMES),
    No,
    "The cookie's SameSite attribute.\n\nExample: `same-site lax`",
);
const I_PARTITIONED: FieldSchema = f(
    "partitioned",
    T::Bool,
    No,
    "The cookie is Partitioned (CHIPS).\n\nExample: `partitioned`",
);
const I_KEYED_BY: FieldSchema = f(
    "keyed-by",
    T::String,
    No,
    "The cookie name that keys the server-side session.\n\nExample: `keyed-by \"sessionid\"`",
);

const COOKIE_FIELDS: &[FieldSchema] = &[
    I_CATEGORY,
    I_PROVIDER,
    I_PURPOSE,
    I_LIFETIME,
    I_RENEWED_ON,
    I_CONTAINS,
    I_EXCLUDES,
    I_SENT,
    I_WHEN,
    I_STATUS,
    I_DOMAIN,
    I_PATH,
    I_HTTP_ONLY,
    I_SECURE,
    I_SAME_SITE,
    I_PARTITIONED,
    I_READ_BY_SCRIPT,
    ALLOW,
];

const STORAGE_FIELDS: &[FieldSchema] = &[
    I_CATEGORY,
    I_PROVIDER,
    I_PURPOSE,
    I_LIFETIME,
    I_RENEWED_ON,
    I_CONTAINS,
    I_EXCLUDES,
    I_SENT,
    I_WHEN,
    I_STATUS,
    I_DOMAIN,
    I_PATH,
    I_READ_BY_SCRIPT,
    ALLOW,
];

const SERVER_SESSION_FIELDS: &[FieldSchema] = &[
    I_CATEGORY,
    I_PROVIDER,
    I_PURPOSE,
    I_LIFETIME,
    I_RENEWED_ON,
    I_CONTAINS,
    I_EXCLUDES,
    I_SENT,
    I_WHEN,
    I_STATUS,
    I_DOMAIN,
    I_PATH,
    I_READ_BY_SCRIPT,
    I_KEYED_BY,
    ALLOW,
];

// ---- consent, section, lint ----------------------------------------------

const WITHDRAW: ValueType = T::Enum(WithdrawMethod::NAMES);
const SIGNAL: ValueType = T::Enum(SignalResponse::NAMES);

const CONSENT_FIELDS: &[FieldSchema] = &[
    f("regions", T::List(&REGION), No, "Jurisdictions the policy targets (lint rules use them).\n\nExample: `regions [eu, uk, us-ca]`"),
    f("banner", T::Bool, No, "A consent banner is shown where consent is required.\n\nExample: `banner yes`"),
    f("acknowledge-required", T::Bool, No, "The banner asks every visitor to accept even the strictly necessary cookies (which cannot be declined); implies `banner yes`.\n\nExample: `acknowledge-required yes`"),
    f("reject-all", T::Bool, No, "The banner offers reject as prominently as accept.\n\nExample: `reject-all yes`"),
    f("withdraw", T::List(&WITHDRAW), No, "How visitors withdraw consent.\n\nExample: `withdraw [footer-link, settings-page]`"),
    f("gpc", SIGNAL, No, "Response to the Global Privacy Control signal.\n\nExample: `gpc honour`"),
    f("dnt", SIGNAL, No, "Response to Do Not Track.\n\nExample: `dnt ignore`"),
    f("record", T::String, No, "Name of cookiec's own consent record: the cookie the generated banner writes and the server enforcement reads (default `cookie_consent`). Another tool's consent cookie is declared as an ordinary `cookie`, not here.\n\nExample: `record \"cookie_consent\"`"),
    f("record-lifetime", T::Duration, No, "Lifetime of the consent record.\n\nExample: `record-lifetime 6 months`"),
    f("renew-after", T::Duration, No, "Consent is asked again after this long.\n\nExample: `renew-after 12 months`"),
    f("renew-on-change", T::Bool, No, "Consent is asked again on every material change.\n\nExample: `renew-on-change yes`"),
    f("reprompt-after-refusal", T::Duration, No, "Earliest re-prompt after a refusal.\n\nExample: `reprompt-after-refusal 6 months`"),
    ALLOW,
];

const SECTION_FIELDS: &[FieldSchema] = &[
    f("title", T::Text, Yes, "The section's heading.\n\nExample: `title \"Your choices\"`"),
    f("body", T::Text, Yes, "Markdown body (raw HTML is escaped on output).\n\nExample: `body \"\"\"You can change your choices at any time.\"\"\"`"),
    f("after", T::Enum(GeneratedSection::NAMES), No, "The generated section it follows; default at the end.\n\nExample: `after manage`"),
    ALLOW,
];

const LINT_FIELDS: &[FieldSchema] = &[
    f(
        "jurisdictions",
        T::List(&REGION),
        No,
        "Override the regions lint rules apply to.\n\nExample: `jurisdictions [eu, uk]`",
    ),
    f(
        "allow",
        T::List(&T::Code),
        No,
        "Lint rules turned off for the whole file.\n\nExample: `allow [EU003]`",
    ),
    f(
        "deny",
        T::List(&T::Code),
        No,
        "Lint rules raised to errors.\n\nExample: `deny [EU001]`",
    ),
];

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
        fields: POLICY_FIELDS,
    },
    DeclSchema {
        keyword: "category",
        label: LabelKind::Ident,
        doc: "A consent category that items belong to.\n\nExample:\n```cookies\ncategory essential {\n  title \"Strictly necessary\"\n  consent required\n}\n```",
        fields: CATEGORY_FIELDS,
    },
    DeclSchema {
        keyword: "provider",
        label: LabelKind::Ident,
        doc: "A third party that sets or receives items (`first-party` is built in).\n\nExample:\n```cookies\nprovider stripe {\n  name \"Stripe\"\n  role [payments]\n  privacy \"https://stripe.com/privacy\"\n}\n```",
        fields: PROVIDER_FIELDS,
    },
    item("cookie", "An HTTP cookie, by exact name, glob (`\"_ga_*\"`), regex, or unnamed.\n\nExample:\n```cookies\ncookie \"customerToken\" {\n  category essential\n  purpose \"Customer account authentication.\"\n  lifetime 7 days\n  http-only\n  secure\n}\n```", COOKIE_FIELDS),
    item("local-storage", "A localStorage key.\n\nExample:\n```cookies\nlocal-storage \"auth-token\" {\n  category essential\n  purpose \"Keeps the dashboard signed in.\"\n  lifetime until-cleared\n}\n```", STORAGE_FIELDS),
    item("session-storage", "A sessionStorage key.\n\nExample:\n```cookies\nsession-storage \"wizard-step\" {\n  category essential\n  purpose \"Remembers the current step of the setup wizard.\"\n}\n```", STORAGE_FIELDS),
    item("indexeddb", "An IndexedDB database.\n\nExample:\n```cookies\nindexeddb \"offline-cache\" {\n  category functional\n  purpose \"Keeps drafts available offline.\"\n}\n```", STORAGE_FIELDS),
    item("cache-storage", "A Cache Storage / service-worker cache.\n\nExample:\n```cookies\ncache-storage {\n  category essential\n  purpose \"Lets the dashboard load offline.\"\n  contains \"static files (JavaScript, CSS, images)\"\n}\n```", STORAGE_FIELDS),
    item("pixel", "A web beacon, pixel or tag.\n\nExample:\n```cookies\npixel \"fb-pixel\" {\n  category marketing\n  provider meta\n  purpose \"Measures ad conversions.\"\n}\n```", STORAGE_FIELDS),
    item("server-session", "A server-side session keyed by a cookie.\n\nExample:\n```cookies\nserver-session {\n  category essential\n  purpose \"Holds the signed-in session.\"\n  contains \"user id and permissions\"\n  keyed-by \"sessionid\"\n}\n```", SERVER_SESSION_FIELDS),
    DeclSchema {
        keyword: "consent",
        label: LabelKind::None,
        doc: "How consent is collected, recorded and renewed. At most one.\n\nExample:\n```cookies\nconsent {\n  regions [eu, uk]\n  banner yes\n  reject-all yes\n  gpc honour\n}\n```",
        fields: CONSENT_FIELDS,
    },
    DeclSchema {
        keyword: "section",
        label: LabelKind::Ident,
        doc: "A custom Markdown section placed in the generated policy.\n\nExample:\n```cookies\nsection choices {\n  title \"Your choices\"\n  body \"You can change your mind at any time.\"\n  after manage\n}\n```",
        fields: SECTION_FIELDS,
    },
    DeclSchema {
        keyword: "lint",
        label: LabelKind::None,
        doc: "Lint configuration for the file. At most one.\n\nExample:\n```cookies\nlint {\n  jurisdictions [eu]\n  allow [EU003]\n}\n```",
        fields: LINT_FIELDS,
    },
];
