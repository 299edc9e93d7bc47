//! The parser for clean files: recursive descent straight off the lexer,
//! for a file with no lexical or syntax error.
//!
//! Most files a compiler or an editor sees parse without an error, and
//! chumsky's combinators cost about 700 instructions a token, half of a
//! whole check. This parser takes the same grammar as [`crate::parser`]
//! on its error-free path, builds the same tree, and gives up at the first
//! thing that is not clean: a lexical error, a token out of place, a stray
//! or missing `}`, nesting past [`MAX_NESTING`]. The caller then parses the
//! file again with chumsky, which recovers and reports. Giving up is always
//! safe; accepting is only allowed where chumsky would accept without an
//! error and build the same tree: `crate::clean_parser_disagreement` says
//! what that means, and `tests/clean_parser.rs` and the parse fuzz target's
//! oracle check it.

use crate::ast::*;
use crate::lexer::{CleanTokens, Token, Unclean};
use crate::parser::MAX_NESTING;
use cookiec_diagnostics::Span;

/// The nodes and comments of a clean file, or `Unclean`.
pub(crate) fn parse_clean(src: &str) -> Result<(Vec<Node>, Vec<Comment>), Unclean> {
    let mut p = Parser {
        tokens: CleanTokens::new(src),
        peek: None,
        depth: 0,
        node_stack: Vec::new(),
        value_stack: Vec::new(),
    };
    p.bump()?;
    loop {
        match p.peek_token() {
            None => break,
            Some(Token::Newline) => p.bump()?,
            Some(Token::Ident(_)) => {
                let n = p.node()?;
                p.node_stack.push(n);
            }
            Some(_) => return Err(Unclean),
        }
    }
    let nodes = take_from(&mut p.node_stack, 0);
    Ok((nodes, p.tokens.comments))
}

struct Parser<'src> {
    tokens: CleanTokens<'src>,
    /// The next token, not yet consumed.
    peek: Option<(Token<'src>, Span)>,
    /// Open `{` and `[`.
    depth: usize,
    /// The nodes and values of the blocks and lists being parsed, innermost
    /// last: each is moved out into a vector of its exact size once it is
    /// complete, so no vector of the tree grows by doubling or keeps slack.
    node_stack: Vec<Node>,
    value_stack: Vec<Value>,
}

impl<'src> Parser<'src> {
    fn bump(&mut self) -> Result<(), Unclean> {
        self.peek = self.tokens.next_token()?;
        Ok(())
    }

