// The platform .vsix (cookies-<platform>-<arch>.vsix, made by
// scripts/package-platform.sh in scripts/test/vscode.sh) carries a cookiec
// that works without PATH: unpack it, ask the binary for --version, let the
// client's server resolution pick it with PATH empty, and start it over
// stdio until it answers `initialize`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './tokenize.mjs';
import { readZip } from './zip.mjs';
import { fakeVscode, loadExtension } from './fakes.mjs';

const require = createRequire(import.meta.url);
const { resolveServer, bundledServerPath } = require('../out/unbundled/server.js');

const target = `${process.platform}-${process.arch}`;
const vsixPath = join(repoRoot, 'editors', 'vscode', `cookies-${target}.vsix`);
const unpacked = mkdtempSync(join(tmpdir(), 'cookies-vsix-'));
const extDir = join(unpacked, 'extension');
let zip;

before(() => {
  assert.ok(existsSync(vsixPath), `${vsixPath} missing: run scripts/package-platform.sh first`);
  zip = readZip(readFileSync(vsixPath));
  // Unpack as VS Code does, keeping each file's mode.
  for (const [name, read] of zip) {
    const file = join(unpacked, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, read());
    if (read.mode & 0o777) chmodSync(file, read.mode & 0o777);
  }
});

test('the platform .vsix declares its target and carries an executable cookiec', () => {
  const manifest = zip.get('extension.vsixmanifest')().toString('utf8');
  assert.match(manifest, new RegExp(`TargetPlatform="${target}"`));
  const entry = zip.get(`extension/server/${process.platform === 'win32' ? 'cookiec.exe' : 'cookiec'}`);
  assert.ok(entry, 'server/cookiec in the .vsix');
  if (process.platform !== 'win32') assert.ok(entry.mode & 0o111, `executable in the zip (mode ${entry.mode.toString(8)})`);
});

test('the bundled cookiec answers --version', () => {
  const out = execFileSync(bundledServerPath(extDir), ['--version'], { env: {} }).toString();
  assert.match(out, /^cookiec \d+\.\d+\.\d+/);
});

test('with no setting, the bundled binary wins over PATH; a setting wins over both', () => {
  const bundled = bundledServerPath(extDir);
  assert.deepEqual(resolveServer(undefined, { PATH: '' }, unpacked, process.platform, extDir), { ok: true, command: bundled });
  assert.deepEqual(resolveServer('', { PATH: '/usr/bin' }, unpacked, process.platform, extDir), { ok: true, command: bundled });
  const other = resolveServer('/nonexistent/cookiec', { PATH: '' }, unpacked, process.platform, extDir);
  assert.equal(other.ok, false, 'an explicit setting is honoured, not replaced by the bundled binary');
  // The universal .vsix has no server/: PATH is the fallback.
  const none = resolveServer(undefined, { PATH: '' }, unpacked, process.platform, unpacked);
  assert.equal(none.ok, false);
  assert.match(none.message, /not found on PATH/);
});

test('a bundled binary that lost its executable bit is made executable again', { skip: process.platform === 'win32' }, () => {
  const copy = mkdtempSync(join(tmpdir(), 'cookies-noexec-'));
  const file = bundledServerPath(copy);
  mkdirSync(dirname(file));
  writeFileSync(file, readFileSync(bundledServerPath(extDir)));
  chmodSync(file, 0o644);
  assert.deepEqual(resolveServer(undefined, { PATH: '' }, copy, 'linux', copy), { ok: true, command: file });
  assert.ok(statSync(file).mode & 0o100);
});

test('the client starts the bundled binary with PATH empty', async () => {
  const saved = process.env.PATH;
  process.env.PATH = '';
  try {
    const fakes = fakeVscode({});
    const ext = loadExtension(fakes);
    await ext.activate({ subscriptions: [], extensionPath: extDir });
    assert.deepEqual(fakes.calls.errors, []);
    assert.equal(fakes.calls.clients.length, 1);
    assert.equal(fakes.calls.clients[0].serverOptions.run.command, bundledServerPath(extDir));
    assert.deepEqual(fakes.calls.clients[0].serverOptions.run.args, ['lsp']);
    await ext.deactivate();
  } finally {
    process.env.PATH = saved;
  }
});

/** Sends LSP messages to `child` and resolves the reply with `id`. */
function request(child, id, method, params) {
  const body = JSON.stringify({ jsonrpc: '2.0', id, method, params });
  child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  return new Promise((resolve, reject) => {
    let buf = Buffer.alloc(0);
    const timer = setTimeout(() => reject(new Error(`no reply to ${method}`)), 15000);
    child.stdout.on('data', function onData(chunk) {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, end).toString())?.[1]);
        if (buf.length < end + 4 + length) return;
        const msg = JSON.parse(buf.subarray(end + 4, end + 4 + length).toString());
        buf = buf.subarray(end + 4 + length);
        if (msg.id === id) {
          clearTimeout(timer);
          child.stdout.off('data', onData);
          return resolve(msg);
        }
      }
    });
  });
}

test('the bundled server, started as the client starts it, answers initialize over stdio', async () => {
  const { command } = resolveServer(undefined, { PATH: '' }, unpacked, process.platform, extDir);
  const child = spawn(command, ['lsp'], { env: {}, stdio: ['pipe', 'pipe', 'pipe'] });
  try {
    const reply = await request(child, 1, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(reply.error, undefined);
    assert.ok(reply.result.capabilities.textDocumentSync !== undefined, JSON.stringify(reply.result));
    assert.equal(reply.result.serverInfo?.name, 'cookiec');
    const shutdown = await request(child, 2, 'shutdown', null);
    assert.equal(shutdown.error, undefined);
    child.stdin.write('Content-Length: 33\r\n\r\n{"jsonrpc":"2.0","method":"exit"}');
    const code = await new Promise((r) => child.on('exit', r));
    assert.equal(code, 0);
  } finally {
    child.kill();
  }
});
