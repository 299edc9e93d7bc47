// VS Code client for the cookiec language server: starts `cookiec lsp` over
// stdio for .cookies files (the binary bundled in a platform .vsix, else
// `cookies.server.path` or PATH: see server.ts). Highlighting (TextMate grammar), brackets,
// comments and snippets are declarative and live in package.json.

import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { resolveServer } from './server';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

function serverOptions(command: string, extraArgs: string[]): ServerOptions {
  const run = { command, args: ['lsp', ...extraArgs], transport: TransportKind.stdio };
  return { run, debug: run };
}

let extensionPath: string | undefined;

async function start(): Promise<void> {
  const config = vscode.workspace.getConfiguration('cookies');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const resolution = resolveServer(
    config.get<string>('server.path'),
    process.env,
    folder,
    process.platform,
    extensionPath,
  );
  if (!resolution.ok) {
    // Highlighting and snippets still work; say clearly what is missing.
    const choice = await vscode.window.showErrorMessage(resolution.message, 'Open Settings');
    if (choice === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'cookies.server.path');
    }
    return;
  }
  output ??= vscode.window.createOutputChannel('Cookies Language Server');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'cookies' },
      { scheme: 'untitled', language: 'cookies' },
    ],
    outputChannel: output,
  };
  client = new LanguageClient(
    'cookies',
    'Cookies Language Server',
    serverOptions(resolution.command, config.get<string[]>('server.extraArgs') ?? []),
    clientOptions,
  );
  try {
    await client.start();
  } catch (err) {
    client = undefined;
    const detail = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(
      `The cookiec language server (${resolution.command} lsp) failed to start: ${detail}`,
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionPath = context.extensionPath;
  context.subscriptions.push(
    vscode.commands.registerCommand('cookies.restartServer', async () => {
      await stop();
      await start();
    }),
    vscode.commands.registerCommand('cookies.showOutput', () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration(async event => {
      if (event.affectsConfiguration('cookies.server')) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}
