//! Code actions: the fixes the checker's diagnostics carry, as quick fixes
//! (safe ones preferred), plus one "fix all" source action applying every
//! safe fix like `cookiec check --fix`.

use crate::diagnostics::to_lsp;
use crate::documents::Document;
use cookiec_diagnostics::{Fix, Span};
use std::collections::HashMap;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Range, TextEdit, WorkspaceEdit,
};

pub const FIX_ALL: &str = "source.fixAll.cookiec";

pub fn code_actions(
    doc: &Document,
    range: Range,
    only: Option<&[CodeActionKind]>,
) -> Vec<CodeActionOrCommand> {
    let wanted = |kind: &CodeActionKind| {
        only.is_none_or(|only| only.iter().any(|k| kind.as_str().starts_with(k.as_str())))
    };
    let span = doc.span(range);
    let analysis = doc.analysis();
    let mut out = Vec::new();
    if wanted(&CodeActionKind::QUICKFIX) {
        for d in &analysis.diagnostics {
            let ds = d.primary.span;
            let touches = ds.start <= span.end && span.start <= ds.end;
            if !touches {
                continue;
            }
            for fix in &d.fixes {
                out.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: fix.title.clone(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![to_lsp(doc, d)]),
                    edit: Some(workspace_edit(doc, std::slice::from_ref(fix))),
                    is_preferred: Some(fix.safe),
                    ..Default::default()
                }));
            }
        }
    }
    let fix_all = CodeActionKind::from(FIX_ALL);
    if wanted(&fix_all) {
        let safe: Vec<Fix> = analysis
            .diagnostics
            .iter()
            .flat_map(|d| d.fixes.iter().filter(|f| f.safe).cloned())
            .collect();
        if !safe.is_empty() {
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Apply all {} safe fixes", safe.len()),
                kind: Some(fix_all),
                edit: Some(workspace_edit(doc, &safe)),
                ..Default::default()
            }));
        }
    }
    out
}

/// The fixes' edits, without overlaps (the first fix touching a span wins,
/// as `cookiec check --fix` does).
fn workspace_edit(doc: &Document, fixes: &[Fix]) -> WorkspaceEdit {
    let mut taken: Vec<Span> = Vec::new();
    let mut edits = Vec::new();
    for fix in fixes {
        let overlaps = fix.edits.iter().any(|e| {
            taken
                .iter()
                .any(|t| e.span.start < t.end && t.start < e.span.end)
        });
        if overlaps {
            continue;
        }
        for e in &fix.edits {
            taken.push(e.span);
            edits.push(TextEdit {
                range: doc.range(e.span),
                new_text: e.replacement.clone(),
            });
        }
    }
    let mut changes = HashMap::new();
    changes.insert(doc.uri.clone(), edits);
    WorkspaceEdit {
        changes: Some(changes),
        ..Default::default()
    }
}
