// Per-region consent in the real vanilla-cookieconsent 3: headless Chromium
// loads the cookieconsent.config.js cookiec generated for
// examples/us-retailer.cookies (advertising sold and shared; EU opt-in,
// California opt-out with GPC as an opt-out of sale/sharing, default
// opt-out), one page load per visitor, the region given as
// <html data-cookiec-region="...">, and checks that the categories enabled
// before any click (their gated scripts run) are exactly those the
// declaration allows there:
// - an EU visitor (and a French one, whose region falls back to `eu`): none;
// - a California visitor: both (opt-out region);
// - a California visitor whose browser sends GPC: analytics only, not the
//   sold advertising category, and the banner says the opt-out was honoured;
// - an unknown visitor (no region): the strictest rule, as for the EU;
// - a visitor elsewhere (`jp`): the default region, both;
// and that the same answers come out of the runtime config and the header
// rules (cookiec.config.json's `regions`, cookiec.headers.json's `denies`).
// (regions-libraries.test.mjs does the same for c15t and Klaro.)
//
// Run by scripts/test/browser.sh, which sets COOKIEC_OUT and CHROMIUM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness } from './harness.mjs';
import { GPC, OUT, VISITORS, UNKNOWN, headersOn, headersOnEverywhere, pages, runtimeOn } from './regional.mjs';

const page = (region) => `<!DOCTYPE html>
<html lang="en"${region ? ` data-cookiec-region="${region}"` : ''}><head><meta charset="utf-8"><title>regions</title>
<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css"></head>
<body><main><h1>Northwind</h1></main>
<script>window.__ran = [];</script>
<script type="text/plain" data-category="analytics">window.__ran.push('analytics');</script>
<script type="text/plain" data-category="advertising">window.__ran.push('advertising');</script>
<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
<script type="module">
  import config from '/out/cookieconsent.config.js';
  // hideFromBots would hide the banner from a driven browser.
  CookieConsent.run({ ...config, hideFromBots: false }).then(() => { window.__ready = true; });
</script></body></html>`;

const h = harness(OUT, pages(page));

/**
 * The categories that may be refused whose scripts vanilla-cookieconsent
 * runs before any click (`<script type="text/plain" data-category=...>`,
 * activated for the categories that start enabled in opt-out mode).
 */
async function enabledBeforeClick(name, init) {
  const { context, page: p, errors, offsite } = await h.open(name, { init });
  try {
    await p.getByRole('button', { name: 'Accept all' }).first().waitFor({ state: 'visible' });
    // Let the library activate what it activates on load.
    await p.waitForTimeout(200);
    const accepted = await p.evaluate(() => [...window.__ran].sort());
    const description = await p.evaluate(() => document.querySelector('#cc-main .cm__desc')?.textContent ?? '');
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
    assert.equal(await p.evaluate(() => CookieConsent.validConsent()), false, 'no choice was made');
    return { accepted, description };
  } finally {
    await context.close();
  }
}

for (const { name, want, region, gpc } of VISITORS) {
  test(`a visitor in ${name}: enabled before any click is exactly what the declaration allows`, async () => {
    const { accepted, description } = await enabledBeforeClick(name, gpc ? GPC : undefined);
    assert.deepEqual(accepted, want);
    // The runtime config and the header rules say the same (they also
    // list the strictly necessary category, always on).
    const withRequired = ['essential', ...want].sort();
    assert.deepEqual(runtimeOn(region, gpc), withRequired);
    assert.deepEqual(headersOn(region, gpc), withRequired);
    // California regulations §7025(c)(6): the honoured signal is shown.
    assert.equal(description.includes('Opt-Out Request Honored'), gpc, description);
  });
}

test('an unknown visitor gets the strictest rule of every region', async () => {
  const { accepted } = await enabledBeforeClick(UNKNOWN.name);
  assert.deepEqual(accepted, UNKNOWN.want);
  // The strictest region of the header rules (what the enforcement applies
  // to an unknown region) grants the same.
  assert.deepEqual(headersOnEverywhere(), ['essential']);
});
