#!/usr/bin/env node
// Capture what a site sets in each consent state, for `cookiec audit`.
//
//   node scripts/capture/capture.mjs URL OUTDIR [options]
//
// For each state it opens a fresh browser context (no cookies), records a
// HAR 1.2 of everything the page requests, and writes OUTDIR/<state>.har:
//   fresh   load the page and wait: what is set before any choice;
//   reject  load, click the banner's "Reject all", reload: what is set
//           after a refusal;
//   accept  load, click the banner's "Accept all", reload: everything.
// A HAR holds only the network, so the script adds what the browser holds
// at the end under `log._cookiec` (HAR 1.2 custom field): the cookie jar
// (also cookies written by document.cookie), each frame's localStorage and
// sessionStorage, the state, the page and the time. `cookiec audit` reads
// both, and infers each moment's consent from the consent record cookie the
// requests carry.
//
// Options:
//   --states fresh,reject,accept   which states, in order (default: all three)
//   --accept "Accept all"          the accept button's accessible name
//   --reject "Reject all"          the reject button's accessible name
//   --wait 1500                    ms to wait after each load for scripts
//   --chromium /usr/bin/chromium   the browser (or $CHROMIUM)
//
// Exit status: 0 when every HAR was written; 1 when a state failed (a button
// that was not found, a page that did not load); 2 on usage errors.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

function usage(msg) {
  if (msg) console.error(`error: ${msg}`);
  console.error('usage: capture.mjs URL OUTDIR [--states fresh,reject,accept] [--accept NAME] [--reject NAME] [--wait MS] [--chromium PATH]');
  process.exit(2);
}

const args = process.argv.slice(2);
const positional = [];
const opts = { states: 'fresh,reject,accept', accept: 'Accept all', reject: 'Reject all', wait: '1500',
  chromium: process.env.CHROMIUM || '/usr/bin/chromium' };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a.startsWith('--')) {
    const key = a.slice(2);
    if (!(key in opts) || i + 1 >= args.length) usage(`unknown or incomplete option ${a}`);
    opts[key] = args[++i];
  } else {
    positional.push(a);
  }
}
if (positional.length !== 2) usage('URL and OUTDIR are required');
const [url, outDir] = positional;
const states = opts.states.split(',').filter(Boolean);
for (const s of states) if (!['fresh', 'reject', 'accept'].includes(s)) usage(`unknown state ${s}`);
const wait = Number(opts.wait);
if (!Number.isFinite(wait) || wait < 0) usage('--wait takes milliseconds');
fs.mkdirSync(outDir, { recursive: true });

// Flags Debian's Chromium needs here: no sandbox as root, no GPU, and no
// background networking (it would try to reach the internet).
const browser = await chromium.launch({
  executablePath: opts.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Every frame's web storage; frames that cannot be read are skipped. */
async function storage(page) {
  const out = [];
  for (const frame of page.frames()) {
    try {
      out.push(await frame.evaluate(() => {
        const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)).map((k) => [k, s.getItem(k)]));
        return { origin: location.origin, localStorage: dump(localStorage), sessionStorage: dump(sessionStorage) };
      }));
    } catch {
      // A detached frame, or one without storage access (about:blank, data:).
    }
  }
  return out.filter((s) => s.origin && s.origin !== 'null');
}

async function settle(page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(wait);
}

let failed = false;
for (const state of states) {
  const harPath = path.join(outDir, `${state}.har`);
  const context = await browser.newContext({ recordHar: { path: harPath, content: 'omit' } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await settle(page);
    if (state !== 'fresh') {
      const name = state === 'accept' ? opts.accept : opts.reject;
      await page.getByRole('button', { name, exact: true }).first().click({ timeout: 10000 });
      await page.waitForTimeout(wait);
      await page.reload();
      await settle(page);
    }
    const extension = {
      state,
      page: url,
      collectedAt: new Date().toISOString(),
      cookies: await context.cookies(),
      storage: await storage(page),
    };
    await context.close(); // writes the HAR
    const har = JSON.parse(fs.readFileSync(harPath, 'utf8'));
    har.log._cookiec = extension;
    fs.writeFileSync(harPath, JSON.stringify(har, null, 1));
    console.error(`${state}: ${harPath} (${har.log.entries.length} requests, ${extension.cookies.length} cookies)`);
  } catch (e) {
    failed = true;
    console.error(`error: ${state}: ${e.message.split('\n')[0]}`);
    await context.close().catch(() => {});
  }
}
await browser.close();
process.exit(failed ? 1 : 0);
