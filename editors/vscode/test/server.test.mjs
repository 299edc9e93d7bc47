// How the client finds `cookiec` (out/unbundled/server.js, compiled from src/server.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, delimiter } from 'node:path';

const require = createRequire(import.meta.url);
const { resolveServer, expandHome, INSTALL_HINT } = require('../out/unbundled/server.js');

const dir = mkdtempSync(join(tmpdir(), 'cookies-server-'));
const bin = join(dir, 'bin');
mkdirSync(bin);
const exe = join(bin, 'cookiec');
writeFileSync(exe, '#!/bin/sh\n');
chmodSync(exe, 0o755);
const notExecutable = join(bin, 'plain');
writeFileSync(notExecutable, '');
chmodSync(notExecutable, 0o644);

test('the default command is looked up on PATH', { skip: process.platform === 'win32' }, () => {
  const env = { PATH: ['/nonexistent', bin].join(delimiter) };
  assert.deepEqual(resolveServer(undefined, env, dir, 'linux'), { ok: true, command: exe });
  assert.deepEqual(resolveServer('  ', env, dir, 'linux'), { ok: true, command: exe });
  assert.deepEqual(resolveServer('cookiec', env, dir, 'linux'), { ok: true, command: exe });
});

test('a missing binary gives a message with the setting and the install hint', () => {
  const r = resolveServer('cookiec', { PATH: '/nonexistent' }, dir, 'linux');
  assert.equal(r.ok, false);
  assert.match(r.message, /\("cookiec"\) was not found on PATH/);
  assert.ok(r.message.includes(INSTALL_HINT));
  assert.match(INSTALL_HINT, /cargo install --locked --path crates\/cookiec/);
  assert.match(INSTALL_HINT, /cookies\.server\.path/);
});

test('paths are checked as files, relative to the workspace folder', { skip: process.platform === 'win32' }, () => {
  assert.deepEqual(resolveServer(exe, {}, '/', 'linux'), { ok: true, command: exe });
  assert.deepEqual(resolveServer('bin/cookiec', {}, dir, 'linux'), { ok: true, command: exe });
  const missing = resolveServer('./target/debug/cookiec', {}, dir, 'linux');
  assert.equal(missing.ok, false);
  assert.match(missing.message, /not found at ".*target\/debug\/cookiec" \(setting cookies\.server\.path\)/);
  // A file that cannot be executed is as good as missing.
  assert.equal(resolveServer(notExecutable, {}, dir, 'linux').ok, false);
  // A directory is not an executable.
  assert.equal(resolveServer(bin, {}, dir, 'linux').ok, false);
});

test('a leading ~ is the home directory', () => {
  assert.equal(expandHome('~/x/cookiec', '/home/u'), join('/home/u', 'x', 'cookiec'));
  assert.equal(expandHome('~', '/home/u'), '/home/u');
  assert.equal(expandHome('a~/b', '/home/u'), 'a~/b');
});
