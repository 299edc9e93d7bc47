//! Which rule a cookie name falls under, compiled once when the rules are
//! loaded: exact names hashed, prefixes longest first, every regex in one
//! `RegexSet`, so a lookup costs a hash, a few comparisons and at most one
//! automaton pass, whatever the number of rules.

use crate::rules::{CookieRule, Matcher};
use regex::{Regex, RegexSet};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: a cookie name is a few bytes, for which SipHash costs several
/// times more than the rest of the lookup. Flooding is no concern: the
/// table is built once from the rules and never grows, so an attacker's
/// names can only miss.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[derive(Clone, Debug)]
enum Regexes {
    /// Pattern `k` of the set is rule `rules[k]`.
    Set { set: RegexSet, rules: Vec<usize> },
    /// When the patterns together exceed the set's size limit.
    Each(Vec<(usize, Regex)>),
}

#[derive(Clone, Debug)]
pub(crate) struct Lookup {
    /// Exact name → first rule index with that name.
    exact: FnvMap<String, usize>,
    /// (prefix, rule index), longest first (declaration order among equals).
    prefixes: Vec<(String, usize)>,
    regexes: Regexes,
}

impl Lookup {
    /// Rules whose regex does not compile never match (the loader refuses
    /// such files; rules built in memory are trusted).
    pub(crate) fn new(cookies: &[CookieRule]) -> Lookup {
        let mut exact = FnvMap::default();
        let mut prefixes = Vec::new();
        let mut each = Vec::new();
        for (i, c) in cookies.iter().enumerate() {
            match &c.name {
                Matcher::Exact(n) => {
                    exact.entry(n.clone()).or_insert(i);
                }
                Matcher::Prefix(p) => prefixes.push((p.clone(), i)),
                Matcher::Regex(r) => {
                    if let Ok(re) = Regex::new(r) {
                        each.push((i, re));
                    }
                }
                Matcher::Unnamed => {}
            }
        }
        // Stable: equal lengths keep declaration order.
        prefixes.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let regexes = match RegexSet::new(each.iter().map(|(_, re)| re.as_str())) {
            Ok(set) => Regexes::Set {
                set,
                rules: each.iter().map(|(i, _)| *i).collect(),
            },
            Err(_) => Regexes::Each(each),
        };
        Lookup {
            exact,
            prefixes,
            regexes,
        }
    }

    /// The rule index for a name: exact, else the longest prefix, else the
    /// first matching regex in declaration order.
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        if let Some(i) = self.exact.get(name) {
            return Some(*i);
        }
        // The first byte rules out nearly every prefix without a `memcmp`.
        let first = name.as_bytes().first();
        let hit = self.prefixes.iter().find(|(p, _)| {
            p.as_bytes().first().is_none_or(|b| Some(b) == first) && name.starts_with(p.as_str())
        });
        if let Some((_, i)) = hit {
            return Some(*i);
        }
        match &self.regexes {
            // `is_match` first: most names that get this far match nothing,
            // and it neither allocates nor looks for every match.
            Regexes::Set { set, rules } if !rules.is_empty() && set.is_match(name) => {
                // Set indices ascend in declaration order: the first is the rule.
                set.matches(name)
                    .iter()
                    .next()
                    .and_then(|k| rules.get(k).copied())
            }
            Regexes::Set { .. } => None,
            Regexes::Each(each) => each
                .iter()
                .find(|(_, re)| re.is_match(name))
                .map(|(i, _)| *i),
        }
    }
}
