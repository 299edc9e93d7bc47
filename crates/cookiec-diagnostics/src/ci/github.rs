//! GitHub Actions workflow commands (`::error file=...::message`), which the
//! runner turns into annotations on the pull request's changed lines.

use super::Finding;
use crate::Severity;
use std::fmt::Write;

/// One `::error`/`::warning`/`::notice` line per finding.
pub fn github_annotations(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info | Severity::Hint => "notice",
        };
        let mut message = f.message.clone();
        if let Some(help) = &f.help {
            message.push_str("\nhelp: ");
            message.push_str(help);
        }
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            property(&f.file),
            f.start.line,
            f.start.column,
            f.end.line,
            f.end.column,
            property(&format!("cookiec {}", f.code)),
            data(&message),
        );
    }
    out
}

/// The message part: the runner decodes `%25`, `%0D` and `%0A`; a raw
/// newline would end the command.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as [`data`], plus `:` and `,`, which separate
/// properties.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ci::Position;

    #[test]
    fn escapes_per_the_runner_rules() {
        let f = Finding {
            file: "a,b:c%.cookies".into(),
            code: "E208".into(),
            severity: Severity::Warning,
            message: "50% off\r\nnext: line".into(),
            help: None,
            start: Position { line: 2, column: 3 },
            end: Position { line: 2, column: 9 },
            snippet: String::new(),
        };
        assert_eq!(
            github_annotations(&[f]),
            "::warning file=a%2Cb%3Ac%25.cookies,line=2,col=3,endLine=2,endColumn=9,title=cookiec E208::50%25 off%0D%0Anext: line\n"
        );
    }
}
