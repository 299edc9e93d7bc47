//! Lexer, parser and lossless spanned AST of the .cookies language

pub mod ast;
