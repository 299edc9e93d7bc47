//! Importer for the Open Cookie Database's CSV format
//! (<https://github.com/jkwakman/Open-Cookie-Database>, Apache-2.0).
//!
//! Columns: ID, Platform, Category, Cookie / Data Key name, Domain,
//! Description, Retention period, Data Controller, User Privacy & GDPR
//! Rights Portals, Wildcard match. Each row becomes a catalog entry;
//! normalisation is reported, never silent:
//! - the free-text retention period becomes a typed lifetime where it
//!   parses ([`CatalogLifetime::from_retention`]); the others keep no
//!   lifetime and are reported;
//! - the five documented categories map onto cookiec's usual ids
//!   (Functional and Personalization: `functional`; Analytics: `analytics`;
//!   Marketing: `marketing`; Security: `essential`); `Necessary` maps to `essential` and is
//!   reported; any other category drops the row (reported);
//! - `Wildcard match 1` turns the name into a prefix glob (`_gac_*`);
//! - a name given twice: the first row wins, the others are reported.

use crate::{Catalog, CatalogCookie, CatalogLifetime, CatalogProvider, EntryKind};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The database's own address, the source of an entry whose row names no
/// privacy portal.
pub const OCD_SOURCE: &str = "https://github.com/jkwakman/Open-Cookie-Database";

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("not an Open Cookie Database CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("not an Open Cookie Database CSV: no `{0}` column in the header")]
    MissingColumn(&'static str),
}

/// Why a row was reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// Kept without a lifetime: the retention period does not parse.
    UnparsedRetention(String),
    /// Kept, mapped to `essential`: a category outside the documented five.
    MappedCategory(String),
    /// Dropped: a category cookiec cannot map.
    UnknownCategory(String),
    /// Dropped: the name was already imported from the row at this line.
    Duplicate { first_line: u64 },
    /// Dropped: no name, or a malformed row.
    Malformed(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// 1-based line of the row in the file.
    pub line: u64,
    pub name: String,
    pub kind: NoteKind,
}

/// The imported catalog and what normalising it reported.
#[derive(Debug, Default)]
pub struct Import {
    pub catalog: Catalog,
    /// Data rows read.
    pub rows: usize,
    pub notes: Vec<Note>,
}

impl Import {
    /// Entries with a typed lifetime and a mapped category, nothing reported.
    pub fn typed(&self) -> usize {
        let reported: HashSet<u64> = self.notes.iter().map(|n| n.line).collect();
        self.rows - reported.len()
    }

    /// Rows with at least one note.
    pub fn reported(&self) -> usize {
        self.notes
            .iter()
            .map(|n| n.line)
            .collect::<HashSet<_>>()
            .len()
    }

    /// One line for a terminal: rows, typed entries, reports by reason.
    pub fn summary(&self) -> String {
        let count = |f: fn(&NoteKind) -> bool| self.notes.iter().filter(|n| f(&n.kind)).count();
        format!(
            "{} rows: {} typed entries, {} reported ({} retention periods kept without a lifetime, {} categories mapped, {} rows dropped for an unknown category, {} duplicates dropped, {} malformed rows)",
            self.rows,
            self.typed(),
            self.reported(),
            count(|k| matches!(k, NoteKind::UnparsedRetention(_))),
            count(|k| matches!(k, NoteKind::MappedCategory(_))),
            count(|k| matches!(k, NoteKind::UnknownCategory(_))),
            count(|k| matches!(k, NoteKind::Duplicate { .. })),
            count(|k| matches!(k, NoteKind::Malformed(_))),
        )
    }
}

pub fn import_path(path: &Path) -> Result<Import, ImportError> {
    import(&std::fs::read(path)?)
}

/// The columns the importer reads, by header name.
struct Columns {
    platform: usize,
    category: usize,
    name: usize,
    description: usize,
    retention: usize,
    controller: usize,
    privacy: usize,
    wildcard: usize,
}

impl Columns {
    fn of(header: &csv::StringRecord) -> Result<Columns, ImportError> {
        let find = |want: &'static str| {
            header
                .iter()
                .position(|h| h.trim().trim_start_matches('\u{feff}') == want)
                .ok_or(ImportError::MissingColumn(want))
        };
        Ok(Columns {
            platform: find("Platform")?,
            category: find("Category")?,
            name: find("Cookie / Data Key name")?,
            description: find("Description")?,
            retention: find("Retention period")?,
            controller: find("Data Controller")?,
            privacy: find("User Privacy & GDPR Rights Portals")?,
            wildcard: find("Wildcard match")?,
        })
    }
}

/// The category id for an Open Cookie Database category, and whether the
/// mapping is outside the documented five (reported).
fn map_category(category: &str) -> Option<(&'static str, bool)> {
    Some(match category.trim().to_ascii_lowercase().as_str() {
        "functional" | "personalization" => ("functional", false),
        "analytics" => ("analytics", false),
        "marketing" => ("marketing", false),
        "security" => ("essential", false),
        "necessary" | "strictly necessary" | "essential" => ("essential", true),
        _ => return None,
    })
}

fn role_of(category: &str) -> &'static str {
    match category {
        "analytics" => "analytics",
        "marketing" => "advertising",
        _ => "other",
    }
}

/// A provider id from a controller's name: lowercase ASCII letters and
/// digits joined by `-` (`Google LLC` → `google-llc`).
fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    match out.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => out,
        Some(_) => format!("p-{out}"),
        None => "unknown".to_string(),
    }
}

