//! The logos lexer. It never aborts: bytes that form no token become
//! [`Token::Error`] with a diagnostic, unterminated strings and regexes are
//! still returned as values (with a diagnostic) so the parser can go on.

use crate::codes;
use cookiec_diagnostics::{Diagnostic, Span};
use logos::Logos;
use std::borrow::Cow;

/// Raw token kinds as logos sees them.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(skip r"[ \t\r\f]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"#[^\n\r]*", allow_greedy = true)]
    Comment,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(",")]
    Comma,
    #[token("\"\"\"", lex_triple)]
    TripleString(bool),
    #[regex(r#""([^"\\\n]|\\[^\n])*""#)]
    String,
    #[regex(r#""([^"\\\n]|\\[^\n])*"#, priority = 1)]
    UnterminatedString,
    /// `/.../`; the bool says whether the closing `/` was found.
    #[token("/", lex_regex)]
    Regex(bool),
    #[regex(r"[0-9]{4}-[0-9]{2}(-[0-9]{2})?")]
    Date,
    #[regex(r"[0-9]+(\.[0-9]+)?")]
    Number,
    #[regex(r"[A-Za-z_][A-Za-z0-9_-]*")]
    Ident,
}

/// Scan to the closing `"""`; the bool says whether it was found.
fn lex_triple(lex: &mut logos::Lexer<Raw>) -> bool {
    let rest = lex.remainder();
    match rest.find("\"\"\"") {
        Some(i) => {
            lex.bump(i + 3);
            true
        }
        None => {
            lex.bump(rest.len());
            false
        }
    }
}

/// Scan a regex literal to its closing `/` on the same line. When it is
/// not closed, stop before a trailing ` {` (and anything after it): in
/// `cookie /^_hj[0-9]+ {` the brace opens the declaration's block, and
/// swallowing it would spill the block's fields to the top level.
fn lex_regex(lex: &mut logos::Lexer<Raw>) -> bool {
    let rest = lex.remainder();
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let line = rest.get(..line_end).unwrap_or("");
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '/' => {
                lex.bump(i + 1);
                return true;
            }
            _ => {}
        }
    }
    let mut end = line.trim_end_matches(['\r']).len();
    if let Some(brace) = line.rfind(" {").or_else(|| line.rfind("\t{")) {
        let after = line.get(brace + 2..).unwrap_or("");
        let after = after.split('#').next().unwrap_or("");
        if after.trim().is_empty() {
            end = line
                .get(..brace)
                .map(str::trim_end)
                .map(str::len)
                .unwrap_or(brace);
        }
    }
    lex.bump(end);
    false
}

/// A token with its payload already decoded. Payloads borrow from the
/// source where the text needs no decoding, so a token is cheap to clone
/// while the parser tries alternatives.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Token<'src> {
    Newline,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Comma,
    /// Decoded string; `multiline` for `"""`.
    Str {
        value: Cow<'src, str>,
        multiline: bool,
    },
    Regex(Cow<'src, str>),
    Date {
        year: u16,
        month: u8,
        day: Option<u8>,
    },
    Number(&'src str),
    Ident(&'src str),
    /// Already reported by the lexer.
    Error,
}

impl std::fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Token::Newline => write!(f, "end of line"),
            Token::LBrace => write!(f, "`{{`"),
            Token::RBrace => write!(f, "`}}`"),
            Token::LBracket => write!(f, "`[`"),
            Token::RBracket => write!(f, "`]`"),
            Token::Comma => write!(f, "`,`"),
            Token::Str { .. } => write!(f, "a string"),
            Token::Regex(_) => write!(f, "a regex"),
            Token::Date { .. } => write!(f, "a date"),
            Token::Number(_) => write!(f, "a number"),
            Token::Ident(s) => write!(f, "`{s}`"),
            Token::Error => write!(f, "an invalid token"),
        }
    }
}

/// The lexer's output: significant tokens, comments, and lexical errors.
#[derive(Debug, Default)]
pub struct Lexed<'src> {
    pub tokens: Vec<(Token<'src>, Span)>,
    pub comments: Vec<crate::ast::Comment>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn lex(src: &str) -> Lexed<'_> {
    let mut out = Lexed::default();
    // About one token per seven bytes in real policies: reserving avoids
    // copying a growing vector of tokens many times over.
    out.tokens.reserve(src.len() / 7);
    let mut lexer = Raw::lexer(src);
    // Adjacent unknown characters are reported once, as one span.
    let mut pending_error: Option<Span> = None;
    while let Some(raw) = lexer.next() {
        let span = Span::from(lexer.span());
        let raw = match raw {
            Ok(raw) => raw,
            Err(()) => {
                pending_error = Some(match pending_error {
                    Some(p) if p.end == span.start => p.to(span),
                    Some(p) => {
                        flush_error(src, p, &mut out);
                        span
                    }
                    None => span,
                });
                continue;
            }
        };
        if let Some(p) = pending_error.take() {
            flush_error(src, p, &mut out);
        }
        match decode(raw, lexer.slice(), span, &mut out.diagnostics) {
            Lexeme::Token(token) => out.tokens.push((token, span)),
            Lexeme::Comment(c) => out.comments.push(c),
        }
    }
    if let Some(p) = pending_error.take() {
        flush_error(src, p, &mut out);
    }
    out
}

