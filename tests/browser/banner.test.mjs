// Runs vanilla-cookieconsent 3 (pinned in package-lock.json) in headless
// Chromium with the cookieconsent.config.js that cookiec generated for
// tests/browser/banner.cookies, served from http://127.0.0.1 (cookies do
// not work on file:// pages), and checks that:
// - the banner shows the generated texts, and the preferences list every
//   category with its cookie table, hostile text shown escaped;
// - "Reject all" deletes every analytics cookie the policy declares (exact
//   name, prefix, regex) and keeps the necessary one;
// - the consent cookie carries the policy's revision and only the
//   required category (what cookiec's header-rule enforcement reads);
// - the record the real banner writes after "Accept all" and "Reject all"
//   is cookiec-record-1 (revision and content hash in data.cookiec), and
//   the reference enforcement (cookiec-enforce's `granted` example, given
//   the compiled cookiec.headers.json) grants exactly the chosen categories;
// - examples/flexopus.cookies (`acknowledge-required yes`, only strictly
//   necessary cookies) gets a banner with a single "Accept" button.
//
// Run by scripts/test/browser.sh, which sets COOKIEC_OUT and CHROMIUM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';

const OUT = path.join(process.env.COOKIEC_OUT ?? '', 'banner');
const EXE = process.env.CHROMIUM || '/usr/bin/chromium';
// Prints the categories the reference enforcement grants for a Cookie header.
const GRANTED = process.env.COOKIEC_GRANTED;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CC = path.join(HERE, 'node_modules/vanilla-cookieconsent/dist');
assert.ok(fs.existsSync(path.join(OUT, 'cookieconsent.config.js')), `no generated config in ${OUT}`);

// The Flexopus example, built by scripts/test/browser.sh with the others.
const ACK = path.join(process.env.COOKIEC_OUT ?? '', 'examples', 'flexopus');

const pageHtml = (dir) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>banner</title>
<link rel="stylesheet" href="/cc/cookieconsent.css"></head>
<body><main><h1>Shop</h1></main>
<script src="/cc/cookieconsent.umd.js"></script>
<script type="module">
  import config from '/${dir}/cookieconsent.config.js';
  window.__config = config;
  // hideFromBots would hide the banner from a driven browser.
  CookieConsent.run({ ...config, hideFromBots: false }).then(() => { window.__ready = true; });
</script></body></html>`;

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

let server;
let base;
let browser;
before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = null;
    if (url.pathname === '/' || url.pathname === '/ack') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(pageHtml(url.pathname === '/ack' ? 'ack' : 'out'));
    }
    if (url.pathname.startsWith('/cc/')) file = path.join(CC, path.basename(url.pathname));
    if (url.pathname.startsWith('/out/')) file = path.join(OUT, path.basename(url.pathname));
    if (url.pathname.startsWith('/ack/')) file = path.join(ACK, path.basename(url.pathname));
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: EXE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openBanner(at = '') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = [];
  const errors = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + at);
  await page.waitForFunction(() => window.__ready === true, null, { timeout: 10000 });
  return { context, page, dialogs, errors };
}

test('the banner shows the generated texts and every category', async () => {
  const { context, page, dialogs, errors } = await openBanner();
  try {
    await page.getByText('We use cookies').first().waitFor({ state: 'visible' });
    await page.evaluate(() => CookieConsent.showPreferences());
    await page.getByText('Cookie preferences').first().waitFor({ state: 'visible' });
    // Category sections are collapsed: read their text, visible or not.
    const text = await page.evaluate(() => document.querySelector('#cc-main').textContent);
    for (const expected of ['Strictly necessary', 'Statistics <b>&</b> "reach"', '_ga_*', 'sid', 'Distinguishes visitors.', '13 months']) {
      assert.ok(text.includes(expected), `preferences show ${expected}`);
    }
    // The hostile description is text, not markup.
    const injected = await page.evaluate(() => document.querySelectorAll('#cc-main img, #cc-main b').length);
    assert.equal(injected, 0, 'no element injected from policy text');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('"Reject all" deletes every declared analytics cookie and records the revision', async () => {
  const { context, page, errors } = await openBanner();
  try {
    await page.evaluate(() => {
      for (const c of ['sid=1', '_ga=1', '_ga_ABC123=1', '_pk_ses.1.ab12=1', 'unrelated=1']) {
        document.cookie = `${c}; path=/`;
      }
    });
    await page.getByRole('button', { name: 'Reject all' }).first().click();
    await page.waitForFunction(() => !document.cookie.includes('_ga='), null, { timeout: 5000 });
    const cookies = Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]));
    assert.equal(cookies.sid, '1', 'the necessary cookie stays');
    assert.equal(cookies.unrelated, '1', 'undeclared cookies are not the banner\'s business');
    for (const gone of ['_ga', '_ga_ABC123', '_pk_ses.1.ab12']) {
      assert.ok(!(gone in cookies), `${gone} deleted`);
    }
    const consent = JSON.parse(decodeURIComponent(cookies.shop_consent));
    const config = await page.evaluate(() => window.__config);
    assert.deepEqual(consent.categories, ['essential']);
    assert.equal(consent.revision, config.revision);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('acknowledge-required with only necessary cookies: one "Accept" button', async () => {
  const { context, page, dialogs, errors } = await openBanner('ack');
  try {
    await page.getByText('Please accept their use.').first().waitFor({ state: 'visible' });
    const buttons = await page.evaluate(() =>
      [...document.querySelectorAll('#cc-main .cm button')].map((b) => b.textContent.trim()));
    assert.ok(buttons.includes('Accept'), `buttons: ${buttons}`);
    assert.ok(!buttons.includes('Reject all'), `nothing to reject: ${buttons}`);
    await page.getByRole('button', { name: 'Accept', exact: true }).first().click();
    await page.waitForFunction(() => document.cookie.includes('cookie_consent='), null, { timeout: 5000 });
    const cookies = Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]));
    const consent = JSON.parse(decodeURIComponent(cookies.cookie_consent));
    assert.deepEqual(consent.categories, ['necessary']);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

for (const [button, want] of [['Accept all', ['analytics', 'essential']], ['Reject all', ['essential']]]) {
  test(`the record written after "${button}" grants exactly those categories to the reference enforcement`, async () => {
    assert.ok(GRANTED, 'COOKIEC_GRANTED (the reference enforcement) is set');
    const { context, page, errors } = await openBanner();
    try {
      await page.getByRole('button', { name: button }).first().click();
      // The config's onConsent writes cookiec's facts into the record.
      await page.waitForFunction(() => decodeURIComponent(document.cookie).includes('"cookiec"'), null, { timeout: 5000 });
      const cookies = Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]));
      const record = JSON.parse(decodeURIComponent(cookies.shop_consent));
      const rules = JSON.parse(fs.readFileSync(path.join(OUT, 'cookiec.headers.json'), 'utf8'));
      const config = JSON.parse(fs.readFileSync(path.join(OUT, 'cookiec.config.json'), 'utf8'));
      assert.deepEqual(record.data.cookiec, { v: 1, revision: rules.revision, hash: config.content_hash });
      const granted = JSON.parse(execFileSync(GRANTED, [
        path.join(OUT, 'cookiec.headers.json'), `shop_consent=${cookies.shop_consent}`, 'DE',
      ], { encoding: 'utf8' }));
      assert.deepEqual(granted, want);
      assert.deepEqual([...record.categories].sort(), want);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
