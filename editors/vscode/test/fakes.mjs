// Stand-ins for the `vscode` and `vscode-languageclient/node` modules, and
// loading the compiled client (out/unbundled/extension.js) with them.
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function fakeVscode(settings) {
  const calls = { errors: [], commands: [], executed: [], clients: [] };
  const disposable = { dispose() {} };
  const vscode = {
    workspace: {
      getConfiguration: section => ({ get: key => settings[`${section}.${key}`] }),
      workspaceFolders: undefined,
      onDidChangeConfiguration: () => disposable,
    },
    window: {
      showErrorMessage: async (message, ...items) => {
        calls.errors.push({ message, items });
        return undefined;
      },
      createOutputChannel: name => ({ name, show() {}, dispose() {} }),
    },
    commands: {
      registerCommand: name => {
        calls.commands.push(name);
        return disposable;
      },
      executeCommand: async (...args) => calls.executed.push(args),
    },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: false });
      calls.clients.push(this);
    }
    async start() { this.started = true; }
    async stop() { this.started = false; }
  }
  const languageclient = { LanguageClient, TransportKind: { stdio: 0 } };
  return { vscode, languageclient, calls };
}

/** Load out/extension.js fresh, with the stand-ins. */
export function loadExtension(fakes) {
  const original = Module._load;
  Module._load = function (request, ...rest) {
    if (request === 'vscode') return fakes.vscode;
    if (request === 'vscode-languageclient/node') return fakes.languageclient;
    return original.call(this, request, ...rest);
  };
  try {
    const path = require.resolve('../out/unbundled/extension.js');
    delete require.cache[path];
    return require(path);
  } finally {
    Module._load = original;
  }
}
