//! The languages cookiec ships generated wording for, and their Fluent
//! message files (`locales/<tag>.ftl`, embedded at build time).
//!
//! A leaf crate with no dependencies so that both the checker (which warns
//! about a declared language without wording, W203) and the emitter (which
//! formats the messages with `fluent-bundle`) read the same list: adding a
//! language is adding one file and one line here.

/// One shipped language.
#[derive(Debug)]
pub struct Locale {
    /// The BCP 47 tag the messages are written for.
    pub tag: &'static str,
    /// Its English name, for diagnostics ("fr (French)").
    pub name: &'static str,
    /// The Fluent source.
    pub ftl: &'static str,
}

macro_rules! locale {
    ($tag:literal, $name:literal) => {
        Locale {
            tag: $tag,
            name: $name,
            ftl: include_str!(concat!("../locales/", $tag, ".ftl")),
        }
    };
}

/// Every shipped language; English first (the fallback wording).
pub const LOCALES: &[Locale] = &[
    locale!("en", "English"),
    locale!("de", "German"),
    locale!("fr", "French"),
    locale!("es", "Spanish"),
    locale!("it", "Italian"),
    locale!("nl", "Dutch"),
    locale!("pt-BR", "Brazilian Portuguese"),
];

/// The fallback wording (English).
pub fn fallback() -> &'static Locale {
    &LOCALES[0]
}

/// The shipped locale whose wording a declared language `lang` gets, if
/// any. Tags compare case-insensitively by subtag: a locale without a
/// region serves every region of its language (`de` serves `de-AT`), a
/// locale with one serves that region and the bare language (`pt-BR`
/// serves `pt` and `pt-BR`, not `pt-PT`, whose legal wording differs).
pub fn find(lang: &str) -> Option<&'static Locale> {
    let declared: Vec<String> = lang.split('-').map(str::to_ascii_lowercase).collect();
    LOCALES.iter().find(|l| {
        let shipped: Vec<String> = l.tag.split('-').map(str::to_ascii_lowercase).collect();
        match (declared.as_slice(), shipped.as_slice()) {
            ([d, ..], [s]) => d == s,
            ([d], [s, _]) => d == s,
            ([d, dr, ..], [s, sr]) => d == s && dr == sr,
            _ => false,
        }
    })
}

/// "en, de, fr, ..." for help texts.
pub fn tags() -> String {
    LOCALES.iter().map(|l| l.tag).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_tags_find_their_locale() {
        let tag = |l: &str| find(l).map(|l| l.tag);
        assert_eq!(tag("en"), Some("en"));
        assert_eq!(tag("de-AT"), Some("de"));
        assert_eq!(tag("DE"), Some("de"));
        assert_eq!(tag("fr-CA"), Some("fr"));
        assert_eq!(tag("pt"), Some("pt-BR"));
        assert_eq!(tag("pt-br"), Some("pt-BR"));
        assert_eq!(tag("pt-PT"), None);
        assert_eq!(tag("pl"), None);
        assert_eq!(tag(""), None);
        assert_eq!(fallback().tag, "en");
    }

    #[test]
    fn message_files_hold_no_private_use_characters() {
        // The emitter marks where author text goes with private-use
        // characters; a message file must never contain one.
        for l in LOCALES {
            assert!(
                !l.ftl
                    .chars()
                    .any(|c| ('\u{e000}'..='\u{f8ff}').contains(&c)),
                "{}",
                l.tag
            );
        }
    }
}
