// TextMate grammar tests: tokenize hand-written samples and every example
// with the real vscode-textmate engine and assert the scopes VS Code themes
// colour by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize, scopesOf, repoRoot } from './tokenize.mjs';

const SAMPLE = `# Cookies of the Fluxent site.
policy "Fluxent" {
  controller "Fluxent Technologies, Inc."
  email "privacy@fluxent.example"
  updated 2026-03
  effective 2026-06-01
  languages [en, de]
  commitments [no-sale, no-sharing]
  summary """
    We use "few" cookies. # not a comment
  """
}

category analytics {
  title { en "Analytics"  de "Statistik" }
  consent {
    default opt-in
    us-ca opt-out
  }
  tcf-purposes [1, 7]
}

provider stripe { name "Stripe" }

cookie /^_ga_[A-Z0-9]+\\/x$/ {
  category analytics # trailing comment
  provider stripe
  purpose "Counts \\"visits\\"\\n and \\q"
  lifetime sliding configurable 1 year 6 months
  secure
  http-only no
  same-site lax
  misspelt-field 2
}
}  # stray
`;

let tokens;
const scopes = async (needle, occurrence = 0, offset = 0) => {
  tokens ??= (await tokenize(SAMPLE)).tokens;
  return scopesOf(tokens, SAMPLE, needle, occurrence, offset);
};
const has = (list, scope) =>
  assert.ok(list.includes(scope), `expected ${scope} in [${list.join(', ')}]`);
const hasNone = (list, prefix) =>
  assert.ok(!list.some(s => s.startsWith(prefix)), `expected no ${prefix}* in [${list.join(', ')}]`);

test('comments', async () => {
  has(await scopes('# Cookies'), 'comment.line.number-sign.cookies');
  has(await scopes('# Cookies'), 'punctuation.definition.comment.cookies');
  has(await scopes('trailing comment'), 'comment.line.number-sign.cookies');
  // A `#` inside a multi-line string is text.
  hasNone(await scopes('# not a comment'), 'comment');
});

test('declarations and their ids', async () => {
  has(await scopes('policy'), 'keyword.declaration.cookies');
  has(await scopes('category analytics {'), 'keyword.declaration.cookies');
  has(await scopes('analytics {'), 'entity.name.type.category.cookies');
  has(await scopes('stripe {'), 'entity.name.type.provider.cookies');
  has(await scopes('cookie /'), 'keyword.declaration.cookies');
});

test('fields, keys and references', async () => {
  has(await scopes('controller'), 'support.type.property-name.cookies');
  has(await scopes('lifetime'), 'support.type.property-name.cookies');
  has(await scopes('same-site'), 'support.type.property-name.cookies');
  // A bare field (`secure` means yes).
  has(await scopes('secure'), 'support.type.property-name.cookies');
  // `consent` is a declaration at top level but a field inside a category.
  has(await scopes('consent {'), 'support.type.property-name.cookies');
  // Region keys and language keys of nested blocks.
  has(await scopes('default opt-in'), 'constant.language.key.cookies');
  has(await scopes('en "Analytics"'), 'variable.other.key.cookies');
  // An unknown field is not coloured as a field.
  hasNone(await scopes('misspelt-field'), 'support.type.property-name');
  // References to declared ids.
  has(await scopes('category analytics #'), 'support.type.property-name.cookies');
  has(await scopes('analytics #'), 'entity.name.type.category.reference.cookies');
  has(await scopes('stripe', 1), 'entity.name.type.provider.reference.cookies');
});

test('strings, escapes, multi-line strings', async () => {
  has(await scopes('"Fluxent"'), 'string.quoted.double.cookies');
  has(await scopes('"Fluxent"'), 'punctuation.definition.string.begin.cookies');
  has(await scopes('Fluxent Technologies'), 'string.quoted.double.cookies');
  has(await scopes('\\"visits'), 'constant.character.escape.cookies');
  has(await scopes('\\n and'), 'constant.character.escape.cookies');
  has(await scopes('\\q'), 'invalid.illegal.escape.cookies');
  has(await scopes('We use'), 'string.quoted.triple.cookies');
  has(await scopes('"few"'), 'string.quoted.triple.cookies');
});

