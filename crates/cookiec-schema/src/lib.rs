//! The meaning of the `.cookies` language, as static tables.
//!
//! The grammar is generic (`name value* block?`); this module says which
//! names exist where and what their values are. It is the single source of
//! truth: the checker validates against it, the language server completes
//! and hovers from it, and `grammar/keywords.json` (editor grammars) is
//! generated from [`keywords`]. `docs/internals/schema.md` is its prose
//! twin.
//!
//! A leaf crate: the formatter (canonical field order), the checker
//! (validation and lowering), the language server (completion, hover,
//! rename) and the grammar generator read it without depending on each
//! other.

mod enum_docs;
mod enums;
mod keywords;
mod tables;

/// One constant per field of each declaration (`fields::item::LIFETIME`):
/// the lowering reads a field only through its constant, so a field the
/// schema does not have cannot be read.
pub mod fields {
    pub use crate::tables::{
        category, consent, item, lint, policy, provider, section, ALLOW, COUNTS_AS,
    };
}

pub use enum_docs::{enum_value_doc, ENUM_DOCS};
pub use enums::ExemptionGround;
pub use enums::{
    unit_words, Browser, ChangeNotice, Commitment, ConsentMode, CookieWall, GeneratedSection,
    GoogleConsentType, ItemKind, LegalBasis, LifetimeFlag, LifetimeWord, OptOutLink, ProviderRole,
    Region, SameSite, SignalResponse, Status, TimeUnit, UsPrivacyUse, WithdrawMethod, ITEM_STATUS,
};
pub use keywords::{constants, keywords, Keywords};

/// A top-level declaration (`policy`, `category`, `cookie`, ...).
#[derive(Clone, Copy, Debug)]
pub struct DeclSchema {
    pub keyword: &'static str,
    pub label: LabelKind,
    /// Markdown, ending with an example.
    pub doc: &'static str,
    pub fields: &'static [FieldSchema],
}

/// What follows a declaration keyword before its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelKind {
    /// Nothing (`consent { ... }`).
    None,
    /// An identifier id (`category analytics`).
    Ident,
    /// A string (`policy "Fluxent"`: the service name).
    String,
    /// An item's name: a string (exact or glob), a regex literal, or nothing.
    ItemName,
}

/// A field inside a declaration's block.
#[derive(Clone, Copy, Debug)]
pub struct FieldSchema {
    pub name: &'static str,
    pub ty: ValueType,
    pub required: Required,
    /// Markdown, ending with an example.
    pub doc: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Required {
    No,
    Yes,
    /// Required on `cookie` items only (`lifetime`).
    CookieOnly,
    /// Required on items without a published name (`contains`).
    UnnamedOnly,
}

/// The type of a field's value (see the table in `docs/internals/schema.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    /// Translatable text: a string, or a block of language → string.
    Text,
    /// Translatable list of strings.
    TextList,
    /// A non-empty string that is never translated.
    String,
    Email,
    Url,
    Date,
    Lang,
    Duration,
    Lifetime,
    Bool,
    /// One identifier out of the listed spellings.
    Enum(&'static [&'static str]),
    Ref(RefKind),
    /// `[a, b]`, or a single element without brackets.
    List(&'static ValueType),
    Regex,
    /// A diagnostic code (`EU001`).
    Code,
    /// A value for every region, or a block of region → value in which
    /// `default` covers every region not listed.
    PerRegion(&'static ValueType),
    Number {
        min: u32,
        max: u32,
    },
    /// `yes` / `no` / bare, or a text giving the condition.
    TextOrBool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    Category,
    Provider,
}

impl RefKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RefKind::Category => "category",
            RefKind::Provider => "provider",
        }
    }
}

