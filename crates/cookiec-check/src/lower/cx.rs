//! The lowering context: the source, the collected diagnostics and what
//! later declarations need to know (the declared languages).

use crate::model::LangTag;
use cookiec_diagnostics::{Diagnostic, Fix, Span};

pub(crate) struct Cx<'a> {
    pub src: &'a str,
    pub diags: Vec<Diagnostic>,
    /// Declared languages (`policy.languages`), the default first. Set from
    /// the policy before any text is lowered. Shared: each text field
    /// holds it while it reports into `self` (a copy per field was 1% of a
    /// large check).
    pub langs: std::sync::Arc<[LangTag]>,
    /// Ids referenced by items that are not in the model (duplicates) or
    /// that a did-you-mean maps to: they count as uses, so one mistake does
    /// not also make a declaration "unused" (W201).
    pub extra_uses: Vec<String>,
    /// A field that was probably meant to be `counts-as` is misspelt
    /// (reported): E223 does not conclude that nothing is sold.
    pub counts_as_misspelt: bool,
    /// `languages` itself has a mistake (reported): translations are not
    /// checked against it (E214, E222), which would only repeat it.
    pub langs_broken: bool,
    /// `policy.languages` as written, with spans.
    pub lang_decls: Vec<(String, Span)>,
    /// Declared languages some translation uses.
    pub langs_used: Vec<String>,
    /// Translation keys that are not declared languages, decided once the
    /// whole file is read (see `finish_langs`).
    pub lang_uses: Vec<LangUse>,
    /// Blocks already reported as misplaced (fields nested in a field):
    /// lowering reads the field's value and ignores the block.
    pub reported_blocks: Vec<Span>,
    /// Required fields the declaration's label already gave (a provider's
    /// display name written as a second label): not reported missing.
    pub implied: Vec<&'static str>,
    /// The provider display name found in its label.
    pub label_name: Option<crate::model::Spanned<String>>,
}

/// A translation key that is not a declared language.
pub(crate) struct LangUse {
    pub key: String,
    pub span: Span,
    /// The missing declared language it was taken for, if close.
    pub meant: Option<String>,
}

impl<'a> Cx<'a> {
    pub fn new(src: &'a str) -> Self {
        Cx {
            src,
            diags: Vec::new(),
            langs: std::sync::Arc::from([LangTag::english()]),
            extra_uses: Vec::new(),
            counts_as_misspelt: false,
            langs_broken: false,
            lang_decls: Vec::new(),
            langs_used: Vec::new(),
            lang_uses: Vec::new(),
            reported_blocks: Vec::new(),
            implied: Vec::new(),
            label_name: None,
        }
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    pub fn default_lang(&self) -> Option<LangTag> {
        self.langs.first().cloned()
    }
}

/// The closest candidate to `word`, if close enough to be a plausible typo
/// (case-insensitive match, or a small edit distance relative to length).
pub(crate) fn did_you_mean<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    let lower = word.to_ascii_lowercase();
    let mut best: Option<((usize, usize), &'c str)> = None;
    for c in candidates {
        let dist = if c.eq_ignore_ascii_case(word) {
            0
        } else {
            // Treat `_`/`-` and missing separators as near-misses
            // (`httponly` → `http-only`, `same_site` → `same-site`).
            let squash = |s: &str| {
                s.chars()
                    .filter(|ch| *ch != '-' && *ch != '_')
                    .collect::<String>()
            };
            if squash(&lower) == squash(&c.to_ascii_lowercase()) {
                1
            } else {
                strsim::damerau_levenshtein(&lower, &c.to_ascii_lowercase())
            }
        };
        let limit = (word.chars().count().max(c.chars().count()) / 3).max(1);
        // Ties go to the candidate closest in length (`dayz` → `days`,
        // not `day`).
        let key = (dist, word.chars().count().abs_diff(c.chars().count()));
        if dist <= limit && best.is_none_or(|(k, _)| key < k) {
            best = Some((key, c));
        }
    }
    best.map(|(_, c)| c)
}

/// A replacement fix; safe when the suggestion is unambiguous.
pub(crate) fn rename_fix(span: Span, to: &str) -> Fix {
    Fix::replace(format!("replace with `{to}`"), span, to, true)
}

/// Whether `s` lexes as one identifier (so it can be written unquoted).
pub(crate) fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

pub(crate) use cookiec_syntax::quote;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn did_you_mean_finds_typos_and_separator_slips() {
        assert_eq!(
            did_you_mean("purpse", ["purpose", "provider"]),
            Some("purpose")
        );
        assert_eq!(
            did_you_mean("httponly", ["http-only", "secure"]),
            Some("http-only")
        );
        assert_eq!(did_you_mean("Cookie", ["cookie"]), Some("cookie"));
        assert_eq!(did_you_mean("zzz", ["purpose"]), None);
        assert_eq!(did_you_mean("dayz", ["day", "days"]), Some("days"));
        assert_eq!(did_you_mean("ab", ["xy"]), None);
    }

    #[test]
    fn ident_and_quote() {
        assert!(is_ident("us-ca"));
        assert!(!is_ident("1x"));
        assert!(!is_ident(""));
        assert_eq!(quote("a\"b"), "\"a\\\"b\"");
    }
}
