//! Go to definition: from a reference (`category analytics`) or a
//! declaration id to the id in its declaration.

use crate::documents::Document;
use tower_lsp_server::ls_types::{Location, Position};

pub fn definition(doc: &Document, pos: Position) -> Option<Location> {
    let names = doc.analysis().names();
    let at = names.at(doc.offset(pos))?;
    let def = names.definition(at.kind, &at.name)?;
    Some(Location::new(doc.uri.clone(), doc.range(def.span)))
}