test('durations: number and unit', async () => {
  has(await scopes('1 year'), 'constant.numeric.integer.cookies');
  has(await scopes('year 6'), 'keyword.other.unit.cookies');
  has(await scopes('6 months'), 'constant.numeric.integer.cookies');
  has(await scopes('months'), 'keyword.other.unit.cookies');
  has(await scopes('sliding'), 'constant.language.cookies');
  has(await scopes('configurable'), 'constant.language.cookies');
});

test('dates, numbers, constants, booleans', async () => {
  has(await scopes('2026-03'), 'constant.numeric.date.cookies');
  has(await scopes('2026-06-01'), 'constant.numeric.date.cookies');
  has(await scopes('1, 7'), 'constant.numeric.cookies');
  has(await scopes('no-sale'), 'constant.language.cookies');
  has(await scopes('lax'), 'constant.language.cookies');
  has(await scopes('opt-out'), 'constant.language.cookies');
  has(await scopes('http-only no', 0, 10), 'constant.language.boolean.cookies');
});

test('regex names', async () => {
  has(await scopes('^_ga_'), 'string.regexp.cookies');
  has(await scopes('\\/x'), 'string.regexp.cookies');
});

test('lists and blocks', async () => {
  has(await scopes('[en'), 'punctuation.definition.list.begin.cookies');
  has(await scopes(', de'), 'punctuation.separator.list.cookies');
  has(await scopes('{\n'.trim()), 'punctuation.section.block.begin.cookies');
  // The stray `}` on the last line is flagged.
  has(await scopes('}  # stray'), 'invalid.illegal.unmatched-brace.cookies');
});

test('a one-line block ends its node at the closing brace', async () => {
  const src = 'provider stripe { name "Stripe" }\ncookie "a" { category x }\n';
  const { tokens: t, atRoot } = await tokenize(src);
  has(scopesOf(t, src, 'cookie'), 'keyword.declaration.cookies');
  has(scopesOf(t, src, 'x }'), 'entity.name.type.category.reference.cookies');
  assert.ok(atRoot, 'every block closed');
});

test('an unterminated string stops at the end of its line', async () => {
  // As in the compiler: the `{` is inside the string, so no block opens and
  // the next line is a new top-level node, the `}` an unmatched one.
  const src = 'cookie "a {\n  purpose "x"\n}\n';
  const { tokens: t } = await tokenize(src);
  hasNone(scopesOf(t, src, 'purpose'), 'string');
  has(scopesOf(t, src, '"x"'), 'string.quoted.double.cookies');
  has(scopesOf(t, src, '}'), 'invalid.illegal.unmatched-brace.cookies');
});

// Every example and valid fixture: no invalid scope, every block and list
// closed at the end, each top-level declaration keyword recognised.
// Semantic-error fixtures (E2xx, W...) are syntactically valid too.
const files = [join(repoRoot, 'examples'), join(repoRoot, 'tests', 'fixtures', 'valid'), join(repoRoot, 'tests', 'fixtures', 'invalid')]
  .filter(existsSync)
  .flatMap(dir => readdirSync(dir).filter(f => f.endsWith('.cookies') && !/^E1\d\d/.test(f)).map(f => join(dir, f)));
const keywords = JSON.parse(readFileSync(join(repoRoot, 'grammar', 'keywords.json'), 'utf8'));

for (const file of files) {
  test(`tokenizes ${file.slice(repoRoot.length + 1)}`, async () => {
    const src = readFileSync(file, 'utf8');
    const { tokens: t, atRoot } = await tokenize(src);
    const invalid = t.filter(x => x.scopes.some(s => s.startsWith('invalid')));
    assert.deepEqual(invalid.map(x => `${x.line + 1}: ${x.text}`), [], 'no invalid tokens');
    assert.ok(atRoot, 'every block, list and string closed at end of file');
    // Column-0 identifiers are declarations (the formatter's layout).
    for (const x of t.filter(x => x.start === 0 && /^[A-Za-z_]/.test(x.text))) {
      if (keywords.declarations.includes(x.text)) has(x.scopes, 'keyword.declaration.cookies');
    }
    // Strings are strings, whatever they contain.
    const quoted = t.filter(x => x.text.startsWith('"') && x.scopes.includes('punctuation.definition.string.begin.cookies'));
    for (const x of quoted) assert.ok(x.scopes.some(s => s.startsWith('string.')), `${x.line + 1}: ${x.text}`);
  });
}
