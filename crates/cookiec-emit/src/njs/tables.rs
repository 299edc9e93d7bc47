//! Lookup tables the nginx filter would otherwise rebuild on every request:
//! njs 0.7 runs a module's top level once per request (each request gets a
//! fresh clone of the VM), and its object literals, regex compilations and
//! loops cost microseconds each. Computed here from the header rules with
//! the reference semantics, written into the filter as one literal.

use cookiec_check::model::required_prefix_of;
use cookiec_enforce::rules::{CookieRule, Matcher};
use cookiec_enforce::{region, Enforcer, HeaderRules, Region, Request};
use serde::Serialize;
use std::collections::BTreeMap;

/// Object keys get this prefix, so no name can hit `Object.prototype`
/// (`__proto__`, `constructor`) in the filter.
const KEY: &str = "=";

#[derive(Serialize)]
pub struct Tables {
    /// `KEY + name` → rule index (first rule with that exact name).
    exact: BTreeMap<String, usize>,
    /// `[prefix, rule index]`, longest first.
    prefixes: Vec<(String, usize)>,
    /// `[rule index, pattern, required literal prefix ("" if none), simple
    /// form or null]`, in declaration order.
    regexes: Vec<(usize, String, String, Option<Simple>)>,
    /// Per rule: its category, whether required, whether its
    /// `when_not_consented` expires anything.
    category: Vec<String>,
    required: Vec<bool>,
    /// Per rule: the declared attributes it adds, each after `; `.
    tail: Vec<String>,
    /// Per rule: what a line without attributes becomes after its pair.
    bare: Vec<String>,
    /// Per rule: the attribute keys (lower case) the rule replaces.
    declared: Vec<BTreeMap<&'static str, bool>>,
    /// Without a record: `KEY + region` → per signal combination
    /// (`gpc + 2 * dnt`) one `0`/`1` per rule (may it be set).
    allowed: BTreeMap<String, [String; 4]>,
    /// The same for an unknown region.
    allowed_unknown: [String; 4],
    /// `KEY + country` → region code (or null), for countries with a
    /// region of their own; any other valid country gets `fallback`.
    country: BTreeMap<String, Option<String>>,
    /// `KEY + US state` → region code (or null); other states `us_fallback`.
    us_state: BTreeMap<String, Option<String>>,
    us_fallback: Option<String>,
    fallback: Option<String>,
}

/// The literal every name a regex matches starts with ("" if none): the
/// checker's one answer ([`required_prefix_of`]), which the
/// filter tests before it runs the regex.
fn required_prefix(pattern: &str) -> String {
    required_prefix_of(pattern).unwrap_or_default()
}

/// `^LITERAL[CLASS]+$` (or `*`), the usual shape of a name pattern
/// (`^_ga_[A-Z0-9]+$`): checked with a loop over char codes instead of the
/// regex, which njs tests and compiles far more slowly. `[literal,
/// [lo, hi, lo, hi, …] (inclusive char code ranges), minimum repeat]`.
type Simple = (String, Vec<u32>, usize);

fn simple(pattern: &str) -> Option<Simple> {
    const META: &str = "\\.+*?()[]{}^$|";
    let rest = pattern.strip_prefix('^')?;
    let (lit, rest) = rest.split_once('[')?;
    if lit.chars().any(|c| META.contains(c)) {
        return None;
    }
    let (class, rest) = rest.split_once(']')?;
    let min = match rest {
        "+$" => 1,
        "*$" => 0,
        _ => None?,
    };
    // Only plain ASCII items: no negation, escapes, nesting or the set
    // operators Rust has and JavaScript lacks (`&&`, `--`, `~~`).
    let chars: Vec<char> = class.chars().collect();
    let plain = |c: &char| c.is_ascii_graphic() && !"\\[]^&~-".contains(*c);
    let mut ranges = Vec::new();
    let mut i = 0;
    while let Some(c) = chars.get(i) {
        if !plain(c) {
            return None;
        }
        match (chars.get(i + 1), chars.get(i + 2)) {
            (Some('-'), Some(d)) if plain(d) && c <= d => {
                ranges.extend([u32::from(*c), u32::from(*d)]);
                i += 3;
            }
            (Some('-'), _) => return None,
            _ => {
                ranges.extend([u32::from(*c), u32::from(*c)]);
                i += 1;
            }
        }
    }
    (!ranges.is_empty()).then(|| (lit.to_string(), ranges, min))
}

fn declared(rule: &CookieRule) -> BTreeMap<&'static str, bool> {
    let a = &rule.attributes;
    [
        ("secure", a.secure.is_some()),
        ("httponly", a.http_only.is_some()),
        ("samesite", a.same_site.is_some()),
        ("path", a.path.is_some()),
        ("domain", a.domain.is_some()),
        ("partitioned", a.partitioned.is_some()),
    ]
    .into_iter()
    .filter(|(_, on)| *on)
    .collect()
}

