//! Rename a category, provider or section id everywhere it occurs, after
//! checking the new name: an identifier, not a reserved word, not the
//! built-in `first-party`, and not already taken by another id of the kind.

use crate::documents::Document;
use cookiec_check::model::FIRST_PARTY;
use cookiec_check::names::{Names, SymbolKind};
use std::collections::HashMap;
use tower_lsp_server::ls_types::{Position, PrepareRenameResponse, TextEdit, WorkspaceEdit};

/// The id under the cursor, or why it cannot be renamed.
pub fn prepare(doc: &Document, pos: Position) -> Result<PrepareRenameResponse, String> {
    let names = doc.analysis().names();
    let at = names
        .at(doc.offset(pos))
        .ok_or_else(|| "only category, provider and section ids can be renamed".to_string())?;
    if at.kind == SymbolKind::Provider && at.name == FIRST_PARTY {
        return Err("`first-party` is built in and cannot be renamed".into());
    }
    Ok(PrepareRenameResponse::RangeWithPlaceholder {
        range: doc.range(at.span),
        placeholder: at.name.clone(),
    })
}

pub fn rename(
    doc: &Document,
    pos: Position,
    new_name: &str,
) -> Result<Option<WorkspaceEdit>, String> {
    let names = doc.analysis().names();
    let Some(at) = names.at(doc.offset(pos)) else {
        return Ok(None);
    };
    if at.kind == SymbolKind::Provider && at.name == FIRST_PARTY {
        return Err("`first-party` is built in and cannot be renamed".into());
    }
    validate(names, at.kind, &at.name, new_name)?;
    let edits: Vec<TextEdit> = names
        .all_of(at.kind, &at.name)
        .map(|o| TextEdit {
            range: doc.range(o.span),
            new_text: new_name.to_string(),
        })
        .collect();
    let mut changes = HashMap::new();
    changes.insert(doc.uri.clone(), edits);
    Ok(Some(WorkspaceEdit {
        changes: Some(changes),
        ..Default::default()
    }))
}

pub fn validate(names: &Names, kind: SymbolKind, old: &str, new: &str) -> Result<(), String> {
    let mut chars = new.chars();
    let starts_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if !starts_ok || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        return Err(format!(
            "`{new}` is not an identifier: use letters, digits, `_` and `-`, starting with a letter or `_`"
        ));
    }
    // Words with a fixed meaning (the schema's constants) would read as
    // something else.
    if cookiec_check::schema::constants().contains(&new) {
        return Err(format!("`{new}` is a reserved word"));
    }
    if kind == SymbolKind::Provider && new == FIRST_PARTY {
        return Err("`first-party` is the built-in provider".into());
    }
    if new != old && names.definition(kind, new).is_some() {
        return Err(format!("a {} named `{new}` already exists", kind.keyword()));
    }
    Ok(())
}
