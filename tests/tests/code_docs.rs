//! Every checker code's documentation is executable: its first example
//! reports the code, the example under "Fix" does not.
#![allow(clippy::unwrap_used)]

use cookiec_check::check_source;

/// The ```cookies blocks of a Markdown document, in order.
fn blocks(doc: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        match (&mut current, line.trim_start()) {
            (None, l) if l.starts_with("```cookies") => current = Some(String::new()),
            (Some(_), "```") => out.extend(current.take()),
            (Some(buf), _) => {
                buf.push_str(line);
                buf.push('\n');
            }
            (None, _) => {}
        }
    }
    out
}

#[test]
fn documented_examples_behave_as_documented() {
    for info in cookiec_check::codes::CODES {
        let examples = blocks(info.doc);
        assert!(
            examples.len() >= 2,
            "{}: needs an example and a fixed example",
            info.code
        );
        let bad = &examples[0];
        let good = examples.last().unwrap();
        let reported = |src: &str| {
            check_source(src)
                .diagnostics
                .iter()
                .any(|d| d.code == info.code)
        };
        assert!(
            reported(bad),
            "{}: the example does not report it:\n{bad}",
            info.code
        );
        assert!(
            !reported(good),
            "{}: the fixed example still reports it:\n{good}",
            info.code
        );
    }
}
