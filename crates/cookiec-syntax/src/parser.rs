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
use chumsky::error::{EmptyErr, LabelError};
use chumsky::extra::ParserExtra;
use chumsky::input::{BorrowInput, Input as _, ValueInput};
use chumsky::prelude::*;
use cookiec_diagnostics::{Diagnostic, Span};

/// The parser's input: lexer tokens, borrowed, with their spans.
trait Tokens<'src>:
    ValueInput<'src, Token = Token<'src>, Span = SimpleSpan>
    + BorrowInput<'src, Token = Token<'src>, Span = SimpleSpan>
{
}
impl<'src, I> Tokens<'src> for I where
    I: ValueInput<'src, Token = Token<'src>, Span = SimpleSpan>
        + BorrowInput<'src, Token = Token<'src>, Span = SimpleSpan>
{
}

/// What the parser is generic over: its error type. The full one, kept for
/// diagnostics, records every expected alternative at every failed attempt;
/// [`EmptyErr`] records nothing.
trait Extra<'src, I: Tokens<'src>>: ParserExtra<'src, I, Context = (), State = ()>
where
    Self::Error: LabelError<'src, I, &'static str>,
{
}
impl<'src, I: Tokens<'src>, E> Extra<'src, I> for E
where
    E: ParserExtra<'src, I, Context = (), State = ()>,
    E::Error: LabelError<'src, I, &'static str>,
{
}

type Detailed<'src> = extra::Err<Rich<'src, Token<'src>, SimpleSpan>>;
type Fast = extra::Err<EmptyErr>;

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