pub fn import(bytes: &[u8]) -> Result<Import, ImportError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let cols = Columns::of(reader.headers()?)?;
    let mut out = Import::default();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut providers: HashMap<String, usize> = HashMap::new();
    for record in reader.records() {
        out.rows += 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                out.notes.push(Note {
                    line,
                    name: String::new(),
                    kind: NoteKind::Malformed(e.to_string()),
                });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let raw_name = field(cols.name);
        let note = |kind| Note {
            line,
            name: raw_name.to_string(),
            kind,
        };
        if raw_name.is_empty() || raw_name.contains('*') || raw_name.contains('"') {
            out.notes
                .push(note(NoteKind::Malformed("no usable name".to_string())));
            continue;
        }
        let name = if field(cols.wildcard) == "1" {
            format!("{raw_name}*")
        } else {
            raw_name.to_string()
        };
        let Some((category, mapped)) = map_category(field(cols.category)) else {
            out.notes.push(note(NoteKind::UnknownCategory(
                field(cols.category).to_string(),
            )));
            continue;
        };
        if let Some(first_line) = seen.get(&name) {
            out.notes.push(note(NoteKind::Duplicate {
                first_line: *first_line,
            }));
            continue;
        }
        seen.insert(name.clone(), line);
        if mapped {
            out.notes.push(note(NoteKind::MappedCategory(
                field(cols.category).to_string(),
            )));
        }
        let retention = field(cols.retention);
        let lifetime = CatalogLifetime::from_retention(retention);
        if lifetime.is_none() {
            out.notes
                .push(note(NoteKind::UnparsedRetention(retention.to_string())));
        }
        let controller = match field(cols.controller) {
            "" => field(cols.platform),
            c => c,
        };
        let privacy = field(cols.privacy);
        let privacy = if privacy.starts_with("https://") {
            privacy.to_string()
        } else {
            String::new()
        };
        let id = slug(controller);
        if !providers.contains_key(&id) {
            providers.insert(id.clone(), out.catalog.providers.len());
            out.catalog.providers.push(CatalogProvider {
                id: id.clone(),
                name: controller.to_string(),
                role: role_of(category).to_string(),
                privacy: privacy.clone(),
                country: String::new(),
                domains: Vec::new(),
            });
        }
        let purpose = match field(cols.description) {
            "" => format!("Set by {}.", field(cols.platform)),
            d => d.to_string(),
        };
        out.catalog.cookies.push(CatalogCookie {
            name,
            kind: EntryKind::Cookie,
            provider: id,
            purpose,
            lifetime: lifetime.map(|l| l.to_string()),
            category: category.to_string(),
            exempt: None,
            source: if privacy.is_empty() {
                OCD_SOURCE.to_string()
            } else {
                privacy
            },
        });
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const HEAD: &str = "ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match\n";

    #[test]
    fn rows_are_normalised_and_every_departure_is_reported() {
        let csv = format!(
            "{HEAD}\
1,Acme,Analytics,_acme,,Counts visits,1 Year,Acme Inc.,https://acme.example/privacy,0\n\
2,Acme,Marketing,_acme_c_,,Campaign id,Varies,Acme Inc.,https://acme.example/privacy,1\n\
3,Other,Necessary,sess,,Session,Session,Other,,0\n\
4,Other,Strange,odd,,?,1 day,Other,,0\n\
5,Acme,Analytics,_acme,,Again,2 years,Acme Inc.,,0\n\
6,Acme,Analytics,,,No name,1 day,Acme Inc.,,0\n"
        );
        let got = import(csv.as_bytes()).unwrap();
        assert_eq!(got.rows, 6);
        let names: Vec<_> = got
            .catalog
            .cookies
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, ["_acme", "_acme_c_*", "sess"]);
        let first = &got.catalog.cookies[0];
        assert_eq!(first.lifetime.as_deref(), Some("1 year"));
        assert_eq!(first.category, "analytics");
        assert_eq!(first.provider, "acme-inc");
        assert_eq!(got.catalog.cookies[1].lifetime, None);
        assert_eq!(got.catalog.cookies[1].category, "marketing");
        assert_eq!(got.catalog.cookies[2].category, "essential");
        assert_eq!(got.catalog.cookies[2].source, OCD_SOURCE);
        let kinds: Vec<_> = got.notes.iter().map(|n| (n.line, n.kind.clone())).collect();
        assert_eq!(
            kinds,
            [
                (3, NoteKind::UnparsedRetention("Varies".into())),
                (4, NoteKind::MappedCategory("Necessary".into())),
                (5, NoteKind::UnknownCategory("Strange".into())),
                (6, NoteKind::Duplicate { first_line: 2 }),
                (7, NoteKind::Malformed("no usable name".into())),
            ]
        );
        assert_eq!(got.typed(), 1);
        assert_eq!(got.reported(), 5);
        assert!(got.catalog.lookup("_acme_c_42").is_some());
    }

    #[test]
    fn a_file_of_another_format_is_an_error_not_an_empty_catalog() {
        assert!(matches!(
            import(b"name,value\nx,y\n"),
            Err(ImportError::MissingColumn(_))
        ));
    }

    #[test]
    fn provider_ids_are_valid_identifiers() {
        assert_eq!(slug("Google LLC"), "google-llc");
        assert_eq!(slug("  "), "unknown");
        assert_eq!(slug("1&1 Ionos"), "p-1-1-ionos");
    }
}