/// What one raw token becomes.
enum Lexeme<'src> {
    Token(Token<'src>),
    Comment(crate::ast::Comment),
}

/// Decode one raw token, reporting what is wrong with it into `diags`.
fn decode<'src>(
    raw: Raw,
    text: &'src str,
    span: Span,
    diags: &mut Vec<Diagnostic>,
) -> Lexeme<'src> {
    let token = match raw {
        Raw::Newline => Token::Newline,
        Raw::Comment => {
            return Lexeme::Comment(crate::ast::Comment {
                text: text.trim_end_matches('\r').to_string(),
                span,
            })
        }
        Raw::LBrace => Token::LBrace,
        Raw::RBrace => Token::RBrace,
        Raw::LBracket => Token::LBracket,
        Raw::RBracket => Token::RBracket,
        Raw::Comma => Token::Comma,
        Raw::TripleString(closed) => {
            let inner_end = if closed {
                text.len().saturating_sub(3)
            } else {
                text.len()
            };
            let inner = text.get(3..inner_end).unwrap_or("");
            if !closed {
                diags.push(
                    Diagnostic::error(
                        codes::UNTERMINATED_STRING,
                        "unterminated multi-line string",
                        Span::new(span.start, span.start + 3),
                    )
                    .with_label("this `\"\"\"` is never closed")
                    .with_help("close the string with `\"\"\"`"),
                );
            }
            Token::Str {
                value: Cow::Owned(dedent(inner)),
                multiline: true,
            }
        }
        Raw::String => {
            let inner = text.get(1..text.len().saturating_sub(1)).unwrap_or("");
            Token::Str {
                value: unescape(inner, span.start + 1, diags),
                multiline: false,
            }
        }
        Raw::UnterminatedString => {
            diags.push(
                Diagnostic::error(codes::UNTERMINATED_STRING, "unterminated string", span)
                    .with_label("this string is not closed before the end of the line")
                    .with_help("add a closing `\"`; strings cannot span lines (use `\"\"\"` for multi-line text)")
                    .with_fix(cookiec_diagnostics::Fix::replace(
                        "close the string",
                        Span::point(span.end),
                        "\"",
                        true,
                    )),
            );
            let inner = text.get(1..).unwrap_or("");
            Token::Str {
                value: unescape(inner, span.start + 1, diags),
                multiline: false,
            }
        }
        Raw::Regex(true) => {
            let inner = text.get(1..text.len().saturating_sub(1)).unwrap_or("");
            Token::Regex(if inner.contains("\\/") {
                Cow::Owned(inner.replace("\\/", "/"))
            } else {
                Cow::Borrowed(inner)
            })
        }
        Raw::Regex(false) => {
            diags.push(
                Diagnostic::error(codes::UNTERMINATED_REGEX, "unterminated regex", span)
                    .with_label("this regex is not closed with `/` before the end of the line")
                    .with_help(
                        "regex literals are written `/pattern/`; comments start with `#`, not `//`",
                    )
                    .with_fix(cookiec_diagnostics::Fix::replace(
                        "close the regex",
                        Span::point(span.end),
                        "/",
                        false,
                    )),
            );
            Token::Error
        }
        Raw::Date => date_token(text).unwrap_or(Token::Error),
        Raw::Number => Token::Number(text),
        Raw::Ident => Token::Ident(text),
    };
    Lexeme::Token(token)
}

/// Tokens one at a time for a file expected to be clean: the first
/// lexical error ends the stream with [`Unclean`], so the caller can fall
/// back to [`lex`] and the full parser, which report it. Comments are
/// collected on the way. Nothing is buffered, so a clean file is parsed
/// without a token vector.
pub(crate) struct CleanTokens<'src> {
    lexer: logos::Lexer<'src, Raw>,
    pub(crate) comments: Vec<crate::ast::Comment>,
    scratch: Vec<Diagnostic>,
}

/// The file has a lexical error (or, from the parser, a syntax error).
#[derive(Debug)]
pub struct Unclean;

impl<'src> CleanTokens<'src> {
    pub(crate) fn new(src: &'src str) -> Self {
        Self {
            lexer: Raw::lexer(src),
            comments: Vec::new(),
            scratch: Vec::new(),
        }
    }

