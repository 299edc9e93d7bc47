//! Find references: every use of the category, provider or section id under
//! the cursor, with its declaration when the client asks for it.

use crate::documents::Document;
use tower_lsp_server::ls_types::{Location, Position};

pub fn references(doc: &Document, pos: Position, include_declaration: bool) -> Vec<Location> {
    let names = doc.analysis().names();
    let Some(at) = names.at(doc.offset(pos)) else {
        return Vec::new();
    };
    names
        .all_of(at.kind, &at.name)
        .filter(|o| include_declaration || !o.is_definition)
        .map(|o| Location::new(doc.uri.clone(), doc.range(o.span)))
        .collect()
}
