//! Valid policies of any size, with the same content as JSON.
//!
//! Two languages (en, de), two categories, one provider; 12% of the items
//! are patterns (6% globs with a trailing star, 6% regexes) whose names
//! never overlap each other or the exact names, so the file checks clean.
//! The JSON rendering carries the same strings and structure: it is what
//! serde_json parses side by side with `cookiec check` in the benchmark.

use serde_json::{json, Value};
use std::fmt::Write;

const HEADER: &str = r#"policy "Kornblume Bakery" {
  controller     "Kornblume Backwaren GmbH"
  address        "Hauptstraße 12, 10115 Berlin, Germany"
  email          "datenschutz@kornblume.example"
  website        "https://kornblume.example"
  privacy-policy "https://kornblume.example/privacy"
  updated        2026-05-04
  languages [en, de]
}

category essential {
  title {
    en "Strictly necessary"
    de "Unbedingt erforderlich"
  }
  description {
    en "Needed for the shop to work."
    de "Für den Betrieb des Shops nötig."
  }
  consent required
}

category analytics {
  title {
    en "Statistics"
    de "Statistik"
  }
  description {
    en "Tell us which pages are read."
    de "Zeigen uns, welche Seiten gelesen werden."
  }
  consent opt-in
}

provider matomo {
  name "InnoCraft (Matomo Cloud)"
  purpose {
    en "Hosts our visitor statistics in the EU."
    de "Betreibt unsere Besuchsstatistik in der EU."
  }
  privacy "https://matomo.org/privacy-policy/"
  country "Germany"
}
"#;

/// How item `i` is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Exact,
    Glob,
    Regex,
}

/// 6 globs and 6 regexes in every 100 items.
pub fn kind_of(i: usize) -> NameKind {
    match i % 50 {
        7 | 19 | 31 => NameKind::Glob,
        11 | 23 | 43 => NameKind::Regex,
        _ => NameKind::Exact,
    }
}

fn name_of(i: usize) -> (String, String) {
    match kind_of(i) {
        NameKind::Exact => (format!("\"kb_item_{i}\""), format!("kb_item_{i}")),
        NameKind::Glob => (format!("\"kb_glob{i}.*\""), format!("kb_glob{i}.*")),
        NameKind::Regex => (
            format!("/^kb_re{i}\\.[0-9]+$/"),
            format!("/^kb_re{i}\\.[0-9]+$/"),
        ),
    }
}

fn category_of(i: usize) -> &'static str {
    if i.is_multiple_of(3) {
        "essential"
    } else {
        "analytics"
    }
}

/// A valid `.cookies` source with `items` cookies.
pub fn cookies(items: usize) -> String {
    let mut s = String::with_capacity(HEADER.len() + items * 330);
    s.push_str(HEADER);
    for i in 0..items {
        let (name, _) = name_of(i);
        let cat = category_of(i);
        let _ = write!(
            s,
            "\ncookie {name} {{\n  category {cat}\n{provider}  purpose {{\n    en \"Remembers choice number {i} between pages.\"\n    de \"Speichert Auswahl Nummer {i} zwischen den Seiten.\"\n  }}\n  lifetime {months} months\n  secure\n  same-site lax\n  path \"/\"\n}}\n",
            provider = if cat == "analytics" { "  provider matomo\n" } else { "" },
            months = 1 + i % 12,
        );
    }
    s
}

/// The same content as JSON (pretty, as a hand-written catalog would be).
pub fn json(items: usize) -> String {
    let list: Vec<Value> = (0..items)
        .map(|i| {
            let (_, name) = name_of(i);
            let cat = category_of(i);
            json!({
                "name": name,
                "category": cat,
                "provider": if cat == "analytics" { Value::from("matomo") } else { Value::Null },
                "purpose": {
                    "en": format!("Remembers choice number {i} between pages."),
                    "de": format!("Speichert Auswahl Nummer {i} zwischen den Seiten."),
                },
                "lifetime": {"months": 1 + i % 12},
                "secure": true,
                "same-site": "lax",
                "path": "/",
            })
        })
        .collect();
    let doc = json!({
        "policy": {
            "name": "Kornblume Bakery",
            "controller": "Kornblume Backwaren GmbH",
            "address": "Hauptstraße 12, 10115 Berlin, Germany",
            "email": "datenschutz@kornblume.example",
            "website": "https://kornblume.example",
            "privacy-policy": "https://kornblume.example/privacy",
            "updated": "2026-05-04",
            "languages": ["en", "de"],
        },
        "categories": {
            "essential": {"title": {"en": "Strictly necessary", "de": "Unbedingt erforderlich"},
                "description": {"en": "Needed for the shop to work.", "de": "Für den Betrieb des Shops nötig."},
                "consent": "required"},
            "analytics": {"title": {"en": "Statistics", "de": "Statistik"},
                "description": {"en": "Tell us which pages are read.", "de": "Zeigen uns, welche Seiten gelesen werden."},
                "consent": "opt-in"},
        },
        "providers": {"matomo": {"name": "InnoCraft (Matomo Cloud)",
            "purpose": {"en": "Hosts our visitor statistics in the EU.", "de": "Betreibt unsere Besuchsstatistik in der EU."},
            "privacy": "https://matomo.org/privacy-policy/", "country": "Germany"}},
        "cookies": list,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
