#![allow(clippy::panic, clippy::unwrap_used)]

//! The message files are complete and well-formed in every shipped
//! language, and every example renders without a missing message.

use super::*;
use fluent_bundle::FluentResource;
use std::collections::BTreeSet;

/// Message ids (and their attributes) of a Fluent source.
fn ids(ftl: &str) -> BTreeSet<String> {
    let res = match FluentResource::try_new(ftl.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("syntax errors: {errors:?}"),
    };
    let mut out = BTreeSet::new();
    for entry in res.entries() {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            out.insert(m.id.name.to_string());
        }
    }
    out
}

#[test]
fn every_file_parses_and_has_every_english_message() {
    let english = ids(cookiec_locales::fallback().ftl);
    assert!(english.len() > 150, "{}", english.len());
    for l in LOCALES {
        let own = ids(l.ftl);
        let missing: Vec<_> = english.difference(&own).collect();
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", l.tag);
        assert!(extra.is_empty(), "{} has unknown {extra:?}", l.tag);
        let mut b = FluentBundle::new_concurrent(vec![]);
        let res = FluentResource::try_new(l.ftl.to_string()).unwrap_or_else(|(r, _)| r);
        assert!(b.add_resource(res).is_ok(), "{}: duplicate ids", l.tag);
    }
}

/// Every value `$kind` takes: an item kind, or `provider`.
fn kinds() -> Vec<&'static str> {
    cookiec_check::model::ItemKind::NAMES
        .iter()
        .copied()
        .chain(["provider"])
        .collect()
}

/// Every message in every language formats without errors for every
/// kind, case and a range of numbers, without bidi isolation marks and
/// with every text argument in place.
#[test]
fn every_message_formats_for_representative_arguments() {
    let english = ids(cookiec_locales::fallback().ftl);
    let mut combos = Vec::new();
    for kind in kinds() {
        for case in ["nominative", "dative"] {
            for n in [0u64, 1, 2, 5, 21, 1_000_000] {
                combos.push(arguments(kind, case, n));
            }
        }
    }
    // The text arguments each English message shows, per combination.
    let marks: Vec<Vec<Vec<String>>> = english
        .iter()
        .map(|id| combos.iter().map(|a| english_marks(id, a)).collect())
        .collect();
    for l in LOCALES {
        let b = &bundles()[LOCALES.iter().position(|x| x.tag == l.tag).unwrap_or(0)];
        for (id, marks) in english.iter().zip(&marks) {
            let msg = b
                .get_message(id)
                .unwrap_or_else(|| panic!("{} {id}", l.tag));
            let pattern = msg
                .value()
                .unwrap_or_else(|| panic!("{} {id}: no value", l.tag));
            for (args, marks) in combos.iter().zip(marks) {
                let mut errors = Vec::new();
                let out = b.format_pattern(pattern, Some(args), &mut errors);
                assert!(errors.is_empty(), "{} {id}: {errors:?}", l.tag);
                assert!(!out.trim().is_empty(), "{} {id} is empty", l.tag);
                assert!(
                    !out.contains(['\u{2068}', '\u{2069}']),
                    "{} {id}: bidi isolation marks",
                    l.tag
                );
                // A text argument the English message uses appears in
                // every translation.
                for mark in marks {
                    assert!(out.contains(mark.as_str()), "{} {id} drops {mark}", l.tag);
                }
            }
            for attr in msg.attributes() {
                assert_eq!(attr.id(), "case", "{} {id}: unknown attribute", l.tag);
                let mut errors = Vec::new();
                let v = b.format_pattern(attr.value(), None, &mut errors);
                assert!(
                    ["nominative", "dative"].contains(&v.as_ref()),
                    "{} {id}: case {v}",
                    l.tag
                );
            }
        }
    }
}

/// Arguments for every variable any message uses.
fn arguments(kind: &str, case: &str, n: u64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for name in [
        "service",
        "site",
        "controller",
        "link",
        "d",
        "on",
        "what",
        "when",
        "cookie",
        "list",
        "domain",
        "path",
        "prefix",
        "title",
        "ways",
        "a",
        "b",
        "email",
        "website",
        "region",
        "mode",
        "month",
        "label",
        "categories",
        "text",
        "category",
        "uses",
        "suffix",
        "basis",
        "provision",
        "every",
        // Issue 13 (self-hosted tools, providers acting for another).
        "name",
        "provider",
        // Issue 13 (items exempt from consent).
        "ground",
        "examples",
    ] {
        args.set(name, format!("<{name}>"));
    }
    args.set("n", n);
    args.set("day", n % 31 + 1);
    args.set("year", 2026);
    args.set("kind", kind.to_string());
    args.set("case", case.to_string());
    args
}

