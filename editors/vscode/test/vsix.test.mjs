// The packaged extension (cookies.vsix, made by `npm run package`) holds the
// grammar, the language configuration, the snippets, the compiled client and
// its runtime dependency. A .vsix is a zip: read its central directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './tokenize.mjs';
import { readZip } from './zip.mjs';

const extDir = join(repoRoot, 'editors', 'vscode');
const vsixPath = join(extDir, 'cookies.vsix');

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
    'extension/images/icon.png',
    'extension/readme.md',
  ]) {
    assert.ok([...zip.keys()].some(k => k.toLowerCase() === name.toLowerCase()), `${name} in the .vsix`);
  }
  // Sources, tests and node_modules stay out: esbuild bundled the client
  // and vscode-languageclient into out/extension.js.
  const names = [...zip.keys()];
  for (const dir of ['src', 'test', 'node_modules', 'out/unbundled', 'server']) {
    assert.ok(!names.some(k => k.startsWith(`extension/${dir}/`)), `no ${dir}/ in the universal .vsix`);
  }
  assert.ok(names.length < 20, `a handful of files, not hundreds: ${names.length}`);

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
  // The bundled client starts `cookiec lsp` and carries the language client.
  const client = zip.get('extension/out/extension.js')().toString('utf8');
  assert.ok(/["']lsp["']/.test(client), 'starts `cookiec lsp`');
  // The JSON-RPC framing of vscode-jsonrpc is inside, no require of it.
  assert.ok(client.includes('Content-Length'), 'the language client is bundled');
  assert.ok(!/require\(["']vscode-(languageclient|jsonrpc)/.test(client), 'no runtime require of the client');
  // Icon and repository metadata; the repository is the workspace's.
  assert.equal(manifest.icon, 'images/icon.png');
  const png = zip.get('extension/images/icon.png')();
  assert.equal(png.toString('latin1', 1, 4), 'PNG');
  assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128, 'icon at least 128x128');
  const cargo = readFileSync(join(repoRoot, 'Cargo.toml'), 'utf8');
  const repo = /^repository\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
  assert.equal(manifest.repository.url, repo);
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
