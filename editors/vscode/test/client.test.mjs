// The compiled client (out/unbundled/extension.js: tsc's output, the same
// source esbuild bundles into out/extension.js) with stand-ins for the `vscode` and
// `vscode-languageclient/node` modules: what it starts, and what it tells the
// user when cookiec is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeVscode, loadExtension } from './fakes.mjs';

const context = () => ({ subscriptions: [] });

test('a missing cookiec is an error message with the install hint, and no client', async () => {
  const fakes = fakeVscode({ 'cookies.server.path': '/nonexistent/cookiec' });
  const ext = loadExtension(fakes);
  await ext.activate(context());
  assert.equal(fakes.calls.clients.length, 0);
  assert.equal(fakes.calls.errors.length, 1);
  const { message, items } = fakes.calls.errors[0];
  assert.match(message, /not found at "\/nonexistent\/cookiec"/);
  assert.match(message, /cargo install --locked --path crates\/cookiec/);
  assert.deepEqual(items, ['Open Settings']);
  assert.ok(fakes.calls.commands.includes('cookies.restartServer'));
  assert.ok(fakes.calls.commands.includes('cookies.showOutput'));
});

test('the configured binary is started as `cookiec lsp` over stdio for cookies documents', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookies-client-'));
  const exe = join(dir, 'cookiec');
  writeFileSync(exe, '#!/bin/sh\n');
  chmodSync(exe, 0o755);
  const fakes = fakeVscode({ 'cookies.server.path': exe, 'cookies.server.extraArgs': ['--verbose'] });
  const ext = loadExtension(fakes);
  await ext.activate(context());
  assert.equal(fakes.calls.errors.length, 0);
  assert.equal(fakes.calls.clients.length, 1);
  const client = fakes.calls.clients[0];
  assert.ok(client.started);
  assert.equal(client.id, 'cookies');
  assert.deepEqual(client.serverOptions.run, { command: exe, args: ['lsp', '--verbose'], transport: 0 });
  assert.deepEqual(
    client.clientOptions.documentSelector.map(s => s.language),
    ['cookies', 'cookies'],
  );
  await ext.deactivate();
  assert.equal(client.started, false);
});
