//! Step 1 of the enforcement (which categories the visitor granted) in the
//! form a response needs: one flag per category the rules' cookies use.
//! Without a consent record the answer depends only on the region and the
//! two signals, so every combination is computed once, when the rules are
//! loaded; with a record only its category list is read per request.

use crate::lookup::FnvMap;
use crate::rules::HeaderRules;
use std::collections::BTreeSet;

/// Signal combinations: index `gpc as usize | (dnt as usize) << 1`.
const COMBOS: usize = 4;

fn combo(gpc: bool, dnt: bool) -> usize {
    usize::from(gpc) | (usize::from(dnt) << 1)
}

/// One flag per category index.
pub(crate) type Mask = Vec<bool>;

#[derive(Clone, Debug)]
pub(crate) struct Grants {
    /// Category id → index (the categories of the rules' cookies).
    index: FnvMap<String, usize>,
    /// Per rule: its category index.
    pub(crate) category: Vec<usize>,
    /// Categories of required rules, always granted with a record.
    required: Mask,
    /// Declared region → granted mask per signal combination.
    regions: FnvMap<String, [Mask; COMBOS]>,
    /// A known region the rules do not declare (`default`, if undeclared).
    undeclared: [Mask; COMBOS],
    /// No usable geo information: what every declared region grants.
    unknown: [Mask; COMBOS],
}

impl Grants {
    /// `granted(region, gpc, dnt)` is the reference set for a request
    /// without a record, for a region code (`None`: unknown region).
    pub(crate) fn new(
        rules: &HeaderRules,
        granted: impl Fn(Option<&str>, bool, bool) -> BTreeSet<String>,
    ) -> Grants {
        let mut index = FnvMap::default();
        let category = rules
            .cookies
            .iter()
            .map(|c| {
                let next = index.len();
                *index.entry(c.category.clone()).or_insert(next)
            })
            .collect::<Vec<usize>>();
        let n = index.len();
        let mask_of = |set: &BTreeSet<String>| -> Mask {
            let mut m = vec![false; n];
            for id in set {
                if let Some(i) = index.get(id.as_str()) {
                    m[*i] = true;
                }
            }
            m
        };
        let combos = |region: Option<&str>| -> [Mask; COMBOS] {
            std::array::from_fn(|k| mask_of(&granted(region, k & 1 == 1, k & 2 == 2)))
        };
        let regions = rules
            .defaults
            .keys()
            .map(|r| (r.clone(), combos(Some(r))))
            .collect();
        let mut required = vec![false; n];
        for (c, cat) in rules.cookies.iter().zip(&category) {
            if c.required {
                required[*cat] = true;
            }
        }
        Grants {
            undeclared: combos(Some("default")),
            unknown: combos(None),
            index,
            category,
            required,
            regions,
        }
    }

    /// Without a record: the precomputed mask.
    pub(crate) fn by_default(&self, region: Option<&str>, gpc: bool, dnt: bool) -> &Mask {
        let k = combo(gpc, dnt);
        let masks = match region {
            Some(r) => self.regions.get(r).unwrap_or(&self.undeclared),
            None => &self.unknown,
        };
        &masks[k]
    }

    /// With a usable record: its categories and the required ones.
    pub(crate) fn recorded<'a>(&self, categories: impl IntoIterator<Item = &'a str>) -> Mask {
        let mut m = self.required.clone();
        for id in categories {
            if let Some(i) = self.index.get(id) {
                m[*i] = true;
            }
        }
        m
    }
}
