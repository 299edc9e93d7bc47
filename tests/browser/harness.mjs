// Shared by the Consent Mode, c15t and Klaro tests: a static server on
// 127.0.0.1 for the generated outputs (/out/), the npm packages
// (/node_modules/) and test pages (/page/NAME, from `pages`), and headless
// Chromium (Debian's, through playwright-core) that may reach nothing but
// that server.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXE = process.env.CHROMIUM || '/usr/bin/chromium';
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

/** `out`: the directory `cookiec build` wrote; `pages`: name -> HTML. */
export function harness(out, pages) {
  assert.ok(fs.existsSync(out), `no generated outputs in ${out}`);
  const h = { base: '', browser: null };
  let server;
  const roots = { out, node_modules: path.join(HERE, 'node_modules') };
  before(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      const [, root, ...rest] = url.pathname.split('/');
      if (root === 'page' && pages[rest[0]]) {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(pages[rest[0]]);
      }
      const dir = roots[root];
      const file = dir && path.resolve(dir, ...rest);
      if (!file || !file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(fs.readFileSync(file));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    h.base = `http://127.0.0.1:${server.address().port}`;
    h.browser = await chromium.launch({
      executablePath: EXE,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => {
    await h.browser?.close();
    server?.close();
  });

  /**
   * Opens /page/NAME in a new context. `init` runs before any page script
   * (playwright's addInitScript). Requests anywhere but the test server
   * are aborted and recorded in `offsite`; page errors in `errors`.
   */
  h.open = async (name, { init, ready = () => window.__ready === true } = {}) => {
    const context = await h.browser.newContext();
    const offsite = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(h.base + '/')) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    const errors = [];
    const dialogs = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    await page.goto(`${h.base}/page/${name}`);
    await page.waitForFunction(ready, null, { timeout: 10000 });
    const cookies = async () => Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]));
    return { context, page, errors, dialogs, offsite, cookies };
  };
  return h;
}

/** Cookies the page sets before the banner acts: one per declared category. */
export const PAGE_COOKIES = ['sid', '_ga', '_ga_ABC123', '_pk_ses.1.ab12', 'theme', '_fbp', 'unrelated'];
export const setCookiesScript = PAGE_COOKIES.map((c) => `document.cookie = "${c}=1; path=/";`).join('\n');

/**
 * After "reject": every declared non-essential cookie of PAGE_COOKIES is
 * gone, the necessary and the undeclared ones stay, the consent record is
 * cookiec-record-1 with only the required category and the policy's
 * revision and content hash, and the last
 * Consent Mode update denies all but the required category's type.
 */
export async function assertRejected(page, cookies) {
  const c = await cookies();
  assert.equal(c.sid, '1', 'the necessary cookie stays');
  assert.equal(c.unrelated, '1', 'undeclared cookies are not the banner\'s business');
  for (const gone of ['_ga', '_ga_ABC123', '_pk_ses.1.ab12', 'theme', '_fbp']) {
    assert.ok(!(gone in c), `${gone} deleted`);
  }
  const config = await page.evaluate(async () => (await fetch('/out/cookiec.config.json')).json());
  const record = JSON.parse(decodeURIComponent(c.shop_consent));
  assert.deepEqual(record.categories, ['essential']);
  assert.deepEqual(record.data.cookiec, { v: 1, revision: config.revision, hash: config.content_hash });
  const update = await lastUpdate(page);
  for (const t of ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
    'functionality_storage', 'personalization_storage']) {
    assert.equal(update[2][t], 'denied', t);
  }
  assert.equal(update[2].security_storage, 'granted');
}

/** The last `gtag('consent', 'update', ...)` on the page's dataLayer. */
export const lastUpdate = (page) =>
  page.evaluate(() => Array.from(window.dataLayer.filter((a) => a[1] === 'update').at(-1) ?? []));
