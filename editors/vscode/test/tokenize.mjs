// Tokenize .cookies text with the real VS Code TextMate engine
// (vscode-textmate + the oniguruma WASM build) and the repository grammar.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const grammarPath = join(repoRoot, 'grammar', 'cookies.tmLanguage.json');

let grammarPromise;

export function loadGrammar() {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
        createOnigString: s => new oniguruma.OnigString(s),
      }),
      loadGrammar: async scopeName => {
        if (scopeName !== 'source.cookies') return null;
        return vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath);
      },
    });
    const grammar = await registry.loadGrammar('source.cookies');
    if (!grammar) throw new Error('grammar source.cookies did not load');
    return grammar;
  })();
  return grammarPromise;
}

/**
 * Tokens of every line: [{ line, start, text, scopes }], plus the rule stack
 * after the last line (to check that every block and list was closed).
 */
export async function tokenize(source) {
  const grammar = await loadGrammar();
  const tokens = [];
  let stack = vsctm.INITIAL;
  source.split(/\r?\n/).forEach((text, line) => {
    const result = grammar.tokenizeLine(text, stack);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, text.length);
      if (end <= t.startIndex) continue;
      tokens.push({ line, start: t.startIndex, text: text.slice(t.startIndex, end), scopes: t.scopes });
    }
    stack = result.ruleStack;
  });
  // Depth 1 is the grammar's root rule: nothing left open.
  return { tokens, endState: stack, atRoot: stack.depth === 1 };
}

/**
 * Scopes of the token covering the `occurrence`-th (0-based) match of
 * `needle`, `offset` characters into it.
 */
export function scopesOf(tokens, source, needle, occurrence = 0, offset = 0) {
  const lines = source.split(/\r?\n/);
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let from = 0;
    for (;;) {
      let col = lines[line].indexOf(needle, from);
      if (col < 0) break;
      if (seen++ === occurrence) {
        col += offset;
        const tok = tokens.find(t => t.line === line && t.start <= col && col < t.start + t.text.length);
        if (!tok) throw new Error(`no token at ${line}:${col}`);
        return tok.scopes;
      }
      from = col + 1;
    }
  }
  throw new Error(`${JSON.stringify(needle)} (occurrence ${occurrence}) not found`);
}
