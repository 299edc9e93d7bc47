//! E215: one name matched by items of two different categories, so a
//! consent manager could not tell which consent governs it.

use super::cx::Cx;
use crate::codes;
use crate::model::{Item, ItemKind, NamePattern, NameRegex};
use cookiec_diagnostics::Diagnostic;
use rustc_hash::FxHashMap as HashMap;

/// A name pattern with its regex compiled once.
enum Matcher<'a> {
    Exact(&'a str),
    Prefix(&'a str),
    Regex(&'a NameRegex),
    None,
}

fn matcher(item: &Item) -> Matcher<'_> {
    match &item.name {
        NamePattern::Exact(s) => Matcher::Exact(s),
        NamePattern::Prefix(p) => Matcher::Prefix(p),
        NamePattern::Regex(r) => Matcher::Regex(r),
        NamePattern::Unnamed => Matcher::None,
    }
}

/// Filler appended to a literal prefix to probe a regex: covers the usual
/// shapes of generated cookie names (ids, hashes, counters).
const FILLERS: &[&str] = &[
    "", "0", "1", "a", "A", "x", "_", "0a", "aa", "AA", "1234", "abc123", "ABC123", "a_b", "a-b",
    "a.b",
];

/// The literal text a pattern's names start with (`^_ga_[0-9]+$` → `_ga_`).
fn literal_prefix<'m>(m: &'m Matcher) -> &'m str {
    match m {
        Matcher::Exact(s) | Matcher::Prefix(s) => s,
        Matcher::Regex(r) => r.literal_prefix(),
        Matcher::None => "",
    }
}

fn matches(m: &Matcher, name: &str) -> bool {
    match m {
        Matcher::Exact(s) => *s == name,
        Matcher::Prefix(p) => name.starts_with(p),
        Matcher::Regex(r) => r.is_match(name),
        Matcher::None => false,
    }
}

/// Probe names built from either pattern's literal prefix: a found name is
/// a real overlap; none found means "not shown", not "disjoint".
fn probe(a: &Matcher, b: &Matcher) -> Option<String> {
    let prefixes = [literal_prefix(a), literal_prefix(b)];
    prefixes
        .iter()
        .flat_map(|p| FILLERS.iter().map(move |f| format!("{p}{f}")))
        .find(|name| !name.is_empty() && matches(a, name) && matches(b, name))
}

/// A name both patterns match, when one is known for sure. Regex against
/// regex or prefix is probed, not decided (that would need automata
/// intersection): reported only with a name that really matches both.
fn witness(a: &Matcher, b: &Matcher) -> Option<String> {
    match (a, b) {
        (Matcher::Exact(x), Matcher::Exact(y)) => (x == y).then(|| x.to_string()),
        (Matcher::Exact(x), Matcher::Prefix(p)) | (Matcher::Prefix(p), Matcher::Exact(x)) => {
            x.starts_with(p).then(|| x.to_string())
        }
        (Matcher::Exact(x), Matcher::Regex(r)) | (Matcher::Regex(r), Matcher::Exact(x)) => {
            r.is_match(x).then(|| x.to_string())
        }
        (Matcher::Prefix(p), Matcher::Prefix(q)) => {
            let longer = if p.len() >= q.len() { p } else { q };
            (longer.starts_with(p) && longer.starts_with(q)).then(|| format!("{longer}…"))
        }
        (Matcher::None, _) | (_, Matcher::None) => None,
        _ => probe(a, b),
    }
}

/// The text every name a pattern matches starts with, when the pattern
/// guarantees one: the glob's prefix, or the required prefix of a regex
/// anchored at the start. `None`: no guarantee, compare with everything.
fn required_prefix(m: &Matcher) -> Option<String> {
    match m {
        Matcher::Exact(s) | Matcher::Prefix(s) => Some(s.to_string()),
        Matcher::Regex(r) => r.required_prefix().map(str::to_string),
        Matcher::None => None,
    }
}

/// Exact names of one kind, sorted, to find those starting with a prefix.
struct SortedNames<'a>(Vec<(&'a str, usize)>);

impl<'a> SortedNames<'a> {
    fn starting_with<'s>(&'s self, prefix: &'s str) -> impl Iterator<Item = usize> + 's {
        let from = self.0.partition_point(|(n, _)| *n < prefix);
        self.0[from..]
            .iter()
            .take_while(move |(n, _)| n.starts_with(prefix))
            .map(|&(_, i)| i)
    }
}

