// Google Consent Mode v2: the google-consent-mode.js that cookiec generated
// for tests/browser/libraries.cookies runs in headless Chromium before the
// real vanilla-cookieconsent 3 banner (with the generated
// cookieconsent.config.js). No Google tag is loaded and no request may
// leave 127.0.0.1: the test reads the commands from a recording
// window.dataLayer, and checks
// - one `default` command per declared region (eu, uk, us-ca) with its
//   ISO 3166 codes and `wait_for_update`, then one without `region`;
// - the states follow each region's declared modes, and an honoured GPC
//   signal denies every non-required type;
// - "Accept all" / "Reject all" push the matching `update`, and a stored
//   choice is pushed again on the next page load.
//
// Run by scripts/test/browser.sh, which sets COOKIEC_OUT and CHROMIUM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { harness } from './harness.mjs';

const OUT = path.join(process.env.COOKIEC_OUT ?? '', 'libraries');

const vanilla = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>consent mode</title>
<script>window.dataLayer = [];</script>
<script src="/out/google-consent-mode.js"></script>
<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css"></head>
<body><main><h1>Shop</h1></main>
<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
<script type="module">
  import config from '/out/cookieconsent.config.js';
  CookieConsent.run({ ...config, hideFromBots: false }).then(() => { window.__ready = true; });
</script></body></html>`;

const h = harness(OUT, { vanilla });

const commands = (page) => page.evaluate(() => window.dataLayer.map((args) => Array.from(args)));

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const ADS = ['ad_personalization', 'ad_storage', 'ad_user_data'];

// What libraries.cookies declares: essential (required) -> security_storage;
// analytics (opt-in in eu and uk, else opt-out) -> analytics_storage;
// preferences (opt-out) -> functionality/personalization; marketing (opt-in) -> ad_*.
function states({ analytics, preferences, marketing }) {
  const g = (on) => (on ? 'granted' : 'denied');
  const s = {
    analytics_storage: g(analytics),
    functionality_storage: g(preferences),
    personalization_storage: g(preferences),
    security_storage: 'granted',
  };
  for (const t of ADS) s[t] = g(marketing);
  return s;
}
const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

function assertDefaults(cmds, expected) {
  const defaults = cmds.filter(([cmd, kind]) => cmd === 'consent' && kind === 'default');
  assert.equal(defaults.length, expected.length, JSON.stringify(defaults));
  defaults.forEach(([, , body], i) => {
    const { region, wait_for_update, ...rest } = body;
    assert.deepEqual(region, expected[i].region, `region list of command ${i}`);
    assert.equal(wait_for_update, 500);
    assert.deepEqual(sorted(rest), sorted(expected[i].states), `states for ${expected[i].region ?? 'every other region'}`);
  });
}

test('one default command per region, with its ISO codes, then one for everyone else', async () => {
  const { context, page, errors, offsite } = await h.open('vanilla');
  try {
    const cmds = await commands(page);
    const optIn = states({ analytics: false, preferences: true, marketing: false });
    const optOut = states({ analytics: true, preferences: true, marketing: false });
    assertDefaults(cmds, [
      { region: EU, states: optIn },
      { region: ['GB'], states: optIn },
      { region: ['US-CA'], states: optOut },
      { region: undefined, states: optOut },
    ]);
    assert.ok(!cmds.some(([, kind]) => kind === 'update'), 'no update before a choice');
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
  } finally {
    await context.close();
  }
});

test('an honoured GPC signal denies every type but the required ones, in every region', async () => {
  const { context, page, errors } = await h.open('vanilla', {
    init: () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
  });
  try {
    const none = states({ analytics: false, preferences: false, marketing: false });
    assertDefaults(await commands(page), [
      { region: EU, states: none },
      { region: ['GB'], states: none },
      { region: ['US-CA'], states: none },
      { region: undefined, states: none },
    ]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

async function choose(button) {
  const { context, page, errors, offsite } = await h.open('vanilla');
  await page.getByRole('button', { name: button }).first().click();
  await page.waitForFunction(() => window.dataLayer.some((a) => a[1] === 'update'), null, { timeout: 5000 });
  const updates = (await commands(page)).filter(([, kind]) => kind === 'update');
  return { context, page, errors, offsite, updates };
}

test('"Accept all" grants every mapped type', async () => {
  const { context, page, errors, offsite, updates } = await choose('Accept all');
  try {
    assert.equal(updates.length, 1);
    assert.deepEqual(sorted(updates[0][2]), sorted(states({ analytics: true, preferences: true, marketing: true })));
    // The stored choice is announced again on the next page load.
    await page.reload();
    await page.waitForFunction(() => window.__ready === true && window.dataLayer.some((a) => a[1] === 'update'), null, { timeout: 5000 });
    const again = (await commands(page)).filter(([, kind]) => kind === 'update');
    assert.deepEqual(again, updates);
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
  } finally {
    await context.close();
  }
});

test('"Reject all" leaves only the required category\'s type granted', async () => {
  const { context, errors, updates } = await choose('Reject all');
  try {
    assert.equal(updates.length, 1);
    assert.deepEqual(sorted(updates[0][2]), sorted(states({ analytics: false, preferences: false, marketing: false })));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
