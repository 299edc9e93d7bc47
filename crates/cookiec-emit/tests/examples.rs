//! Every example under `examples/` through the checker and the emitter:
//! snapshots of every output, the seed facts, schema validity,
//! determinism, and what moves the `revision`.
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use common::{build, contents as text, file};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `(name, source)` of every example, sorted by name.
fn examples() -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cookies"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no examples found");
    v
}

#[test]
fn snapshots_of_every_output() {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("snapshots");
    settings.bind(|| {
        for (name, src) in examples() {
            for o in build(&name, &src) {
                // The njs filter is the same code for every policy, and its
                // preloaded data is the rules JSON (which has its own
                // snapshot) and tables computed from it; the conformance
                // suite tests both.
                if o.name == cookiec_emit::njs::FILTER_FILE {
                    assert!(text(&o).contains("function filter(r)"), "{name}");
                    continue;
                }
                if o.name == cookiec_emit::njs::POLICY_FILE {
                    let rules = text(file(&build(&name, &src), cookiec_emit::HEADERS_FILE));
                    let rules: serde_json::Value = serde_json::from_str(&rules).unwrap();
                    let policy: serde_json::Value = serde_json::from_str(&text(&o)).unwrap();
                    assert_eq!(
                        policy["rules"], rules,
                        "{name}: the filter's preloaded policy holds the header rules"
                    );
                    assert!(policy["fast"].is_object(), "{name}");
                    continue;
                }
                insta::assert_snapshot!(format!("{name}__{}", o.name), text(&o));
            }
        }
    });
}

#[test]
fn outputs_are_byte_identical_across_runs() {
    for (name, src) in examples() {
        assert_eq!(build(&name, &src), build(&name, &src), "{name}");
    }
}

/// The text a reader sees in `html`: tags removed, entities decoded,
/// whitespace collapsed.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    collapse(&out)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn markdown_as_html(md: &str) -> String {
    let mut html = String::new();
    let opts = pulldown_cmark::Options::ENABLE_TABLES;
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(md, opts));
    html
}

/// Each line of `tests/seed-facts/<name>.txt` appears in the example's
/// Markdown (as rendered: escapes and link syntax resolved) and in its
/// HTML (tags removed, entities decoded).
#[test]
fn seed_facts_appear_in_markdown_and_html() {
    let dir = root().join("tests/seed-facts");
    let mut checked = 0;
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read_to_string(root().join(format!("examples/{name}.cookies")))
            .unwrap_or_else(|_| panic!("no example for seed facts {name}"));
        let outs = build(&name, &src);
        let lang = cookiec_check::check_source(&src)
            .model
            .policy
            .default_lang()
            .to_string();
        let md = text(file(&outs, &format!("policy.{lang}.md")));
        let md_text = visible_text(&markdown_as_html(&md));
        let html_text = visible_text(&text(file(&outs, &format!("policy.{lang}.html"))));
        for fact in std::fs::read_to_string(&path).unwrap().lines() {
            let fact = fact.trim();
            if fact.is_empty() || fact.starts_with('#') {
                continue;
            }
            let fact = collapse(fact);
            checked += 1;
            if !md_text.contains(&fact) {
                missing.push(format!("{name}.md: {fact}"));
            }
            if !html_text.contains(&fact) {
                missing.push(format!("{name}.html: {fact}"));
            }
        }
    }
    assert!(checked > 50, "only {checked} facts found");
    assert!(missing.is_empty(), "missing facts:\n{}", missing.join("\n"));
}

#[test]
fn json_outputs_validate_against_committed_schemas() {
    let schema = |f: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(root().join("schemas").join(f)).unwrap())
            .unwrap()
    };
    let pairs = [
        ("cookiec.config.json", schema("cookiec.config.schema.json")),
        (
            "cookiec.headers.json",
            schema("cookiec.headers.schema.json"),
        ),
    ];
    for (name, src) in examples() {
        let outs = build(&name, &src);
        for (file_name, schema) in &pairs {
            let validator = jsonschema::validator_for(schema).unwrap();
            let instance: serde_json::Value =
                serde_json::from_slice(&file(&outs, file_name).contents).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&instance)
                .map(|e| format!("{} at {}", e, e.instance_path))
                .collect();
            assert!(
                errors.is_empty(),
                "{name}/{file_name}:\n{}",
                errors.join("\n")
            );
        }
    }
}