/// Pairs of patterns whose required prefixes are compatible.
fn pattern_pairs(patterns: &[(usize, Option<String>)], pairs: &mut Vec<(usize, usize)>) {
    let mut by_prefix: Vec<(&str, usize)> = patterns
        .iter()
        .filter_map(|(i, pre)| pre.as_deref().map(|p| (p, *i)))
        .collect();
    by_prefix.sort_unstable();
    let sorted = SortedNames(by_prefix);
    let mut exact_prefix: HashMap<&str, Vec<usize>> = HashMap::default();
    for &(p, i) in &sorted.0 {
        exact_prefix.entry(p).or_default().push(i);
    }
    for (a, pre) in patterns {
        match pre {
            Some(pre) => {
                // Longer (or equal) prefixes, found by range.
                pairs.extend(
                    sorted
                        .starting_with(pre)
                        .filter(|b| b != a)
                        .map(|b| (b.min(*a), b.max(*a))),
                );
                // Strictly shorter prefixes, one lookup per length.
                for (cut, _) in pre.char_indices().skip(1) {
                    if let Some(bs) = exact_prefix.get(&pre[..cut]) {
                        pairs.extend(bs.iter().map(|&b| (b.min(*a), b.max(*a))));
                    }
                }
            }
            None => pairs.extend(
                patterns
                    .iter()
                    .filter(|(b, _)| b != a)
                    .map(|&(b, _)| (b.min(*a), b.max(*a))),
            ),
        }
    }
}

