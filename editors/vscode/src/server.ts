// Finding the cookiec executable. Kept free of the `vscode` module so that
// it can be tested in plain node (test/server.test.mjs).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** What to run for `cookiec lsp`, or why it cannot be run. */
export type Resolution =
  | { ok: true; command: string }
  | { ok: false; message: string };

/** How users get the binary; shown whenever it is missing. */
export const INSTALL_HINT =
  'Install the extension built for your platform (it bundles cookiec), install cookiec ' +
  '(from the cookiec repository: `cargo install --locked --path crates/cookiec`) ' +
  'or set `cookies.server.path` to the cookiec executable.';

/**
 * Where a platform-specific .vsix carries the server (`server/cookiec`,
 * `server/cookiec.exe` on Windows), as ruff's and taplo's extensions do.
 */
export function bundledServerPath(extensionPath: string, platform: NodeJS.Platform = process.platform): string {
  return path.join(extensionPath, 'server', platform === 'win32' ? 'cookiec.exe' : 'cookiec');
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Expand a leading `~` the way a shell would. */
export function expandHome(configured: string, home: string = os.homedir()): string {
  if (configured === '~') return home;
  if (configured.startsWith('~/') || configured.startsWith('~\\')) {
    return path.join(home, configured.slice(2));
  }
  return configured;
}

/**
 * The bundled binary, if this .vsix has one. Zip tools that drop the
 * executable bit would leave it unrunnable: restore the bit once.
 */
function bundledServer(extensionPath: string | undefined, platform: NodeJS.Platform): string | undefined {
  if (!extensionPath) return undefined;
  const file = bundledServerPath(extensionPath, platform);
  if (isExecutableFile(file)) return file;
  try {
    if (platform !== 'win32' && fs.statSync(file).isFile()) {
      fs.chmodSync(file, 0o755);
      if (isExecutableFile(file)) return file;
    }
  } catch {
    // No bundled binary: the universal .vsix.
  }
  return undefined;
}

/**
 * Resolve the server: `cookies.server.path` when it is set; else the binary
 * bundled in a platform .vsix (under `extensionPath`); else `cookiec` on
 * PATH. A configured value with a directory separator is a file path
 * (relative ones against the workspace folder), anything else a command
 * looked up on PATH (with PATHEXT on Windows).
 */
export function resolveServer(
  configured: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
  platform: NodeJS.Platform = process.platform,
  extensionPath?: string,
): Resolution {
  const setting = (configured ?? '').trim();
  if (!setting) {
    const bundled = bundledServer(extensionPath, platform);
    if (bundled) return { ok: true, command: bundled };
  }
  const value = expandHome(setting || 'cookiec');
  const hasSeparator = value.includes('/') || (platform === 'win32' && value.includes('\\'));
  if (hasSeparator) {
    const file = path.resolve(cwd, value);
    if (isExecutableFile(file)) return { ok: true, command: file };
    return {
      ok: false,
      message: `The cookiec language server was not found at "${file}" (setting cookies.server.path). ${INSTALL_HINT}`,
    };
  }
  const exts =
    platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').filter(Boolean) : [''];
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const ext of exts) {
      const file = path.join(dir, value + ext);
      if (isExecutableFile(file)) return { ok: true, command: file };
    }
  }
  return {
    ok: false,
    message: `The cookiec language server ("${value}") was not found on PATH. ${INSTALL_HINT}`,
  };
}
