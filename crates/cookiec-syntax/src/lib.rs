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
pub mod lexer;
mod parser;

pub use codes::CODES;
pub use escape::quote;

use cookiec_diagnostics::{Diagnostic, Span};

/// The result of parsing: always a tree (possibly partial) and the
/// lexical and syntax diagnostics, sorted by position.
#[derive(Clone, Debug)]
pub struct Parse {
    pub file: ast::SourceFile,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn parse(src: &str) -> Parse {
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