fn tail(rule: &CookieRule) -> String {
    let a = &rule.attributes;
    let mut t = String::new();
    if let Some(p) = &a.path {
        t.push_str(&format!("; Path={p}"));
    }
    if let Some(d) = &a.domain {
        t.push_str(&format!("; Domain={d}"));
    }
    if a.secure == Some(true) {
        t.push_str("; Secure");
    }
    if a.http_only == Some(true) {
        t.push_str("; HttpOnly");
    }
    if let Some(s) = &a.same_site {
        t.push_str(&format!("; SameSite={s}"));
    }
    if a.partitioned == Some(true) {
        t.push_str("; Partitioned");
    }
    t
}

pub fn build(rules: &HeaderRules) -> Tables {
    let mut exact = BTreeMap::new();
    let mut prefixes = Vec::new();
    let mut regexes = Vec::new();
    for (i, c) in rules.cookies.iter().enumerate() {
        match &c.name {
            Matcher::Exact(n) => {
                exact.entry(format!("{KEY}{n}")).or_insert(i);
            }
            Matcher::Prefix(p) => prefixes.push((p.clone(), i)),
            Matcher::Regex(r) => regexes.push((i, r.clone(), required_prefix(r), simple(r))),
            Matcher::Unnamed => {}
        }
    }
    // Stable: equal lengths keep declaration order, as the reference.
    // Longest in JavaScript's measure (UTF-16 units), as the filter compared.
    prefixes.sort_by_key(|(p, _)| std::cmp::Reverse(p.encode_utf16().count()));
    let enforcer = Enforcer::new(rules.clone());
    let mask = |region: Region, gpc: bool, dnt: bool| -> String {
        let req = Request {
            gpc,
            dnt,
            region,
            ..Request::default()
        };
        let granted = enforcer.granted(&req);
        rules
            .cookies
            .iter()
            .map(|c| {
                if c.required || granted.contains(&c.category) {
                    '1'
                } else {
                    '0'
                }
            })
            .collect()
    };
    let combos = |region: Option<&str>| -> [String; 4] {
        std::array::from_fn(|k| {
            let r = region.map_or(Region::Unknown, |r| Region::Known(r.to_string()));
            mask(r, k & 1 == 1, k & 2 == 2)
        })
    };
    let allowed = rules
        .defaults
        .keys()
        .map(|r| (format!("{KEY}{r}"), combos(Some(r))))
        .collect();
    let declared_region = |r: &str| rules.defaults.contains_key(r);
    let resolve = |country: &str, sub: Option<&str>| match region::resolve(
        declared_region,
        Some(country),
        sub,
    ) {
        Region::Known(r) => Some(r),
        Region::Unknown => None,
    };
    let countries = region::EU
        .iter()
        .chain(region::EEA_ONLY.iter())
        .chain(region::NATIONAL.iter().map(|(c, _)| c));
    let country = countries
        .map(|c| (format!("{KEY}{c}"), resolve(c, None)))
        .collect();
    let us_state = region::US_STATES
        .iter()
        .map(|(s, _)| (format!("{KEY}{s}"), resolve("US", Some(s))))
        .collect();
    Tables {
        exact,
        prefixes,
        regexes,
        category: rules.cookies.iter().map(|c| c.category.clone()).collect(),
        required: rules.cookies.iter().map(|c| c.required).collect(),
        bare: rules
            .cookies
            .iter()
            .map(|c| {
                let a = &c.attributes;
                match (a.max_age_cap, a.session) {
                    (Some(cap), false) => format!("{}; Max-Age={cap}", tail(c)),
                    _ => tail(c),
                }
            })
            .collect(),
        tail: rules.cookies.iter().map(tail).collect(),
        declared: rules.cookies.iter().map(declared).collect(),
        allowed,
        allowed_unknown: combos(None),
        country,
        us_state,
        // A state without a region of its own (and no state at all).
        us_fallback: resolve("US", None),
        // Any other valid two-letter country (`ZZ` has no list of its own).
        fallback: resolve("ZZ", None),
    }
}

#[cfg(test)]
mod tests {
    use super::{required_prefix, simple};

    #[test]
    fn simple_patterns_only() {
        let s = simple;
        assert_eq!(
            s("^_ga_[A-Z0-9]+$"),
            Some(("_ga_".into(), vec![65, 90, 48, 57], 1))
        );
        assert_eq!(s("^x[ab]*$"), Some(("x".into(), vec![97, 97, 98, 98], 0)));
        for p in [
            "^_ga_[^0-9]+$",
            "^a[0-9]+",
            "^a[0-9]{2}$",
            "a[0-9]+$",
            "^a.[0-9]+$",
            "^a[\\d]+$",
            "^a[a-]+$",
            "^a[z-a]+$",
            "^a[a&&b]+$",
            "^a[[:alpha:]]+$",
            "^a[]+$",
            "^a[0-9]+$|b",
        ] {
            assert_eq!(s(p), None, "{p}");
        }
    }

    #[test]
    fn the_pre_check_uses_the_checkers_required_prefix() {
        assert_eq!(required_prefix("^_ga_[A-Z0-9]+$"), "_ga_");
        assert_eq!(required_prefix("^a\\.b"), "a.b");
        assert_eq!(required_prefix("^ab|cd"), "");
        assert_eq!(required_prefix("_ga"), "");
    }
}
