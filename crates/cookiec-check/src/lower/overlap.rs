//! E215: one name matched by items of two different categories, so a
//! consent manager could not tell which consent governs it.

use super::cx::Cx;
use crate::codes;
use crate::model::{Item, NamePattern};
use cookiec_diagnostics::Diagnostic;

/// A name pattern with its regex compiled once.
enum Matcher<'a> {
    Exact(&'a str),
    Prefix(&'a str),
    Regex(regex::Regex),
    None,
}

fn matcher(item: &Item) -> Matcher<'_> {
    match &item.name {
        NamePattern::Exact(s) => Matcher::Exact(s),
        NamePattern::Prefix(p) => Matcher::Prefix(p),
        NamePattern::Regex(r) => regex::Regex::new(r)
            .map(Matcher::Regex)
            .unwrap_or(Matcher::None),
        NamePattern::Unnamed => Matcher::None,
    }
}

/// A name both patterns match, when one is known for sure. Regex against
/// regex or prefix is not decided (it would need automata intersection).
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
        _ => None,
    }
}

impl Cx<'_> {
    pub fn overlaps(&mut self, items: &[Item]) {
        let matchers: Vec<Matcher> = items.iter().map(matcher).collect();
        for (i, a) in items.iter().enumerate() {
            for (j, b) in items.iter().enumerate().skip(i + 1) {
                if a.kind != b.kind
                    || a.category.value == b.category.value
                    || a.category.value.is_empty()
                    || b.category.value.is_empty()
                {
                    continue;
                }
                let (Some(ma), Some(mb)) = (matchers.get(i), matchers.get(j)) else {
                    continue;
                };
                let Some(name) = witness(ma, mb) else {
                    continue;
                };
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
                    format!(
                        "`{bn}` (category `{bc}`) and `{an}` (category `{ac}`) both match `{name}`"
                    )
                };
                self.push(
                    Diagnostic::error(
                        codes::OVERLAPPING_NAMES,
                        message,
                        b.name_span,
                    )
                    .with_label(format!("category `{}`", b.category.value))
                    .with_secondary(a.name_span, format!("also matched here, category `{}`", a.category.value))
                    .with_help("one name must belong to one category: narrow the pattern, or move both items to the same category"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn witnesses() {
        let re = |s: &str| {
            regex::Regex::new(s)
                .map(Matcher::Regex)
                .unwrap_or(Matcher::None)
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
    }
}