impl ValueType {
    /// What a value of this type looks like, for "expected X" messages
    /// (`a duration like `7 days``).
    pub fn describe(&self) -> String {
        match self {
            ValueType::Text => "a text like `\"Keeps you signed in.\"`".into(),
            ValueType::TextList => {
                "a list of texts like `[\"fraud prevention\", \"security\"]`".into()
            }
            ValueType::String => "a string like `\"example\"`".into(),
            ValueType::Email => "an e-mail address like `\"privacy@example.com\"`".into(),
            ValueType::Url => "a URL like `\"https://example.com/privacy\"`".into(),
            ValueType::Date => "a date like `2026-03` or `2026-03-01`".into(),
            ValueType::Lang => "a language tag like `en` or `pt-BR`".into(),
            ValueType::Duration => "a duration like `7 days`".into(),
            ValueType::Lifetime => {
                "a lifetime like `session`, `until-cleared`, `until-sign-out` or `7 days`".into()
            }
            ValueType::Bool => "`yes` or `no`".into(),
            ValueType::Enum(values) => format!("one of {}", one_of(values)),
            ValueType::Ref(kind) => format!("the id of a declared {}", kind.as_str()),
            ValueType::List(inner) => format!("a list `[...]` of {}", inner.describe()),
            ValueType::Regex => "a regular expression like `/^_ga_[A-Z0-9]+$/`".into(),
            ValueType::Code => "a diagnostic code like `E208`".into(),
            ValueType::PerRegion(inner) => {
                format!("{}, or a block of region → value", inner.describe())
            }
            ValueType::Number { min, max } => format!("a whole number from {min} to {max}"),
            ValueType::TextOrBool => "`yes`, `no` or a text".into(),
        }
    }
}

/// "`a`, `b` or `c`", shortened for long lists.
pub fn one_of(values: &[&str]) -> String {
    let shown: Vec<String> = values.iter().take(8).map(|v| format!("`{v}`")).collect();
    let mut s = match shown.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    };
    if values.len() > shown.len() {
        s.push_str(&format!(" (and {} more)", values.len() - shown.len()));
    }
    s
}

/// Every declaration, in the order the reference documents them.
pub fn declarations() -> &'static [DeclSchema] {
    tables::DECLARATIONS
}

pub fn declaration(keyword: &str) -> Option<&'static DeclSchema> {
    tables::DECLARATIONS.iter().find(|d| d.keyword == keyword)
}

/// The field `field` of declaration `decl`.
pub fn field(decl: &str, field: &str) -> Option<&'static FieldSchema> {
    declaration(decl)?.fields.iter().find(|f| f.name == field)
}

/// Whether a field of this name takes per-region values of several words
/// (`renew-after { default 12 months  eu 6 months }`): the checker splits
/// such a block's lines at region names, and reads any other key → value
/// block (translations, per-region modes and signals) as `key value` pairs.
pub fn splits_at_region_names(name: &str) -> bool {
    tables::DECLARATIONS
        .iter()
        .flat_map(|d| d.fields)
        .any(|f| f.name == name && matches!(f.ty, ValueType::PerRegion(ValueType::Duration)))
}

/// Whether `keyword` declares an item (cookie, local-storage, ...).
pub fn is_item(keyword: &str) -> bool {
    ItemKind::parse(keyword).is_some()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn lookups_find_declarations_and_fields() {
        assert_eq!(declaration("cookie").unwrap().label, LabelKind::ItemName);
        assert_eq!(field("policy", "email").unwrap().ty, ValueType::Email);
        // Optional: seeds publish cookies without a retention; EU004 warns.
        assert_eq!(field("cookie", "lifetime").unwrap().required, Required::No);
        assert!(
            field("local-storage", "secure").is_none(),
            "cookie attributes are cookie-only"
        );
        assert!(field("cookie", "secure").is_some());
        assert!(declaration("cookies").is_none());
    }

    #[test]
    fn every_doc_has_an_example() {
        for d in declarations() {
            assert!(
                d.doc.contains("Example"),
                "{} doc lacks an example",
                d.keyword
            );
            for f in d.fields {
                assert!(!f.doc.is_empty(), "{}.{} undocumented", d.keyword, f.name);
                assert!(
                    f.doc.contains('`'),
                    "{}.{} doc lacks an example",
                    d.keyword,
                    f.name
                );
            }
        }
    }

    #[test]
    fn field_names_are_unique_per_declaration() {
        for d in declarations() {
            let mut names: Vec<_> = d.fields.iter().map(|f| f.name).collect();
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(before, names.len(), "duplicate field in {}", d.keyword);
        }
    }

    #[test]
    fn every_item_kind_is_declared() {
        for k in ItemKind::NAMES {
            assert!(declaration(k).is_some(), "{k} missing from schema");
        }
    }

    #[test]
    fn one_of_lists_values() {
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
        assert_eq!(one_of(&["a"]), "`a`");
    }
}