/// The `<name>` marks of the text arguments English message `id` shows.
fn english_marks(id: &str, args: &FluentArgs) -> Vec<String> {
    let en = &bundles()[0];
    let Some(p) = en.get_message(id).and_then(|m| m.value()) else {
        return vec![];
    };
    let mut errors = Vec::new();
    let out = en.format_pattern(p, Some(args), &mut errors);
    [
        "service", "site", "d", "on", "what", "when", "cookie", "ways", "email", "website",
        "title", "a", "b",
    ]
    .iter()
    .map(|name| format!("<{name}>"))
    .filter(|mark| out.contains(mark.as_str()))
    .collect()
}

#[test]
fn declared_languages_get_their_messages() {
    assert_eq!(words("de-AT").get("consent"), "Einwilligung");
    assert_eq!(words("fr").tag, "fr");
    assert_eq!(words("pt").tag, "pt-BR");
    // No messages: English wording (the checker warns, W203).
    assert_eq!(words("pl").get("consent"), "Consent");
}

#[test]
fn slots_split_a_message() {
    let w = words("en");
    assert_eq!(
        w.pieces("read-with", &[("link", Arg::Slot)]),
        vec![
            Piece::Text("It should be read together with our ".into()),
            Piece::Slot(0),
            Piece::Text(".".into()),
        ]
    );
}

/// Every example renders in every language it declares without a missing
/// message or an argument a message needs but was not given.
#[test]
fn examples_render_without_missing_messages() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "cookies") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        let checked = cookiec_check::check_source(&src);
        let Some(valid) = checked.valid() else {
            panic!("{}: {:#?}", path.display(), checked.diagnostics)
        };
        let _ = crate::emit(&valid, &crate::Options::default());
        n += 1;
    }
    assert!(n >= 6);
    assert_eq!(misses(), 0);
}

/// Every exemption ground has its wording in every language: an item's
/// `exempt` becomes a sentence of the policy, never a missing message.
#[test]
fn every_exemption_ground_is_worded_in_every_language() {
    use cookiec_check::model::ExemptionGround;
    for l in LOCALES {
        let w = words(l.tag);
        for g in ExemptionGround::ALL {
            let id = match g {
                ExemptionGround::Statistics => "item-exempt-statistics".to_string(),
                g => format!("exempt-ground-{}", g.as_str()),
            };
            assert!(w.has(&id), "{} lacks {id}", l.tag);
        }
        assert!(w.has("item-exempt"), "{} lacks item-exempt", l.tag);
    }
}

/// German wraps author text in sentences a native speaker would write: a
/// storage entry is "gespeichert", not "gesetzt" like a cookie; a full
/// sentence after a colon starts with a capital; the controller, whose
/// name takes no article here, ends the sentence.
#[test]
fn german_sentences_around_author_text() {
    let de = words("de");
    let when = |kind: &str| {
        de.fmt(
            "item-set-when",
            &[
                ("when", Arg::Text("nur, wenn Sie angemeldet sind")),
                ("kind", Arg::Key(kind)),
            ],
        )
    };
    assert_eq!(
        when("cookie"),
        "Wird gesetzt: nur, wenn Sie angemeldet sind"
    );
    assert_eq!(
        when("local-storage"),
        "Wird gespeichert: nur, wenn Sie angemeldet sind"
    );
    assert_eq!(
        de.fmt("us-state-mode", &[("mode", Arg::Text("aktiv"))]),
        "Diese Cookies sind aktiv;"
    );
    assert_eq!(
        de.fmt(
            "operated-by",
            &[
                ("service", Arg::Text("Ruderclub Elbe")),
                ("controller", Arg::Text("Ruderclub Elbe e. V"))
            ]
        ),
        "Betreiber von Ruderclub Elbe: Ruderclub Elbe e. V."
    );
}
