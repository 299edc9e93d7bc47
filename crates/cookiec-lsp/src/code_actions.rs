//! Code actions: the fixes the checker's diagnostics carry, as quick fixes
//! (safe ones preferred), plus one "fix all" source action whose result is
//! exactly what `cookiec check --fix` writes (`cookiec_check::apply_fixes`).

use crate::diagnostics::to_lsp;
use crate::documents::Document;
use crate::formatting::minimal_edit;
use cookiec_diagnostics::Fix;
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
                    edit: Some(workspace_edit(doc, fix)),
                    is_preferred: Some(fix.safe),
                    ..Default::default()
                }));
            }
        }
    }
    let fix_all = CodeActionKind::from(FIX_ALL);
    if wanted(&fix_all) {
        // Exactly what `cookiec check --fix` writes, sent as one edit.
        let count = analysis
            .diagnostics
            .iter()
            .filter(|d| d.fixes.iter().any(|f| f.safe))
            .count();
        let fixed = cookiec_check::apply_fixes(&doc.text, &analysis.diagnostics, true);
        if let Some((span, text)) = minimal_edit(&doc.text, &fixed) {
            let mut changes = HashMap::new();
            changes.insert(
                doc.uri.clone(),
                vec![TextEdit {
                    range: doc.range(span),
                    new_text: text,
                }],
            );
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Apply all safe fixes ({count})"),
                kind: Some(fix_all),
                edit: Some(WorkspaceEdit {
                    changes: Some(changes),
                    ..Default::default()
                }),
                ..Default::default()
            }));
        }
    }
    out
}

/// One fix's edits as a workspace edit of this document.
fn workspace_edit(doc: &Document, fix: &Fix) -> WorkspaceEdit {
    let edits = fix
        .edits
        .iter()
        .map(|e| TextEdit {
            range: doc.range(e.span),
            new_text: e.replacement.clone(),
        })
        .collect();
    let mut changes = HashMap::new();
    changes.insert(doc.uri.clone(), edits);
    WorkspaceEdit {
        changes: Some(changes),
        ..Default::default()
    }
}