    fn peek_token(&self) -> Option<&Token<'src>> {
        self.peek.as_ref().map(|(t, _)| t)
    }

    /// Consume the next token, which must be `want`; its span.
    fn expect(&mut self, want: &Token<'_>) -> Result<Span, Unclean> {
        match self.peek.take() {
            Some((t, span)) if t == *want => {
                self.bump()?;
                Ok(span)
            }
            _ => Err(Unclean),
        }
    }

    fn open(&mut self) -> Result<(), Unclean> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(Unclean);
        }
        Ok(())
    }

    /// `name value* block?` and its terminator: a newline (consumed), the
    /// parent's `}` (left) or the end of the file.
    fn node(&mut self) -> Result<Node, Unclean> {
        let name = match self.peek.take() {
            Some((Token::Ident(s), span)) => Ident {
                name: s.to_string(),
                span,
            },
            _ => return Err(Unclean),
        };
        self.bump()?;
        // Most nodes have one value, or none: the first is moved into a
        // vector of one, and only a longer header goes through the stack.
        let values = if self.peek_token().is_some_and(starts_value) {
            let first = self.value()?;
            if self.peek_token().is_some_and(starts_value) {
                let mark = self.value_stack.len();
                self.value_stack.push(first);
                while self.peek_token().is_some_and(starts_value) {
                    let v = self.value()?;
                    self.value_stack.push(v);
                }
                take_from(&mut self.value_stack, mark)
            } else {
                vec![first]
            }
        } else {
            Vec::new()
        };
        let block = match self.peek_token() {
            Some(Token::LBrace) => Some(Box::new(self.block()?)),
            _ => None,
        };
        match self.peek_token() {
            Some(Token::Newline) => self.bump()?,
            Some(Token::RBrace) | None => {}
            Some(_) => return Err(Unclean),
        }
        let end = block
            .as_ref()
            .map(|b| b.span.end)
            .or_else(|| values.last().map(|v| v.span.end))
            .unwrap_or(name.span.end);
        Ok(Node {
            span: Span::new(name.span.start, end),
            name,
            values,
            block,
        })
    }

    /// `{ (node | newline)* }`; an unclosed block is not clean (chumsky
    /// accepts it and the tree reports it, which is the slow path's job).
    fn block(&mut self) -> Result<Block, Unclean> {
        let open = self.expect(&Token::LBrace)?;
        self.open()?;
        let mark = self.node_stack.len();
        loop {
            match self.peek_token() {
                Some(Token::Newline) => self.bump()?,
                Some(Token::Ident(_)) => {
                    let n = self.node()?;
                    self.node_stack.push(n);
                }
                _ => break,
            }
        }
        let nodes = take_from(&mut self.node_stack, mark);
        let close = self.expect(&Token::RBrace)?;
        self.depth -= 1;
        Ok(Block {
            nodes,
            span: Span::new(open.start, close.end),
            open,
            close: Some(close),
        })
    }

    fn value(&mut self) -> Result<Value, Unclean> {
        let Some((token, span)) = self.peek.take() else {
            return Err(Unclean);
        };
        let kind = match token {
            Token::Str { value, multiline } => ValueKind::String(StrLit {
                value: value.into_owned(),
                multiline,
            }),
            Token::Regex(r) => ValueKind::Regex(r.into_owned()),
            Token::Date { year, month, day } => ValueKind::Date(DateLit { year, month, day }),
            Token::Number(n) => ValueKind::Number(n.to_string()),
            Token::Ident(s) => ValueKind::Ident(s.to_string()),
            Token::LBracket => {
                self.peek = Some((token, span));
                return self.list();
            }
            _ => return Err(Unclean),
        };
        self.bump()?;
        Ok(Value { kind, span })
    }

    /// `[` newline* (value newline* (`,` newline* value newline*)* (`,`
    /// newline*)?)? `]`: the list as chumsky's `separated_by` with a
    /// trailing separator allowed reads it.
    fn list(&mut self) -> Result<Value, Unclean> {
        let open = self.expect(&Token::LBracket)?;
        self.open()?;
        self.newlines()?;
        let mark = self.value_stack.len();
        if self.peek_token().is_some_and(starts_value) {
            let v = self.value()?;
            self.value_stack.push(v);
            self.newlines()?;
            while let Some(Token::Comma) = self.peek_token() {
                self.bump()?;
                self.newlines()?;
                if !self.peek_token().is_some_and(starts_value) {
                    break;
                }
                let v = self.value()?;
                self.value_stack.push(v);
                self.newlines()?;
            }
        }
        let items = take_from(&mut self.value_stack, mark);
        let close = self.expect(&Token::RBracket)?;
        self.depth -= 1;
        Ok(Value {
            kind: ValueKind::List(items),
            span: Span::new(open.start, close.end),
        })
    }

    fn newlines(&mut self) -> Result<(), Unclean> {
        while let Some(Token::Newline) = self.peek_token() {
            self.bump()?;
        }
        Ok(())
    }
}

/// The entries of `stack` from `mark` on, in a vector of their exact size.
fn take_from<T>(stack: &mut Vec<T>, mark: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(stack.len().saturating_sub(mark));
    out.extend(stack.drain(mark..));
    out
}

/// The tokens a value starts with (chumsky's `atom` or a list).
/// [`Token::Error`] never reaches here: the clean lexer gives up on it.
fn starts_value(t: &Token<'_>) -> bool {
    matches!(
        t,
        Token::Str { .. }
            | Token::Regex(_)
            | Token::Date { .. }
            | Token::Number(_)
            | Token::Ident(_)
            | Token::LBracket
    )
}
