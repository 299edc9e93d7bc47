// What examples/us-retailer.cookies allows before any choice, per visitor
// (advertising sold and shared; EU opt-in, California opt-out with GPC as
// an opt-out of sale/sharing, default opt-out), and what its runtime config
// and header rules say about it: shared by the per-region tests of
// vanilla-cookieconsent, c15t and Klaro.
import fs from 'node:fs';
import path from 'node:path';

export const OUT = path.join(process.env.COOKIEC_OUT ?? '', 'examples', 'us-retailer');

/**
 * One visitor per row: page name, the region code the page sends, the
 * categories that may be refused and start enabled, the region of the
 * runtime config that applies, and whether the browser sends GPC.
 * France falls back to the EU; Japan is no declared region (default).
 */
export const VISITORS = [
  { name: 'eu', code: 'eu', want: [], region: 'eu', gpc: false },
  { name: 'fr', code: 'fr', want: [], region: 'eu', gpc: false },
  { name: 'california', code: 'us-ca', want: ['advertising', 'analytics'], region: 'us-ca', gpc: false },
  { name: 'california-gpc', code: 'us-ca', want: ['analytics'], region: 'us-ca', gpc: true },
  { name: 'japan', code: 'jp', want: ['advertising', 'analytics'], region: 'default', gpc: false },
];

/** The page of an unknown visitor (no region) gets the strictest rule. */
export const UNKNOWN = { name: 'unknown', code: '', want: [] };

/** `pages(build)`: page name -> HTML, for every visitor and the unknown one. */
export const pages = (build) =>
  Object.fromEntries([...VISITORS, UNKNOWN].map((v) => [v.name, build(v.code)]));

/** A playwright init script: the browser sends Global Privacy Control. */
export const GPC = () =>
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });

const rules = () => JSON.parse(fs.readFileSync(path.join(OUT, 'cookiec.headers.json'), 'utf8'));
const runtime = () => JSON.parse(fs.readFileSync(path.join(OUT, 'cookiec.config.json'), 'utf8'));

/** What the runtime config says is on before a choice in `region`. */
export function runtimeOn(region, gpc) {
  const cats = runtime().regions[region];
  return Object.keys(cats).filter((c) => cats[c][gpc ? 'with_gpc' : 'default'] === 'granted').sort();
}

/** What the header rules let through before a choice in `region`. */
export function headersOn(region, gpc) {
  const r = rules();
  const denied = gpc ? r.consent.gpc.denies[region] ?? [] : [];
  return Object.keys(r.defaults[region]).filter((c) => r.defaults[region][c] === 'granted' && !denied.includes(c)).sort();
}

/** What the header rules grant in every declared region (an unknown visitor). */
export function headersOnEverywhere() {
  const r = rules();
  return Object.keys(r.defaults.default).filter((c) =>
    Object.values(r.defaults).every((d) => d[c] === 'granted'));
}