fn value<'src, I, E>() -> impl Parser<'src, I, Value, E> + Clone
where
    I: Tokens<'src>,
    E: Extra<'src, I> + 'src,
    E::Error: LabelError<'src, I, &'static str>,
{
    recursive(|value| {
        // By reference: a token is copied into the tree only once it matched.
        let atom = select_ref! {
            Token::Str { value, multiline } => ValueKind::String(StrLit {
                value: value.to_string(),
                multiline: *multiline,
            }),
            Token::Regex(r) => ValueKind::Regex(r.to_string()),
            Token::Date { year, month, day } => ValueKind::Date(DateLit {
                year: *year,
                month: *month,
                day: *day,
            }),
            Token::Number(n) => ValueKind::Number(n.to_string()),
            Token::Ident(s) => ValueKind::Ident(s.to_string()),
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
fn rest_of_line<'src, I, E>() -> impl Parser<'src, I, (), E> + Clone
where
    I: Tokens<'src>,
    E: Extra<'src, I> + 'src,
    E::Error: LabelError<'src, I, &'static str>,
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

fn node<'src, I, E>() -> impl Parser<'src, I, Option<Node>, E> + Clone
where
    I: Tokens<'src>,
    E: Extra<'src, I> + 'src,
    E::Error: LabelError<'src, I, &'static str>,
{
    recursive(|node| {
        let ident = select_ref! { Token::Ident(s) => *s }
            .map_with(|name: &str, e| Ident {
                name: name.to_string(),
                span: sp(e.span()),
            })
            .labelled("a name");
        let item = node
            .clone()
            .or(just(Token::Newline).to(None))
            .repeated()
            .collect::<BlockNodes>();
        let block = just(Token::LBrace)
            .map_with(|_, e| sp(e.span()))
            .then(item)
            .then(just(Token::RBrace).map_with(|_, e| sp(e.span())).or_not())
            .map_with(|((open, nodes), close), e| Block {
                nodes: nodes.0,
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
                    block: block.map(Box::new),
                    span: Span::new(start, end),
                })
            })
            .recover_with(via_parser(rest_of_line().to(None)))
    })
}

fn file<'src, I, E>() -> impl Parser<'src, I, Vec<TopItem>, E>
where
    I: Tokens<'src>,
    E: Extra<'src, I> + 'src,
    E::Error: LabelError<'src, I, &'static str>,
{
    let top = node()
        .map(|n| n.map(TopItem::Node).unwrap_or(TopItem::Skipped))
        .or(just(Token::Newline).to(TopItem::Skipped))
        .or(just(Token::RBrace).map_with(|_, e| TopItem::StrayClose(sp(e.span()))));
    top.repeated().collect().then_ignore(end())
}

/// The nodes of a block as they are parsed, blank lines left out (rather
/// than collected with them and copied into a second vector).
#[derive(Default)]
struct BlockNodes(Vec<Node>);

impl chumsky::container::Container<Option<Node>> for BlockNodes {
    fn push(&mut self, item: Option<Node>) {
        if let Some(n) = item {
            self.0.push(n);
        }
    }
}

/// How deep `{` and `[` may nest. Real policies use three levels; the limit
/// keeps the recursive parser, checker and formatter far from the stack's
/// end on hostile input (tens of thousands of `{` would overflow it).
pub const MAX_NESTING: usize = 32;

/// Drop the tokens nested deeper than [`MAX_NESTING`] (the openers and
/// closers that bound them included, so what remains stays balanced),
/// reporting the first one once.
fn limit_nesting<'src>(
    tokens: Vec<(Token<'src>, Span)>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(Token<'src>, SimpleSpan)> {
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
            out.push((t, SimpleSpan::from(s.start..s.end)));
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
pub(crate) fn parse_tokens<'src>(
    src: &'src str,
    tokens: Vec<(Token<'src>, Span)>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Node> {
    let tokens = limit_nesting(tokens, diags);
    let eoi = SimpleSpan::from(src.len()..src.len());
    // Most files parse without an error. Recording what was expected at
    // every failed alternative is most of the cost of a parse, so the first
    // pass records nothing; only a file with an error is parsed again, with
    // full detail, for its diagnostics. Both passes take the same path
    // through the grammar (the error type never steers it), so their trees
    // are the same (`fast_and_detailed_passes_agree` checks it).
    let (items, errors) = file::<_, Fast>()
        .parse(tokens.as_slice().split_token_span(eoi))
        .into_output_errors();
    let items = if errors.is_empty() {
        items
    } else {
        detailed(src, &tokens, diags)
    };
    into_nodes(items.unwrap_or_default(), diags)
}

fn detailed<'src>(
    src: &'src str,
    tokens: &'src [(Token<'src>, SimpleSpan)],
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<TopItem>> {
    let eoi = SimpleSpan::from(src.len()..src.len());
    let (items, errors) = file::<_, Detailed<'src>>()
        .parse(tokens.split_token_span(eoi))
        .into_output_errors();
    for e in errors {
        // A token the lexer rejected has been reported already.
        if matches!(e.found(), Some(Token::Error)) {
            continue;
        }
        diags.push(rich_to_diagnostic(src, &e));
    }
    items
}

fn into_nodes(items: Vec<TopItem>, diags: &mut Vec<Diagnostic>) -> Vec<Node> {
    let mut nodes = Vec::new();
    for item in items {
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

fn rich_to_diagnostic(src: &str, e: &Rich<'_, Token<'_>, SimpleSpan>) -> Diagnostic {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut out = Vec::new();
        for dir in ["examples", "tests/fixtures/valid", "tests/fixtures/invalid"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "cookies") {
                    if let Ok(s) = std::fs::read_to_string(&p) {
                        out.push(s);
                    }
                }
            }
        }
        out
    }

    /// The fast pass is trusted for files without errors because the error
    /// type never steers the grammar. Compare both passes' trees on the
    /// repository's files and on broken variants of them (a byte cut out,
    /// or a stray `]` or `{` put in, every few lines), where recovery runs.
    #[test]
    fn fast_and_detailed_passes_agree() {
        let files = files();
        assert!(files.len() > 10, "examples and fixtures are found");
        let mut broken_runs = 0;
        for src in &files {
            let mut variants = vec![src.clone()];
            for cut in (0..src.len()).step_by(97).take(12) {
                if src.is_char_boundary(cut) && src.is_char_boundary(cut + 1) {
                    for with in ["", " ] ", " { "] {
                        let mut v = src.clone();
                        v.replace_range(cut..cut + 1, with);
                        variants.push(v);
                    }
                }
            }
            for v in &variants {
                let mut d = Vec::new();
                let tokens = limit_nesting(crate::lexer::lex(v).tokens, &mut d);
                let eoi = SimpleSpan::from(v.len()..v.len());
                let (fast, errors) = file::<_, Fast>()
                    .parse(tokens.as_slice().split_token_span(eoi))
                    .into_output_errors();
                let full = detailed(v, &tokens, &mut d);
                if !errors.is_empty() {
                    broken_runs += 1;
                }
                let fast = into_nodes(fast.unwrap_or_default(), &mut Vec::new());
                let full = into_nodes(full.unwrap_or_default(), &mut Vec::new());
                assert_eq!(fast, full, "trees differ for:\n{v}");
            }
        }
        assert!(broken_runs > 20, "recovery ran on the broken variants");
    }
}
