//! The chumsky parser over lexer tokens.
//!
//! Recovery is line-based, because a node ends at a newline: a node that
//! does not parse is skipped up to the end of its line (keeping nested
//! `{...}` balanced), so one mistake gives one diagnostic and the rest of
//! the file is still parsed. Blocks tolerate a missing `}` (reported from
//! the tree afterwards), so an unclosed block never turns its fields into
//! top-level declarations.

use crate::ast::*;
use crate::codes;
use crate::lexer::Token;
use chumsky::input::{Stream, ValueInput};
use chumsky::prelude::*;
use cookiec_diagnostics::{Diagnostic, Span};

type Err<'src> = extra::Err<Rich<'src, Token, SimpleSpan>>;

fn sp(s: SimpleSpan) -> Span {
    Span::new(s.start, s.end)
}

/// What the top level is made of.
#[derive(Clone, Debug)]
enum TopItem {
    Node(Node),
    Skipped,
    StrayClose(Span),
}

fn value<'src, I>() -> impl Parser<'src, I, Value, Err<'src>> + Clone
where
    I: ValueInput<'src, Token = Token, Span = SimpleSpan>,
{
    recursive(|value| {
        let atom = select! {
            Token::Str { value, multiline } => ValueKind::String(StrLit { value, multiline }),
            Token::Regex(r) => ValueKind::Regex(r),
            Token::Date { year, month, day } => ValueKind::Date(DateLit { year, month, day }),
            Token::Number(n) => ValueKind::Number(n),
            Token::Ident(s) => ValueKind::Ident(s),
            Token::Error => ValueKind::Error,
        }
        .labelled("a value");
        let newlines = just(Token::Newline).repeated();
        let list = value
            .then_ignore(newlines.clone())
            .separated_by(just(Token::Comma).then(newlines.clone()))
            .allow_trailing()
            .collect::<Vec<Value>>()
            .delimited_by(just(Token::LBracket).then(newlines), just(Token::RBracket))
            .map(ValueKind::List)
            .labelled("a list");
        atom.or(list).map_with(|kind, e| Value {
            kind,
            span: sp(e.span()),
        })
    })
}

/// Tokens up to the end of the line, keeping `{...}` and `[...]` groups
/// balanced so a skipped line never swallows half a block.
fn rest_of_line<'src, I>() -> impl Parser<'src, I, (), Err<'src>> + Clone
where
    I: ValueInput<'src, Token = Token, Span = SimpleSpan>,
{
    let group = nested_delimiters(
        Token::LBrace,
        Token::RBrace,
        [(Token::LBracket, Token::RBracket)],
        |_| (),
    );
    let plain = none_of([Token::Newline, Token::RBrace, Token::LBrace]).ignored();
    group
        .or(plain)
        .repeated()
        .at_least(1)
        .then(just(Token::Newline).or_not())
        .ignored()
}

fn node<'src, I>() -> impl Parser<'src, I, Option<Node>, Err<'src>> + Clone
where
    I: ValueInput<'src, Token = Token, Span = SimpleSpan>,
{
    recursive(|node| {
        let ident = select! { Token::Ident(s) => s }
            .map_with(|name, e| Ident {
                name,
                span: sp(e.span()),
            })
            .labelled("a name");
        let item = node
            .clone()
            .or(just(Token::Newline).to(None))
            .repeated()
            .collect::<Vec<Option<Node>>>();
        let block = just(Token::LBrace)
            .map_with(|_, e| sp(e.span()))
            .then(item)
            .then(just(Token::RBrace).map_with(|_, e| sp(e.span())).or_not())
            .map_with(|((open, nodes), close), e| Block {
                nodes: nodes.into_iter().flatten().collect(),
                span: sp(e.span()),
                open,
                close,
            });
        // A node ends at a newline, before the `}` of its parent, or at the
        // end of the file. Anything else on the line is reported once and
        // skipped, keeping the node.
        let terminator = just(Token::Newline)
            .ignored()
            .or(just(Token::RBrace).rewind().ignored())
            .or(end())
            .labelled("end of line")
            .recover_with(via_parser(rest_of_line()));
        ident
            .then(value().repeated().collect::<Vec<Value>>())
            .then(block.or_not())
            .then_ignore(terminator)
            .map(|((name, values), block)| {
                let start = name.span.start;
                let end = block
                    .as_ref()
                    .map(|b| b.span.end)
                    .or_else(|| values.last().map(|v| v.span.end))
                    .unwrap_or(name.span.end);
                Some(Node {
                    name,
                    values,
                    block,
                    span: Span::new(start, end),
                })
            })
            .recover_with(via_parser(rest_of_line().to(None)))
    })
}

fn file<'src, I>() -> impl Parser<'src, I, Vec<TopItem>, Err<'src>>
where
    I: ValueInput<'src, Token = Token, Span = SimpleSpan>,
{
    let top = node()
        .map(|n| n.map(TopItem::Node).unwrap_or(TopItem::Skipped))
        .or(just(Token::Newline).to(TopItem::Skipped))
        .or(just(Token::RBrace).map_with(|_, e| TopItem::StrayClose(sp(e.span()))));
    top.repeated().collect().then_ignore(end())
}

