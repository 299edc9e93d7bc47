//! How a key → value block's children split into entries, the way the
//! checker reads them: `{ en "a"  de "b" }` is one node with extra values
//! (pairs), and a per-region block of multi-word values
//! (`{ default 12 months  eu 6 months }`) splits at each region name, since
//! a region is never a duration unit.

use cookiec_schema::Region;

/// The entries of one child `name values...`, or `None` when it is not a
/// run of entries. `ident` gives a value's identifier, if it is one.
/// `at_regions`: the block is a per-region field of several-word values
/// (durations), whose lines the checker splits at region names only; any
/// other block (translations, where `it` and `nl` are regions too, or
/// `6 month opt-in`) it reads as pairs only.
pub(crate) fn split<'v, V>(
    name: &'v str,
    values: &'v [V],
    ident: impl Fn(&'v V) -> Option<&'v str>,
    at_regions: bool,
) -> Option<Vec<(&'v str, &'v [V])>> {
    if !at_regions {
        return pairs(name, values, &ident);
    }
    Region::parse(name)?;
    let mut out = Vec::new();
    let (mut key, mut start) = (name, 0);
    for (i, v) in values.iter().enumerate() {
        if let Some(w) = ident(v).filter(|w| Region::parse(w).is_some()) {
            out.push((key, values.get(start..i)?));
            key = w;
            start = i + 1;
        }
    }
    out.push((key, values.get(start..)?));
    out.iter().all(|(_, v)| !v.is_empty()).then_some(out)
}

/// `key value (key value)*`.
fn pairs<'v, V>(
    name: &'v str,
    values: &'v [V],
    ident: &impl Fn(&'v V) -> Option<&'v str>,
) -> Option<Vec<(&'v str, &'v [V])>> {
    if values.len().is_multiple_of(2) {
        return None;
    }
    let mut out = vec![(name, values.get(..1)?)];
    let mut i = 1;
    while i < values.len() {
        out.push((ident(values.get(i)?)?, values.get(i + 1..i + 2)?));
        i += 2;
    }
    Some(out)
}
