//! `check --fix`: apply the diagnostics' fixes, then format what they
//! touched, so a formatted file stays formatted (`fmt --check` passes right
//! after `--fix`) and the rest of an unformatted file is left as written.

use cookiec_check::{apply_fixes, check_source_with, Checked, Options};
use cookiec_diagnostics::Span;

/// Which fixes `--fix` applies: each fix's safety is decided where the
/// fix is created (`Fix::safe` keeps the meaning; `Fix::unsafe_` changes
/// what the policy declares and needs `--unsafe-fixes`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Safe,
    Unsafe,
}

/// The fixed text, its check, and how many diagnostics went away.
pub fn fix_all(
    src: &str,
    mut checked: Checked,
    opts: &Options,
    level: Level,
) -> (String, Checked, usize) {
    let before = checked.diagnostics.len();
    let mut text = src.to_string();
    // A fix skipped for overlapping another one is retried on the new text.
    for _ in 0..8 {
        let next = apply_fixes(&text, &checked.diagnostics, level == Level::Safe);
        if next == text {
            break;
        }
        text = next;
        checked = check_source_with(&text, opts);
    }
    if text != src {
        let formatted = format_changed(src, &text);
        if formatted != text {
            text = formatted;
            checked = check_source_with(&text, opts);
        }
    }
    let fixed = before.saturating_sub(checked.diagnostics.len());
    (text, checked, fixed)
}

/// Format the top-level declarations of `new` that differ from `old`
/// (minimal edits: untouched declarations keep their layout). Ranges are
/// formatted from the last to the first so earlier offsets stay valid.
fn format_changed(old: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(new.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |line: usize| line_starts.get(line).copied().unwrap_or(new.len());
    let mut ranges: Vec<Span> = diff
        .ops()
        .iter()
        .filter(|op| op.tag() != similar::DiffTag::Equal)
        .map(|op| {
            let r = op.new_range();
            Span::new(offset(r.start), offset(r.end).max(offset(r.start)))
        })
        .collect();
    ranges.reverse();
    let mut text = new.to_string();
    for range in ranges {
        // A syntax error left by the fixes: keep the text as fixed.
        let Ok(edits) = cookiec_fmt::format_range(&text, range) else {
            return text;
        };
        for e in edits.iter().rev() {
            if text.is_char_boundary(e.span.start)
                && text.is_char_boundary(e.span.end)
                && e.span.end <= text.len()
            {
                text.replace_range(e.span.range(), &e.replacement);
            }
        }
    }
    text
}
