/**
 * Tree-sitter grammar for .cookies, the cookie-policy language of cookiec.
 *
 * It mirrors grammar/cookies.ebnf, the generic node grammar the compiler's
 * parser implements: a file is a list of nodes; a node is a name, values and
 * an optional block, and ends at a newline, at the `}` closing its parent, or
 * at the end of the file. Which names are allowed where is the schema's job,
 * not this grammar's, so the editor grammar and the compiler agree on every
 * file that parses. Newlines are significant (they end nodes) outside
 * `[...]`, so they are not extras: only blanks and comments are.
 *
 * @file .cookies grammar for tree-sitter
 * @license MIT
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

// The node terminator. An anonymous token rather than a hidden rule, so that
// a missing one (`a { b } c` on one line) shows up as a MISSING node that
// tools walking the tree, like `tree-sitter parse`, report.
const NL = '\n';

module.exports = grammar({
  name: 'cookies',

  extras: $ => [/[ \t\r\f]/, $.comment],

  word: $ => $.identifier,

  rules: {
    // Nodes separated by newlines; the last one may end at end of file.
    source_file: $ => seq(
      repeat(choice(NL, seq($.node, NL))),
      optional($.node),
    ),

    node: $ => seq(
      field('name', $.identifier),
      repeat(field('value', $._value)),
      optional(field('block', $.block)),
    ),

    // The last node of a block may end at the `}` (lookahead terminator).
    block: $ => seq(
      '{',
      repeat(choice(NL, seq($.node, NL))),
      optional($.node),
      '}',
    ),

    _value: $ => choice(
      $.string,
      $.multiline_string,
      $.regex,
      $.date,
      $.number,
      $.identifier,
      $.list,
    ),

    // Newlines are allowed anywhere inside brackets; commas separate values
    // and one trailing comma is allowed.
    list: $ => seq(
      '[',
      repeat(NL),
      optional(seq(
        $._value,
        repeat(NL),
        repeat(seq(',', repeat(NL), $._value, repeat(NL))),
        optional(seq(',', repeat(NL))),
      )),
      ']',
    ),

    // Only the escapes the compiler accepts, so an unknown one (E103) is an
    // ERROR here too.
    string: $ => seq(
      '"',
      repeat(choice($.string_content, $.escape_sequence)),
      token.immediate('"'),
    ),
    string_content: _ => token.immediate(prec(1, /[^"\\\n]+/)),
    escape_sequence: _ => token.immediate(/\\(["\\ntr]|u\{[0-9a-fA-F]+\})/),

    // Ends at the first `"""`, as in the compiler's lexer. The delimiters
    // are separate tokens so that an unclosed `"""` is an error (the
    // compiler reads it to the end of the file), never two empty strings.
    multiline_string: $ => seq(
      '"""',
      optional($._multiline_content),
      token.immediate('"""'),
    ),
    _multiline_content: _ => token.immediate(/([^"]|"[^"]|""[^"])+/),

    regex: _ => token(seq('/', /([^/\\\n]|\\[^\n])+/, '/')),

    date: _ => token(prec(1, /[0-9]{4}-[0-9]{2}(-[0-9]{2})?/)),

    number: _ => /[0-9]+(\.[0-9]+)?/,

    identifier: _ => /[A-Za-z_][A-Za-z0-9_-]*/,

    comment: _ => token(seq('#', /[^\n]*/)),

  },
});
