//! [`LangMap`]: a text's translations, one per declared language. A file
//! declares a handful of languages and holds thousands of texts, so a map
//! is a short vector sorted by tag: a `BTreeMap` allocates a 500-byte node
//! for the one or two entries a text has.

use crate::validated::LangTag;
use serde::ser::SerializeMap;
use serde::Serialize;

/// Language → value, in tag order (so outputs are deterministic).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangMap<T> {
    entries: Vec<(LangTag, T)>,
}

impl<T> Default for LangMap<T> {
    fn default() -> Self {
        LangMap {
            entries: Vec::new(),
        }
    }
}

impl<T> LangMap<T> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, lang: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(lang))
    }

    pub fn get(&self, lang: &str) -> Option<&T> {
        self.find(lang).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains_key(&self, lang: &str) -> bool {
        self.find(lang).is_ok()
    }

    /// Sets the value for `lang`, returning the one it replaces.
    pub fn insert(&mut self, lang: LangTag, value: T) -> Option<T> {
        match self.find(&lang) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (lang, value));
                None
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&LangTag, &T)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &LangTag> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.entries.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<T> FromIterator<(LangTag, T)> for LangMap<T> {
    fn from_iter<I: IntoIterator<Item = (LangTag, T)>>(iter: I) -> Self {
        let mut map = LangMap::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map.entries.shrink_to_fit();
        map
    }
}

impl<T, const N: usize> From<[(LangTag, T); N]> for LangMap<T> {
    fn from(entries: [(LangTag, T); N]) -> Self {
        entries.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a LangMap<T> {
    type Item = (&'a LangTag, &'a T);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (LangTag, T)>,
        fn(&'a (LangTag, T)) -> (&'a LangTag, &'a T),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// As a JSON object, like the `BTreeMap` it replaces.
impl<T: Serialize> Serialize for LangMap<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn tag(s: &str) -> LangTag {
        LangTag::parse(s).unwrap()
    }

    #[test]
    fn a_sorted_map_by_tag() {
        let mut m: LangMap<&str> = [(tag("fr"), "Bonjour"), (tag("de"), "Hallo")].into();
        assert_eq!(m.insert(tag("en"), "Hello"), None);
        assert_eq!(m.insert(tag("de"), "Guten Tag"), Some("Hallo"));
        let keys: Vec<&str> = m.keys().map(LangTag::as_str).collect();
        assert_eq!(keys, ["de", "en", "fr"]);
        assert_eq!(m.get("en"), Some(&"Hello"));
        assert!(m.get("it").is_none() && m.contains_key("fr") && m.len() == 3);
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"de":"Guten Tag","en":"Hello","fr":"Bonjour"}"#
        );
    }
}