/// How deep `{` and `[` may nest. Real policies use three levels; the limit
/// keeps the recursive parser, checker and formatter far from the stack's
/// end on hostile input (tens of thousands of `{` would overflow it).
pub const MAX_NESTING: usize = 32;

/// Drop the tokens nested deeper than [`MAX_NESTING`] (the openers and
/// closers that bound them included, so what remains stays balanced),
/// reporting the first one once.
fn limit_nesting(tokens: Vec<(Token, Span)>, diags: &mut Vec<Diagnostic>) -> Vec<(Token, Span)> {
    let mut depth = 0usize;
    let mut reported = false;
    let mut out = Vec::with_capacity(tokens.len());
    for (t, s) in tokens {
        let keep = match t {
            Token::LBrace | Token::LBracket => {
                depth += 1;
                depth <= MAX_NESTING
            }
            Token::RBrace | Token::RBracket => {
                let keep = depth <= MAX_NESTING;
                depth = depth.saturating_sub(1);
                keep
            }
            _ => depth <= MAX_NESTING,
        };
        if keep {
            out.push((t, s));
        } else if !reported {
            reported = true;
            diags.push(
                Diagnostic::error(
                    codes::TOO_DEEPLY_NESTED,
                    format!("blocks and lists nest more than {MAX_NESTING} levels deep"),
                    s,
                )
                .with_label("too deep")
                .with_help("a policy needs three levels at most; what is nested deeper is skipped"),
            );
        }
    }
    out
}

/// Parse lexer tokens into nodes, appending diagnostics.
pub(crate) fn parse_tokens(
    src: &str,
    tokens: Vec<(Token, Span)>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Node> {
    let tokens = limit_nesting(tokens, diags);
    let eoi = SimpleSpan::from(src.len()..src.len());
    let stream = Stream::from_iter(
        tokens
            .into_iter()
            .map(|(t, s)| (t, SimpleSpan::from(s.start..s.end))),
    )
    .map(eoi, |(t, s): (_, _)| (t, s));
    let (items, errors) = file().parse(stream).into_output_errors();
    for e in errors {
        // A token the lexer rejected has been reported already.
        if matches!(e.found(), Some(Token::Error)) {
            continue;
        }
        diags.push(rich_to_diagnostic(src, &e));
    }
    let mut nodes = Vec::new();
    for item in items.unwrap_or_default() {
        match item {
            TopItem::Node(n) => nodes.push(n),
            TopItem::Skipped => {}
            TopItem::StrayClose(span) => diags.push(
                Diagnostic::error(codes::UNMATCHED_CLOSE, "unmatched `}`", span)
                    .with_label("no `{` is open here")
                    .with_help("remove it, or check the block above for an extra `}`")
                    .with_fix(cookiec_diagnostics::Fix::replace(
                        "remove the `}`",
                        span,
                        "",
                        false,
                    )),
            ),
        }
    }
    report_unclosed(&nodes, diags);
    nodes
}

fn report_unclosed(nodes: &[Node], diags: &mut Vec<Diagnostic>) {
    for n in nodes {
        if let Some(b) = &n.block {
            if b.close.is_none() {
                diags.push(
                    Diagnostic::error(
                        codes::UNCLOSED_BLOCK,
                        format!("`{}` block is never closed", n.name.name),
                        b.open,
                    )
                    .with_label("this `{` has no matching `}`")
                    .with_secondary(Span::point(b.span.end), "the file ends here")
                    .with_help("add a `}` at the end of the block"),
                );
            }
            report_unclosed(&b.nodes, diags);
        }
    }
}

fn rich_to_diagnostic(src: &str, e: &Rich<'_, Token, SimpleSpan>) -> Diagnostic {
    let span = sp(*e.span());
    let found = match e.found() {
        Some(t) => t.to_string(),
        None => "the end of the file".to_string(),
    };
    let mut expected: Vec<String> = e
        .expected()
        .map(|p| match p {
            chumsky::error::RichPattern::Token(t) => t.to_string(),
            chumsky::error::RichPattern::Label(l) => l.to_string(),
            chumsky::error::RichPattern::EndOfInput => "end of file".to_string(),
            other => other.to_string(),
        })
        .collect();
    expected.sort();
    expected.dedup();
    let expected_text = match expected.as_slice() {
        [] => "something else".to_string(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    };
    let mut d = Diagnostic::error(
        codes::UNEXPECTED_TOKEN,
        format!("unexpected {found}: expected {expected_text}"),
        span,
    )
    .with_label(format!("expected {expected_text}"));
    let text = span.slice(src);
    d = if expected.iter().any(|x| x == "`]`") {
        d.with_help("a list opened with `[` must be closed with `]`; items are separated by `,`")
    } else if matches!(e.found(), Some(Token::LBrace)) {
        d.with_help("a block opens on the same line as its declaration: `category essential {`")
    } else if matches!(
        e.found(),
        Some(Token::Str { .. } | Token::Number(_) | Token::Date { .. })
    ) {
        d.with_help("a line starts with a field or declaration name, e.g. `purpose \"...\"`")
    } else if text == "," {
        d.with_help("list items are separated by `,` only inside `[...]`")
    } else {
        d.with_help("each line holds one field: a name followed by its values")
    };
    d
}
