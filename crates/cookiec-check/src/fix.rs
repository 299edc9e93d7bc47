//! Applying diagnostics' fixes to the source (`cookiec check --fix`, the
//! language server's "fix all").

use cookiec_diagnostics::{Diagnostic, Edit};

/// Apply the first eligible fix of each diagnostic (only `safe` ones when
/// `safe_only`). A fix whose edits overlap an already chosen edit, or fall
/// outside the source or inside a character, is skipped whole: run again
/// to apply it on the new text.
pub fn apply_fixes(src: &str, diags: &[Diagnostic], safe_only: bool) -> String {
    let mut chosen: Vec<&Edit> = Vec::new();
    for d in diags {
        let Some(fix) = d.fixes.iter().find(|f| f.safe || !safe_only) else {
            continue;
        };
        let valid = fix.edits.iter().all(|e| {
            e.span.start <= e.span.end
                && src.is_char_boundary(e.span.start)
                && src.is_char_boundary(e.span.end)
        }) && !fix.edits.is_empty();
        let clashes = fix.edits.iter().any(|e| {
            chosen.iter().any(|c| overlaps(c, e))
                || fix
                    .edits
                    .iter()
                    .any(|o| !std::ptr::eq(o, e) && overlaps(o, e))
        });
        if valid && !clashes {
            chosen.extend(fix.edits.iter());
        }
    }
    chosen.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = src.to_string();
    for e in chosen.iter().rev() {
        out.replace_range(e.span.range(), &e.replacement);
    }
    out
}

/// Two edits conflict when their ranges intersect, or when both insert at
/// the same point (their order would be arbitrary).
fn overlaps(a: &Edit, b: &Edit) -> bool {
    let (a, b) = (a.span, b.span);
    (a.start < b.end && b.start < a.end) || (a.start == b.start && (a.is_empty() || b.is_empty()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use cookiec_diagnostics::{Fix, Span};

    fn diag(fix: Fix) -> Diagnostic {
        Diagnostic::error("E000", "x", Span::new(0, 0)).with_fix(fix)
    }

    #[test]
    fn applies_non_overlapping_edits_back_to_front() {
        let src = "abc def ghi";
        let diags = [
            diag(Fix::replace("a", Span::new(0, 3), "ABCD", true)),
            diag(Fix::replace("b", Span::new(8, 11), "G", true)),
            diag(Fix::replace("overlap", Span::new(2, 5), "!", true)),
            diag(Fix::replace("unsafe", Span::new(4, 7), "D", false)),
        ];
        assert_eq!(apply_fixes(src, &diags, true), "ABCD def G");
        assert_eq!(apply_fixes(src, &diags, false), "ABCD D G");
    }

    #[test]
    fn skips_edits_out_of_bounds_or_inside_a_character() {
        let src = "é";
        let diags = [
            diag(Fix::replace("mid", Span::new(1, 2), "x", true)),
            diag(Fix::replace("oob", Span::new(1, 9), "x", true)),
        ];
        assert_eq!(apply_fixes(src, &diags, true), "é");
    }
}
