#!/usr/bin/env node
// Differential test: the tree-sitter grammar and the compiler's parser must
// agree on which inputs have syntax errors. Inputs: every invalid fixture as
// it is, and every example and valid fixture, each also mutated
// (deterministic seed) with small edits -- a deleted or inserted brace,
// bracket, quote, slash, comma, newline or stray character. Tree-sitter must
// report ERROR/MISSING exactly for the files where `cookiec check` reports
// an E1xx code.
//
// Usage: node differential.mjs <tree-sitter> <cookiec> [mutants per file]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [tsBin, cookiec, perFileArg] = process.argv.slice(2);
if (!tsBin || !cookiec) {
  console.error('usage: node differential.mjs <tree-sitter> <cookiec> [mutants per file]');
  process.exit(2);
}
const perFile = Number(perFileArg ?? 40);
const grammarDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(grammarDir, '..', '..');

// Small deterministic PRNG (mulberry32), so failures reproduce.
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = xs => xs[Math.floor(rand() * xs.length)];

const INSERTS = ['{', '}', '[', ']', '"', '"""', '/', ',', '\n', '@', '\\', '#', 'x', ' 7 days', '2026-13'];
const DELETABLE = /[{}\[\]",/\n\\]/;

function mutate(src) {
  if (rand() < 0.5) {
    // Delete one syntactically interesting character.
    const spots = [...src].map((c, i) => (DELETABLE.test(c) ? i : -1)).filter(i => i >= 0);
    if (spots.length) {
      const at = pick(spots);
      return src.slice(0, at) + src.slice(at + 1);
    }
  }
  const at = Math.floor(rand() * (src.length + 1));
  return src.slice(0, at) + pick(INSERTS) + src.slice(at);
}

const sources = [join(repo, 'examples'), join(repo, 'tests', 'fixtures', 'valid')]
  .filter(existsSync)
  .flatMap(d => readdirSync(d).filter(f => f.endsWith('.cookies')).map(f => join(d, f)));
if (!sources.length) {
  console.log('differential: no .cookies sources yet, nothing to compare');
  console.log('differential: 0 passed, 0 failed');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'cookies-diff-'));
try {
  // The invalid fixtures as they are: E1xx ones must error, the others
  // (semantic errors) must parse clean.
  const invalidDir = join(repo, 'tests', 'fixtures', 'invalid');
  const files = existsSync(invalidDir)
    ? readdirSync(invalidDir).filter(f => f.endsWith('.cookies')).map(f => ({ path: join(invalidDir, f), origin: join(invalidDir, f) }))
    : [];
  for (const source of sources) {
    const text = readFileSync(source, 'utf8');
    files.push({ path: source, origin: source });
    for (let i = 0; i < perFile; i++) {
      let m = mutate(text);
      if (rand() < 0.3) m = mutate(m);
      const path = join(work, `${basename(source, '.cookies')}-${i}.cookies`);
      writeFileSync(path, m);
      files.push({ path, origin: source });
    }
  }

  // tree-sitter: -q prints one line per file with an ERROR or MISSING node.
  const list = join(work, 'paths.txt');
  writeFileSync(list, files.map(f => f.path).join('\n') + '\n');
  const ts = spawnSync(tsBin, ['parse', '-q', '--paths', list], { cwd: grammarDir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const tsErrors = new Set();
  for (const line of (ts.stdout + ts.stderr).split('\n')) {
    const m = line.match(/^(\S+\.cookies)\s.*\((ERROR|MISSING)/);
    if (m) tsErrors.add(m[1]);
  }

  // cookiec: one JSON diagnostic per line; E1xx are the syntax codes,
  // except E108 (nesting deeper than 32 levels), a resource limit of the
  // compiler that the grammar rightly does not share.
  const cc = spawnSync(cookiec, ['check', '--format', 'json', ...files.map(f => f.path)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (cc.status === 2) {
    console.error(cc.stderr);
    process.exit(1);
  }
  const ccErrors = new Map();
  for (const line of cc.stdout.split('\n').filter(Boolean)) {
    const d = JSON.parse(line);
    if (/^E1\d\d$/.test(d.code) && d.code !== 'E108') {
      if (!ccErrors.has(d.file)) ccErrors.set(d.file, []);
      ccErrors.get(d.file).push(`${d.code}@${d.line}:${d.column}`);
    }
  }
  const ccFile = f => [...ccErrors.keys()].find(k => k === f.path || f.path.endsWith('/' + k) || k.endsWith(f.path));

  let passed = 0;
  const disagreements = [];
  for (const f of files) {
    const ccKey = ccFile(f);
    const compiler = Boolean(ccKey);
    const treeSitter = tsErrors.has(f.path);
    if (compiler === treeSitter) {
      passed++;
    } else {
      disagreements.push(
        `${f.path} (from ${basename(f.origin)}): compiler ${compiler ? ccErrors.get(ccKey).join(' ') : 'no syntax error'}, tree-sitter ${treeSitter ? 'ERROR' : 'clean'}`,
      );
    }
  }
  const syntaxErrors = files.filter(f => tsErrors.has(f.path)).length;
  console.log(`differential: ${files.length} inputs, ${syntaxErrors} with syntax errors`);
  for (const d of disagreements.slice(0, 20)) console.log(`DISAGREE ${d}`);
  console.log(`differential: ${passed} passed, ${disagreements.length} failed`);
  if (disagreements.length) {
    console.log(`(mutants kept in ${work})`);
    process.exit(1);
  }
  rmSync(work, { recursive: true, force: true });
} catch (e) {
  rmSync(work, { recursive: true, force: true });
  throw e;
}