/// The HTML cookie table has one row per declared item.
#[test]
fn html_table_has_a_row_per_item() {
    for (name, src) in examples() {
        let checked = cookiec_check::check_source(&src);
        let model = checked.valid().expect("every example checks clean");
        let lang = model.policy.default_lang().to_string();
        let html = text(file(&build(&name, &src), &format!("policy.{lang}.html")));
        // The items table is the page's first captioned table (whatever
        // the language of its caption).
        let table = html
            .split("<caption>")
            .nth(1)
            .map(|t| t.split("</table>").next().unwrap_or(""))
            .unwrap_or("");
        let rows = table.matches("<th scope=\"row\">").count();
        // cookiec discloses its own consent record when it supplies the banner.
        let items = cookiec_emit::record::disclosed(&model).items.len();
        assert_eq!(rows, items, "{name}");
    }
}

fn config_field(src: &str, field: &str) -> String {
    let outs = build("edit", src);
    let v: serde_json::Value =
        serde_json::from_slice(&file(&outs, "cookiec.config.json").contents).unwrap();
    v[field].as_str().unwrap().to_string()
}

/// Replace the first occurrence of `from` in `src`, where each space in
/// `from` matches any run of spaces or tabs (the examples are aligned by
/// `cookiec fmt`, so `lifetime 13 months` may be `lifetime  13 months`).
fn edit(src: &str, from: &str, to: &str) -> String {
    let words: Vec<&str> = from.split(' ').collect();
    let mut start = 0;
    while let Some(i) = src[start..].find(words[0]) {
        let at = start + i;
        let mut pos = at + words[0].len();
        let mut ok = true;
        for w in &words[1..] {
            let rest = &src[pos..];
            let trimmed = rest.trim_start_matches([' ', '\t']);
            if trimmed.len() == rest.len() || !trimmed.starts_with(w) {
                ok = false;
                break;
            }
            pos += rest.len() - trimmed.len() + w.len();
        }
        if ok {
            return format!("{}{}{}", &src[..at], to, &src[pos..]);
        }
        start = at + 1;
    }
    panic!("{from:?} not found in the example");
}

/// `revision` moves on material edits only; `content_hash` on any text.
#[test]
fn revision_tracks_material_changes_only() {
    let (_, src) = examples()
        .into_iter()
        .find(|(n, _)| n == "multilingual")
        .unwrap();
    let rev = config_field(&src, "revision");
    let hash = config_field(&src, "content_hash");
    assert_eq!(rev.len(), 16);
    assert!(hash.starts_with("sha256:"));

    let prose = [
        (
            "Keeps your basket and sign-in between pages.",
            "Keeps your basket between pages.",
        ),
        ("en \"Statistics\"", "en \"Visitor statistics\""),
        ("Hauptstraße 12", "Hauptstraße 14"),
    ];
    for (from, to) in prose {
        let edited = edit(&src, from, to);
        assert_eq!(
            config_field(&edited, "revision"),
            rev,
            "prose edit {from:?} moved the revision"
        );
        assert_ne!(
            config_field(&edited, "content_hash"),
            hash,
            "{from:?} must change the content hash"
        );
    }
    let material = [
        ("lifetime 13 months", "lifetime 14 months"),
        ("us-ca opt-out", "us-ca opt-in"),
        ("gpc honour", "gpc ignore"),
        ("cookie \"kb_consent\"", "cookie \"kb_choice\""),
        (
            "domain \".kornblume.example\"",
            "domain \".shop.kornblume.example\"",
        ),
    ];
    for (from, to) in material {
        let edited = edit(&src, from, to);
        assert_ne!(
            config_field(&edited, "revision"),
            rev,
            "material edit {from:?} kept the revision"
        );
    }
    // Comments and layout change nothing at all.
    let relaid = format!("# a comment\n\n{}", src.replace("\n}\n", "\n}\n\n"));
    assert_eq!(config_field(&relaid, "revision"), rev);
    assert_eq!(config_field(&relaid, "content_hash"), hash);
}
