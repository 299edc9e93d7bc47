//! Open documents: text, version, line index and a lazily computed analysis.
//!
//! A [`Document`] is an immutable snapshot; an edit produces a new one, so a
//! request that is still working on an older version never sees a
//! half-applied change. The store is a synchronous map: notifications apply
//! their edits while holding it, before any `.await`, so edits cannot be
//! reordered by the concurrent transport, and an edit whose version is not
//! newer than the stored one is dropped.

use crate::analysis::Analysis;
use crate::position::{Encoding, LineIndex};
use cookiec_diagnostics::Span;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent, Uri};

#[derive(Debug)]
pub struct Document {
    pub uri: Uri,
    pub version: i32,
    pub text: String,
    pub index: LineIndex,
    /// The session's negotiated column unit.
    pub enc: Encoding,
    analysis: OnceLock<Analysis>,
}

impl Document {
    pub fn new(uri: Uri, version: i32, text: String, enc: Encoding) -> Self {
        let index = LineIndex::new(&text);
        Document {
            uri,
            version,
            text,
            index,
            enc,
            analysis: OnceLock::new(),
        }
    }

    /// The checked view of this version, computed on first use.
    pub fn analysis(&self) -> &Analysis {
        self.analysis.get_or_init(|| Analysis::of(&self.text))
    }

    pub fn range(&self, span: Span) -> Range {
        self.index.range(&self.text, span, self.enc)
    }

    pub fn position(&self, offset: usize) -> Position {
        self.index.position(&self.text, offset, self.enc)
    }

    pub fn offset(&self, pos: Position) -> usize {
        self.index.offset(&self.text, pos, self.enc)
    }

    pub fn span(&self, range: Range) -> Span {
        self.index.span(&self.text, range, self.enc)
    }

    /// A new version with `changes` applied in order (each range is relative
    /// to the text after the previous change, as the protocol says).
    pub fn with_changes(
        &self,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) -> Document {
        let mut text = self.text.clone();
        let mut index = self.index.clone();
        for change in changes {
            match change.range {
                Some(range) => {
                    let span = index.span(&text, range, self.enc);
                    text.replace_range(span.range(), &change.text);
                }
                None => text = change.text,
            }
            index = LineIndex::new(&text);
        }
        Document {
            uri: self.uri.clone(),
            version,
            text,
            index,
            enc: self.enc,
            analysis: OnceLock::new(),
        }
    }
}

/// What a `didChange` did.
#[derive(Debug)]
pub enum Change {
    Applied(Arc<Document>),
    /// The version was not newer than the stored one: dropped.
    Stale {
        stored: i32,
        received: i32,
    },
    /// No such open document.
    Unknown,
}

#[derive(Debug, Default)]
pub struct DocumentStore {
    docs: Mutex<HashMap<String, Arc<Document>>>,
}

impl DocumentStore {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, Arc<Document>>> {
        // A panic while holding the lock cannot leave the map half-updated
        // (every update is a single insert), so a poisoned lock is usable.
        self.docs.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn open(&self, uri: Uri, version: i32, text: String, enc: Encoding) -> Arc<Document> {
        let doc = Arc::new(Document::new(uri.clone(), version, text, enc));
        self.lock().insert(uri.as_str().to_string(), doc.clone());
        doc
    }

    pub fn change(
        &self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) -> Change {
        let mut docs = self.lock();
        let Some(current) = docs.get(uri.as_str()) else {
            return Change::Unknown;
        };
        if version <= current.version {
            return Change::Stale {
                stored: current.version,
                received: version,
            };
        }
        let next = Arc::new(current.with_changes(version, changes));
        docs.insert(uri.as_str().to_string(), next.clone());
        Change::Applied(next)
    }

    pub fn close(&self, uri: &Uri) -> bool {
        self.lock().remove(uri.as_str()).is_some()
    }

    pub fn get(&self, uri: &Uri) -> Option<Arc<Document>> {
        self.lock().get(uri.as_str()).cloned()
    }

    /// Whether `version` is still the latest of `uri` (publishing
    /// diagnostics of a superseded version would make them flicker).
    pub fn is_current(&self, uri: &Uri, version: i32) -> bool {
        self.lock()
            .get(uri.as_str())
            .is_some_and(|d| d.version == version)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;

    fn uri() -> Uri {
        "file:///t.cookies".parse().unwrap()
    }

    fn edit(l1: u32, c1: u32, l2: u32, c2: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l1, c1), Position::new(l2, c2))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn incremental_edits_apply_in_order_with_utf16_columns() {
        let store = DocumentStore::default();
        store.open(uri(), 1, "purpose \"🍪 x\"\nb".into(), Encoding::Utf16);
        // Replace `x` (UTF-16 column 12: the emoji counts two) then append.
        let Change::Applied(doc) = store.change(
            &uri(),
            2,
            vec![edit(0, 12, 0, 13, "yum"), edit(1, 1, 1, 1, "!")],
        ) else {
            panic!("not applied")
        };
        assert_eq!(doc.text, "purpose \"🍪 yum\"\nb!");
        assert_eq!(doc.version, 2);
    }

    #[test]
    fn stale_versions_are_dropped_and_unknown_uris_reported() {
        let store = DocumentStore::default();
        store.open(uri(), 5, "a".into(), Encoding::Utf8);
        assert!(matches!(
            store.change(&uri(), 5, vec![edit(0, 0, 0, 0, "z")]),
            Change::Stale {
                stored: 5,
                received: 5
            }
        ));
        assert_eq!(store.get(&uri()).unwrap().text, "a");
        let other: Uri = "file:///other.cookies".parse().unwrap();
        assert!(matches!(store.change(&other, 9, vec![]), Change::Unknown));
        assert!(store.is_current(&uri(), 5));
        assert!(store.close(&uri()));
        assert!(store.get(&uri()).is_none());
    }

    #[test]
    fn full_sync_and_out_of_range_edits_never_panic() {
        let store = DocumentStore::default();
        store.open(uri(), 1, "abc".into(), Encoding::Utf16);
        let full = TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: "日本".into(),
        };
        let Change::Applied(doc) = store.change(&uri(), 2, vec![full, edit(7, 7, 0, 1, "-")])
        else {
            panic!("not applied")
        };
        // The reversed, out-of-range edit is normalised to 0:1..end.
        assert_eq!(doc.text, "日-");
    }
}