impl Cx<'_> {
    /// Candidate pairs come from indexes, not from items × patterns: exact
    /// names through a map, a pattern against the sorted exact names that
    /// start with its required prefix, and two patterns only when one
    /// required prefix starts with the other (no name can match both
    /// otherwise). Only patterns without a required prefix are compared
    /// with everything. The language server runs this on every edit.
    pub fn overlaps(&mut self, items: &[Item]) {
        let matchers: Vec<Matcher> = items.iter().map(matcher).collect();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut exact: HashMap<(ItemKind, &str), usize> = HashMap::default();
        let mut names: HashMap<ItemKind, Vec<(&str, usize)>> = HashMap::default();
        for (j, m) in matchers.iter().enumerate() {
            if let (Matcher::Exact(name), Some(item)) = (m, items.get(j)) {
                names.entry(item.kind).or_default().push((name, j));
                match exact.get(&(item.kind, *name)) {
                    Some(&i) => pairs.push((i, j)),
                    None => {
                        exact.insert((item.kind, *name), j);
                    }
                }
            }
        }
        let names: HashMap<ItemKind, SortedNames> = names
            .into_iter()
            .map(|(k, mut v)| {
                v.sort_unstable();
                (k, SortedNames(v))
            })
            .collect();
        let patterns: Vec<(usize, Option<String>)> = matchers
            .iter()
            .enumerate()
            .filter(|(_, m)| matches!(m, Matcher::Prefix(_) | Matcher::Regex(_)))
            .map(|(i, m)| (i, required_prefix(m)))
            .collect();
        let all_exact: Vec<usize> = matchers
            .iter()
            .enumerate()
            .filter(|(_, m)| matches!(m, Matcher::Exact(_)))
            .map(|(j, _)| j)
            .collect();
        for (p, prefix) in &patterns {
            let Some(item) = items.get(*p) else { continue };
            match (prefix, names.get(&item.kind)) {
                (Some(prefix), Some(sorted)) => {
                    pairs.extend(sorted.starting_with(prefix).map(|j| (j.min(*p), j.max(*p))));
                }
                (Some(_), None) => {}
                (None, _) => pairs.extend(all_exact.iter().map(|&j| (j.min(*p), j.max(*p)))),
            }
        }
        pattern_pairs(&patterns, &mut pairs);
        pairs.sort_unstable();
        pairs.dedup();
        self.check_pairs(items, &matchers, &mut pairs);
    }

    fn check_pairs(
        &mut self,
        items: &[Item],
        matchers: &[Matcher],
        pairs: &mut Vec<(usize, usize)>,
    ) {
        for (i, j) in pairs.drain(..) {
            let (Some(a), Some(b), Some(ma), Some(mb)) =
                (items.get(i), items.get(j), matchers.get(i), matchers.get(j))
            else {
                continue;
            };
            if a.kind != b.kind
                || a.category.value == b.category.value
                || a.category.value.is_empty()
                || b.category.value.is_empty()
            {
                continue;
            }
            let Some(name) = witness(ma, mb) else {
                continue;
            };
            self.report_overlap(a, b, &name);
        }
    }

    fn report_overlap(&mut self, a: &Item, b: &Item, name: &str) {
        let (an, bn) = (
            a.display_name().unwrap_or_default(),
            b.display_name().unwrap_or_default(),
        );
        let (ac, bc) = (&a.category.value, &b.category.value);
        let message = if bn == name {
            format!("`{bn}` (category `{bc}`) is also matched by `{an}` (category `{ac}`)")
        } else if an == name {
            format!("`{bn}` (category `{bc}`) also matches `{an}` (category `{ac}`)")
        } else {
            format!("`{bn}` (category `{bc}`) and `{an}` (category `{ac}`) both match `{name}`")
        };
        self.push(
            Diagnostic::error(codes::OVERLAPPING_NAMES, message, b.name_span)
                .with_label(format!("category `{bc}`"))
                .with_secondary(a.name_span, format!("also matched here, category `{ac}`"))
                .with_help(
                    "one name must belong to one category: narrow the pattern, or move both items to the same category",
                ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn witnesses() {
        // A matcher borrows its item's regex; a test's lives to the end.
        let re = |s: &str| match NameRegex::new(s) {
            Ok(r) => Matcher::Regex(Box::leak(Box::new(r))),
            Err(_) => Matcher::None,
        };
        assert_eq!(
            witness(&Matcher::Exact("a"), &Matcher::Exact("a")),
            Some("a".into())
        );
        assert_eq!(witness(&Matcher::Exact("a"), &Matcher::Exact("b")), None);
        assert_eq!(
            witness(&Matcher::Exact("_ga_X"), &Matcher::Prefix("_ga_")),
            Some("_ga_X".into())
        );
        assert_eq!(
            witness(&Matcher::Prefix("_ga"), &Matcher::Prefix("_ga_")),
            Some("_ga_…".into())
        );
        assert_eq!(
            witness(&Matcher::Prefix("_gb"), &Matcher::Prefix("_ga_")),
            None
        );
        assert_eq!(
            witness(&re("^_ga_[A-Z]+$"), &Matcher::Exact("_ga_AB")),
            Some("_ga_AB".into())
        );
        assert_eq!(witness(&re("^_ga_[A-Z]+$"), &Matcher::Exact("_ga_1")), None);
        // Regex against prefix and regex: probed with real names.
        assert_eq!(
            witness(&re("^_ga_[A-Z0-9]+$"), &Matcher::Prefix("_ga")),
            Some("_ga_0".into())
        );
        assert_eq!(
            witness(&re("^_gid\\.[0-9]+$"), &re("^_gid\\.\\d+$")),
            Some("_gid.0".into())
        );
        assert_eq!(witness(&re("^_ga_[0-9]+$"), &re("^_gb_[0-9]+$")), None);
        assert_eq!(
            witness(&re("^sess[0-9]*$"), &Matcher::Prefix("sess")),
            Some("sess".into())
        );
    }

    #[test]
    fn overlaps_are_reported_once_per_pair_in_source_order() {
        let src = "policy \"S\" {\n  controller \"S\"\n  email \"a@b.cd\"\n}\n\
category a {\n  title \"A\"\n  consent required\n}\n\
category b {\n  title \"B\"\n  consent opt-in\n}\n\
cookie \"_ga*\" {\n  category b\n  purpose \"x\"\n  lifetime session\n}\n\
cookie \"_ga_x\" {\n  category a\n  purpose \"x\"\n  lifetime session\n}\n\
cookie \"_ga_*\" {\n  category a\n  purpose \"x\"\n  lifetime session\n}\n\
local-storage \"_ga_y\" {\n  category a\n  purpose \"x\"\n}\n";
        let checked = crate::check_source(src);
        let e215: Vec<&str> = checked
            .diagnostics
            .iter()
            .filter(|d| d.code == "E215")
            .map(|d| d.primary.span.slice(src))
            .collect();
        // `_ga*` covers `_ga_x` and `_ga_*`; local storage is another namespace.
        assert_eq!(
            e215,
            vec!["\"_ga_x\"", "\"_ga_*\""],
            "{:#?}",
            checked.diagnostics
        );
    }
}
