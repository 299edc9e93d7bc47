//! Lexer, parser and lossless spanned syntax tree of the `.cookies`
//! language. No I/O; never panics on any input.
//!
//! ```
//! let parse = cookiec_syntax::parse("cookie \"sid\" {\n  lifetime 7 days\n}\n");
//! assert!(parse.diagnostics.is_empty());
//! assert_eq!(parse.file.nodes[0].name.name, "cookie");
//! ```

pub mod ast;
pub mod codes;
mod escape;
mod fast;
pub mod lexer;
mod parser;

pub use codes::CODES;
pub use escape::quote;
pub use parser::MAX_NESTING;

use cookiec_diagnostics::{Diagnostic, Span};

/// The result of parsing: always a tree (possibly partial) and the
/// lexical and syntax diagnostics, sorted by position.
#[derive(Clone, Debug)]
pub struct Parse {
    pub file: ast::SourceFile,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn parse(src: &str) -> Parse {
    // A clean file is parsed once, off the lexer; anything else again, by
    // the recovering parser, for its diagnostics.
    match fast::parse_clean(src) {
        Ok((nodes, comments)) => Parse {
            file: ast::SourceFile {
                nodes,
                comments,
                span: Span::new(0, src.len()),
            },
            diagnostics: Vec::new(),
        },
        Err(lexer::Unclean) => parse_recovering(src),
    }
}

/// The recovering parse alone, whatever the file: what [`parse`] falls
/// back to. Public for the tests and the fuzz oracle that hold the two to
/// the same tree.
#[doc(hidden)]
pub fn parse_recovering(src: &str) -> Parse {
    let lexed = lexer::lex(src);
    let mut diagnostics = lexed.diagnostics;
    let nodes = parser::parse_tokens(src, lexed.tokens, &mut diagnostics);
    cookiec_diagnostics::sort(&mut diagnostics);
    Parse {
        file: ast::SourceFile {
            nodes,
            comments: lexed.comments,
            span: Span::new(0, src.len()),
        },
        diagnostics,
    }
}

/// Whether the clean-file parser accepted `src`. For the agreement tests.
#[doc(hidden)]
pub fn parsed_clean(src: &str) -> bool {
    fast::parse_clean(src).is_ok()
}

/// Why the clean-file parser and the recovering parser disagree on `src`,
/// or `Ok`: the clean parser must accept exactly the files the recovering
/// one parses without a diagnostic, and build the same tree. For the tests
/// and the fuzz oracle.
#[doc(hidden)]
pub fn clean_parser_disagreement(src: &str) -> Result<(), String> {
    let full = parse_recovering(src);
    match fast::parse_clean(src) {
        Ok((nodes, comments)) => {
            if !full.diagnostics.is_empty() {
                return Err(format!(
                    "the clean parser accepted a file with diagnostics: {:?}",
                    full.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>()
                ));
            }
            if nodes != full.file.nodes {
                return Err("the clean parser built another tree".to_string());
            }
            if comments != full.file.comments {
                return Err("the clean parser kept other comments".to_string());
            }
            Ok(())
        }
        Err(lexer::Unclean) if full.diagnostics.is_empty() => {
            Err("the clean parser gave up on a file without diagnostics".to_string())
        }
        Err(lexer::Unclean) => Ok(()),
    }
}