    pub(crate) fn next_token(&mut self) -> Result<Option<(Token<'src>, Span)>, Unclean> {
        loop {
            let Some(raw) = self.lexer.next() else {
                return Ok(None);
            };
            let raw = raw.map_err(|()| Unclean)?;
            let span = Span::from(self.lexer.span());
            // The tokens that need no decoding, which are most of them,
            // without the round trip through `decode`.
            let plain = match raw {
                Raw::Newline => Some(Token::Newline),
                Raw::LBrace => Some(Token::LBrace),
                Raw::RBrace => Some(Token::RBrace),
                Raw::Ident => Some(Token::Ident(self.lexer.slice())),
                _ => None,
            };
            if let Some(t) = plain {
                return Ok(Some((t, span)));
            }
            let lexeme = decode(raw, self.lexer.slice(), span, &mut self.scratch);
            if !self.scratch.is_empty() {
                return Err(Unclean);
            }
            match lexeme {
                Lexeme::Token(Token::Error) => return Err(Unclean),
                Lexeme::Token(t) => return Ok(Some((t, span))),
                Lexeme::Comment(c) => self.comments.push(c),
            }
        }
    }
}

fn flush_error(src: &str, span: Span, out: &mut Lexed<'_>) {
    let text = span.slice(src);
    let shown: String = text.chars().take(12).flat_map(char::escape_debug).collect();
    let mut d = Diagnostic::error(
        codes::INVALID_CHARACTER,
        format!("unexpected character `{shown}`"),
        span,
    )
    .with_label("not part of any token");
    d = match text.chars().next() {
        Some('“' | '”') => d
            .with_help("use straight quotes `\"` for strings")
            .with_fix(cookiec_diagnostics::Fix::replace(
                "use a straight quote",
                span,
                "\"".repeat(text.chars().count()),
                true,
            )),
        Some('=' | ':') => d.with_help("fields are written `name value`, without `=` or `:`"),
        Some(';') => d.with_help("a field ends at the end of the line; no `;` is needed"),
        Some('/') => d.with_help("comments start with `#`"),
        _ => d.with_help("remove it, or put it inside a string"),
    };
    out.diagnostics.push(d);
    out.tokens.push((Token::Error, span));
}

fn date_token(text: &str) -> Option<Token<'static>> {
    let year = text.get(0..4)?.parse().ok()?;
    let month = text.get(5..7)?.parse().ok()?;
    let day = match text.get(8..10) {
        Some(d) => Some(d.parse().ok()?),
        None => None,
    };
    Some(Token::Date { year, month, day })
}

/// Resolve escapes; an unknown escape is reported (E103) and kept verbatim.
/// Text without a backslash is returned as it stands, without a copy.
fn unescape<'src>(s: &'src str, base: usize, diags: &mut Vec<Diagnostic>) -> Cow<'src, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(unescape_owned(s, base, diags))
}

fn unescape_owned(s: &str, base: usize, diags: &mut Vec<Diagnostic>) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'u' => {
                // \u{XXXX}
                let rest = s.get(i + 2..).unwrap_or("");
                let decoded = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|end| (r, end)))
                    .and_then(|(r, end)| {
                        let hex = r.get(..end)?;
                        let ch = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)?;
                        Some((ch, end + 2))
                    });
                match decoded {
                    Some((ch, consumed)) => {
                        out.push(ch);
                        for _ in 0..consumed {
                            chars.next();
                        }
                    }
                    None => {
                        diags.push(
                            Diagnostic::error(
                                codes::INVALID_ESCAPE,
                                "invalid unicode escape",
                                Span::new(base + i, base + i + 2),
                            )
                            .with_help("write a code point as `\\u{1F36A}`"),
                        );
                        out.push_str("\\u");
                    }
                }
            }
            other => {
                let len = other.len_utf8();
                diags.push(
                    Diagnostic::error(
                        codes::INVALID_ESCAPE,
                        format!("unknown escape `\\{other}`"),
                        Span::new(base + i, base + i + 1 + len),
                    )
                    .with_help("valid escapes: `\\\"` `\\\\` `\\n` `\\t` `\\r` `\\u{...}`"),
                );
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}

/// Multi-line strings: drop the first line if blank, the last line if only
/// indentation, and the indentation common to all non-blank lines, so the
/// text can be indented with the block it sits in.
pub fn dedent(s: &str) -> String {
    let s = s.replace("\r\n", "\n");
    let mut lines: Vec<&str> = s.split('\n').collect();
    if lines.first().is_some_and(|l| l.trim().is_empty()) && lines.len() > 1 {
        lines.remove(0);
    }
    if lines.last().is_some_and(|l| l.trim().is_empty()) && !lines.is_empty() {
        lines.pop();
    }
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or_else(|| l.trim_start()))
        .collect::<Vec<_>>()
        .join("\n")
}
