// Keyword agreement: grammar/keywords.json is generated from the compiler's
// schema (a Rust test keeps it in step); every editor grammar must carry
// exactly its lists, so a keyword added to the compiler cannot be forgotten
// in one of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './tokenize.mjs';

const read = rel => readFileSync(join(repoRoot, rel), 'utf8');
const keywords = JSON.parse(read('grammar/keywords.json'));
const LISTS = ['declarations', 'fields', 'constants', 'units'];
const sorted = words => [...words].sort();

test('keywords.json has the four sorted, duplicate-free lists', () => {
  assert.deepEqual(Object.keys(keywords).sort(), sorted(LISTS));
  for (const list of LISTS) {
    assert.ok(keywords[list].length > 0, list);
    assert.deepEqual(keywords[list], [...new Set(sorted(keywords[list]))], `${list} sorted and unique`);
  }
});

// --- TextMate --------------------------------------------------------------

const tm = JSON.parse(read('grammar/cookies.tmLanguage.json'));

/** The words of the keyword alternation in a repository rule's regex. */
function alternationOf(rule) {
  const regex = tm.repository[rule].begin ?? tm.repository[rule].match;
  const groups = [...regex.matchAll(/\((?:\?:)?((?:[A-Za-z0-9_-]+\|)+[A-Za-z0-9_-]+)\)/g)];
  assert.equal(groups.length, 1, `${rule}: exactly one keyword alternation in ${regex}`);
  return sorted(groups[0][1].split('|'));
}

for (const [rule, list] of [
  ['declaration', 'declarations'],
  ['field', 'fields'],
  ['constant', 'constants'],
  ['key-constant', 'constants'],
  ['duration', 'units'],
]) {
  test(`TextMate rule ${rule} carries exactly the ${list}`, () => {
    assert.deepEqual(alternationOf(rule), keywords[list]);
  });
}

test('TextMate id rules name real declarations and fields', () => {
  for (const word of alternationOf('declaration-with-id')) assert.ok(keywords.declarations.includes(word), word);
  for (const word of alternationOf('field-reference')) assert.ok(keywords.fields.includes(word), word);
  for (const word of alternationOf('boolean')) assert.ok(keywords.constants.includes(word), word);
});

// --- tree-sitter queries (and the Neovim and Helix copies) -------------------

const QUERY_FILES = [
  'grammar/tree-sitter-cookies/queries/highlights.scm',
  'editors/neovim/queries/cookies/highlights.scm',
  'editors/helix/queries/cookies/highlights.scm',
];

/** Every `; keywords: <list>` marker and the strings of the predicate after it. */
function markedLists(text) {
  const found = [];
  const re = /^\s*; keywords: (\w+)\n\s*\(#(?:not-)?any-of\? @[\w.]+((?: "[^"]*")+)\)/gm;
  for (const m of text.matchAll(re)) {
    found.push({ list: m[1], words: [...m[2].matchAll(/"([^"]*)"/g)].map(w => w[1]) });
  }
  return found;
}

for (const file of QUERY_FILES) {
  test(`${file} carries exactly the keyword lists`, () => {
    const text = read(file);
    const found = markedLists(text);
    // Every marker was understood (none silently skipped).
    assert.equal(found.length, (text.match(/; keywords: /g) ?? []).length, 'every marker parsed');
    for (const list of LISTS) {
      assert.ok(found.some(f => f.list === list), `${list} is highlighted`);
    }
    for (const { list, words } of found) {
      assert.deepEqual(sorted(words), keywords[list], `a ${list} predicate`);
    }
    // Names the id patterns depend on exist in the schema.
    for (const m of text.matchAll(/#any-of\? @\w+ "category" "provider"( "section")?\)/g)) {
      for (const word of ['category', 'provider']) assert.ok(keywords.declarations.includes(word) && keywords.fields.includes(word));
      if (m[1]) assert.ok(keywords.declarations.includes('section'));
    }
  });
}

test('generated grammars and queries are up to date (node grammar/gen-keywords.mjs)', () => {
  const run = spawnSync(process.execPath, [join(repoRoot, 'grammar', 'gen-keywords.mjs'), '--check'], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
});

// --- snippets -----------------------------------------------------------------

test('snippets use only known declarations and fields', () => {
  const snippets = JSON.parse(read('editors/vscode/snippets/cookies.json'));
  for (const [name, { body }] of Object.entries(snippets)) {
    const [head, ...rest] = body;
    const decl = head.match(/^([a-z-]+)/)[1];
    assert.ok(keywords.declarations.includes(decl), `${name}: declaration ${decl}`);
    for (const line of rest) {
      const field = line.match(/^ {2}([a-z-]+)/);
      if (field) assert.ok(keywords.fields.includes(field[1]), `${name}: field ${field[1]}`);
    }
  }
  // One snippet per common declaration.
  const prefixes = Object.values(snippets).map(s => s.prefix);
  for (const decl of ['policy', 'category', 'cookie', 'local-storage', 'provider', 'consent', 'section']) {
    assert.ok(prefixes.includes(decl), `snippet for ${decl}`);
  }
});
