// Per-region consent in the real c15t (headless core) and Klaro 0.7:
// headless Chromium loads the c15t.config.js and klaro.config.js cookiec
// generated for examples/us-retailer.cookies, one page load per visitor
// (the region given as <html data-cookiec-region="...">, as in
// regions.test.mjs for vanilla-cookieconsent), and checks that before any
// click the categories that may be refused and are enabled are exactly
// those the declaration allows there, as the runtime config and the header
// rules say:
// - c15t: the consent types granted in its store (mapped back to the
//   declared categories with the exported `categories`), and the declared
//   cookies of the refused ones deleted by the generated callback;
// - Klaro: the services consented in its manager, and their gated
//   `<script type="text/plain" data-name=...>` run;
// and that a Californian visitor sending GPC is told the opt-out was
// honoured (c15t: the banner description it hands to the UI; Klaro: the
// notice).
//
// Run by scripts/test/browser.sh, which sets COOKIEC_OUT and CHROMIUM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harness } from './harness.mjs';
import { c15tPage, klaroPage } from './library-pages.mjs';
import { GPC, OUT, UNKNOWN, VISITORS, headersOn, headersOnEverywhere, pages, runtimeOn } from './regional.mjs';

const gated = ['analytics', 'advertising'].map((c) =>
  `<script type="text/plain" data-type="text/javascript" data-name="${c}">window.__ran.push('${c}');</script>`).join('\n');
const klaroBody = `<script>window.__ran = [];</script>\n${gated}`;

const prefixed = (prefix, all) => Object.fromEntries(Object.entries(all).map(([k, v]) => [`${prefix}-${k}`, v]));
const h = harness(OUT, {
  ...prefixed('c15t', pages((region) => c15tPage({ region, consentMode: false }))),
  ...prefixed('klaro', pages((region) => klaroPage({ region, consentMode: false, body: klaroBody }))),
});

/** One cookie of each category that may be refused, set before any page script. */
const SET_COOKIES = () => {
  document.cookie = '_pk_id.1.ab12=1; path=/';
  document.cookie = '_fbp=1; path=/';
};
const COOKIE_OF = { analytics: '_pk_id.1.ab12', advertising: '_fbp' };

async function open(page, gpc) {
  const init = gpc ? `(${GPC})(); (${SET_COOKIES})();` : `(${SET_COOKIES})();`;
  return h.open(page, { init });
}

/** c15t: granted before a choice, the banner text, the cookies left. */
async function c15tBeforeClick(name, gpc) {
  const { context, page: p, errors, offsite, cookies } = await open(`c15t-${name}`, gpc);
  try {
    // Let the callback act on the defaults.
    await p.waitForTimeout(200);
    const s = await p.evaluate(() => {
      const st = window.c15tStore.getState();
      return {
        consents: st.consents,
        choice: st.consentInfo,
        activeUI: st.activeUI,
        description: st.translationConfig.translations.en.cookieBanner.description,
      };
    });
    const categories = await p.evaluate(() => window.__categories);
    const granted = Object.entries(categories)
      .filter(([type]) => s.consents[type] === true)
      .flatMap(([, ids]) => ids)
      .filter((id) => id !== 'essential')
      .sort();
    assert.equal(s.choice, null, 'no choice was made');
    assert.equal(s.activeUI, 'banner');
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
    return { granted, description: s.description, cookies: await cookies() };
  } finally {
    await context.close();
  }
}

/** Klaro: consented and run before a choice, the notice text. */
async function klaroBeforeClick(name, gpc) {
  const { context, page: p, errors, offsite, dialogs, cookies } = await open(`klaro-${name}`, gpc);
  try {
    await p.locator('#klaro .cookie-notice').first().waitFor({ state: 'visible' });
    await p.waitForTimeout(200);
    const s = await p.evaluate(() => {
      const m = klaro.getManager();
      return {
        consented: Object.keys(m.consents).filter((k) => m.consents[k] === true && k !== 'essential').sort(),
        confirmed: m.confirmed,
        ran: [...window.__ran].sort(),
        notice: document.querySelector('#klaro .cookie-notice').textContent,
      };
    });
    assert.equal(s.confirmed, false, 'no choice was made');
    assert.deepEqual(errors, []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(offsite, []);
    return { ...s, cookies: await cookies() };
  } finally {
    await context.close();
  }
}

/** The declared cookies of the categories not enabled are gone, the others stay. */
function assertCookiesFollow(cookies, enabled) {
  for (const [category, cookie] of Object.entries(COOKIE_OF)) {
    assert.equal(cookie in cookies, enabled.includes(category), `${cookie} (${category})`);
  }
}

for (const { name, want, region, gpc } of VISITORS) {
  const withRequired = ['essential', ...want].sort();

  test(`c15t, a visitor in ${name}: granted before any click is exactly what the declaration allows`, async () => {
    const { granted, description, cookies } = await c15tBeforeClick(name, gpc);
    assert.deepEqual(granted, want);
    assertCookiesFollow(cookies, want);
    assert.deepEqual(runtimeOn(region, gpc), withRequired);
    assert.deepEqual(headersOn(region, gpc), withRequired);
    assert.equal(description.includes('Opt-Out Request Honored'), gpc, description);
  });

  test(`Klaro, a visitor in ${name}: enabled before any click is exactly what the declaration allows`, async () => {
    const { consented, ran, notice, cookies } = await klaroBeforeClick(name, gpc);
    assert.deepEqual(consented, want);
    assert.deepEqual(ran, want);
    assertCookiesFollow(cookies, want);
    assert.deepEqual(runtimeOn(region, gpc), withRequired);
    assert.equal(notice.includes('Opt-Out Request Honored'), gpc, notice);
  });
}

test('c15t and Klaro: an unknown visitor gets the strictest rule of every region', async () => {
  assert.deepEqual(headersOnEverywhere(), ['essential', ...UNKNOWN.want]);
  const c = await c15tBeforeClick(UNKNOWN.name, false);
  assert.deepEqual(c.granted, UNKNOWN.want);
  assertCookiesFollow(c.cookies, UNKNOWN.want);
  const k = await klaroBeforeClick(UNKNOWN.name, false);
  assert.deepEqual(k.consented, UNKNOWN.want);
  assert.deepEqual(k.ran, UNKNOWN.want);
  // An unknown visitor sending GPC: still nothing (GPC only switches off).
  assert.deepEqual((await c15tBeforeClick(UNKNOWN.name, true)).granted, []);
  assert.deepEqual((await klaroBeforeClick(UNKNOWN.name, true)).consented, []);
});
