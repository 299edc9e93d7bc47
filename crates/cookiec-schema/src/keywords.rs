//! Keyword lists for editor grammars and completion, derived from the
//! tables (`grammar/keywords.json` is this, serialized).

use super::{declarations, ValueType};
use crate::enums::{unit_words, LifetimeFlag, LifetimeWord, Region};
use serde::Serialize;

/// Bare words with a fixed meaning that are not enum values of a field:
/// `yes`, `no` and the lifetime words.
pub fn constants() -> Vec<&'static str> {
    let mut words = vec!["yes", "no"];
    words.extend_from_slice(LifetimeWord::NAMES);
    words.extend_from_slice(LifetimeFlag::NAMES);
    words
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Keywords {
    pub declarations: Vec<&'static str>,
    pub fields: Vec<&'static str>,
    /// `yes`, `no`, lifetime words and every enum value.
    pub constants: Vec<&'static str>,
    pub units: Vec<&'static str>,
}

fn enum_values(ty: &ValueType, out: &mut Vec<&'static str>) {
    match ty {
        ValueType::Enum(values) => out.extend_from_slice(values),
        ValueType::List(inner) => enum_values(inner, out),
        ValueType::PerRegion(inner) => {
            enum_values(inner, out);
            out.extend_from_slice(Region::NAMES);
        }
        _ => {}
    }
}

fn sorted(mut v: Vec<&'static str>) -> Vec<&'static str> {
    v.sort_unstable();
    v.dedup();
    v
}

/// Every keyword, sorted and deduplicated per list.
pub fn keywords() -> Keywords {
    let decls = declarations();
    let mut fields = Vec::new();
    let mut constants = constants();
    for d in decls {
        for f in d.fields {
            fields.push(f.name);
            enum_values(&f.ty, &mut constants);
        }
    }
    Keywords {
        declarations: sorted(decls.iter().map(|d| d.keyword).collect()),
        fields: sorted(fields),
        constants: sorted(constants),
        units: sorted(unit_words()),
    }
}

impl Keywords {
    /// Pretty JSON `{"declarations":[...],"fields":[...],"constants":[...],"units":[...]}`
    /// with a trailing newline: the content of `grammar/keywords.json`.
    /// Written by hand (keywords never need escaping) to keep serde_json
    /// out of this crate.
    pub fn to_json(&self) -> String {
        let list = |name: &str, words: &[&str]| {
            let items: Vec<String> = words.iter().map(|w| format!("    \"{w}\"")).collect();
            format!("  \"{name}\": [\n{}\n  ]", items.join(",\n"))
        };
        format!(
            "{{\n{},\n{},\n{},\n{}\n}}\n",
            list("declarations", &self.declarations),
            list("fields", &self.fields),
            list("constants", &self.constants),
            list("units", &self.units)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_cover_the_tables() {
        let k = keywords();
        assert!(k.declarations.contains(&"local-storage"));
        assert!(k.fields.contains(&"same-site"));
        assert!(k.constants.contains(&"opt-in"));
        assert!(k.constants.contains(&"us-ca"));
        assert!(k.constants.contains(&"until-cleared"));
        assert!(k.units.contains(&"weeks"));
        let mut s = k.fields.clone();
        s.sort_unstable();
        assert_eq!(s, k.fields);
    }
}
