// The packaged extension (cookies.vsix, made by `npm run package`) holds the
// grammar, the language configuration, the snippets, the compiled client and
// its runtime dependency. A .vsix is a zip: read its central directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { repoRoot } from './tokenize.mjs';

const extDir = join(repoRoot, 'editors', 'vscode');
const vsixPath = join(extDir, 'cookies.vsix');

/** name -> () => Buffer, from a zip's central directory. */
function readZip(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  assert.ok(eocd >= 0, 'zip end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.set(name, () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

test('the .vsix contains the grammar, language configuration, snippets and compiled client', () => {
  assert.ok(existsSync(vsixPath), `${vsixPath} missing: run npm run package first`);
  const zip = readZip(readFileSync(vsixPath));
  for (const name of [
    'extension.vsixmanifest',
    'extension/package.json',
    'extension/syntaxes/cookies.tmLanguage.json',
    'extension/language-configuration.json',
    'extension/snippets/cookies.json',
    'extension/out/extension.js',
    'extension/out/server.js',
    'extension/node_modules/vscode-languageclient/package.json',
    'extension/readme.md',
  ]) {
    assert.ok([...zip.keys()].some(k => k.toLowerCase() === name.toLowerCase()), `${name} in the .vsix`);
  }
  // Sources and tests stay out.
  assert.ok(![...zip.keys()].some(k => k.startsWith('extension/src/') || k.startsWith('extension/test/')));

  // The packaged grammar is the repository's, and the manifest points at
  // what is packaged.
  const packagedGrammar = zip.get('extension/syntaxes/cookies.tmLanguage.json')().toString('utf8');
  assert.equal(packagedGrammar, readFileSync(join(repoRoot, 'grammar', 'cookies.tmLanguage.json'), 'utf8'));
  const manifest = JSON.parse(zip.get('extension/package.json')().toString('utf8'));
  assert.equal(manifest.contributes.languages[0].id, 'cookies');
  assert.deepEqual(manifest.contributes.languages[0].extensions, ['.cookies']);
  assert.equal(manifest.contributes.grammars[0].scopeName, JSON.parse(packagedGrammar).scopeName);
  for (const rel of [
    manifest.main,
    manifest.contributes.languages[0].configuration,
    manifest.contributes.grammars[0].path,
    manifest.contributes.snippets[0].path,
  ]) {
    const name = 'extension/' + rel.replace(/^\.\//, '');
    assert.ok(zip.has(name), `${name} (referenced by package.json) in the .vsix`);
  }
  // The compiled client starts `cookiec lsp`.
  const client = zip.get('extension/out/extension.js')().toString('utf8');
  assert.match(client, /'lsp'/);
  assert.match(client, /vscode-languageclient\/node/);
  const langConfig = JSON.parse(zip.get('extension/language-configuration.json')().toString('utf8'));
  assert.equal(langConfig.comments.lineComment, '#');
});

test('the language configuration indents after an opening bracket, strings included', () => {
  const conf = JSON.parse(readFileSync(join(extDir, 'language-configuration.json'), 'utf8'));
  const inc = new RegExp(conf.indentationRules.increaseIndentPattern);
  const dec = new RegExp(conf.indentationRules.decreaseIndentPattern);
  assert.ok(inc.test('cookie "sid" {'));
  assert.ok(inc.test('category analytics { # trailing'));
  assert.ok(inc.test('  languages ['));
  assert.ok(!inc.test('  purpose "a { b"'));
  assert.ok(!inc.test('# a comment {'));
  assert.ok(!inc.test('provider x { name "X" }'));
  assert.ok(dec.test('  }'));
  assert.ok(dec.test(']'));
});
