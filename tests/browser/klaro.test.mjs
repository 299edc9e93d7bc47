// Klaro 0.7 (npm `klaro`, pinned in package-lock.json) runs in headless
// Chromium with the klaro.config.js that cookiec generated for
// tests/browser/libraries.cookies (no request beyond 127.0.0.1), and
// checks that:
// - every declared category appears as a Klaro service in the consent
//   modal, titles shown as text;
// - the required category's switch is disabled and stays on;
// - "Reject all" deletes every declared non-essential cookie the page had
//   set and keeps the necessary one, writes the cookiec-record-1 record and
//   pushes the Consent Mode update; "Accept all" grants every category.
//
// Run by scripts/test/browser.sh, which sets COOKIEC_OUT and CHROMIUM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { assertRejected, harness, lastUpdate, setCookiesScript } from './harness.mjs';
import { klaroPage } from './library-pages.mjs';

const OUT = path.join(process.env.COOKIEC_OUT ?? '', 'libraries');

const h = harness(OUT, { klaro: klaroPage() });

const TITLES = ['Strictly necessary', 'Statistics <b>&</b> "reach"', 'Preferences', 'Marketing'];

test('every declared category is a Klaro service in the consent modal', async () => {
  const { context, page: p, errors, offsite, dialogs } = await h.open('klaro');
  try {
    await p.getByRole('button', { name: 'Reject all' }).first().waitFor({ state: 'visible' });
    await p.evaluate(() => klaro.show(undefined, true));
    await p.locator('#klaro .cm-modal').first().waitFor({ state: 'visible' });
    const text = await p.evaluate(() => document.querySelector('#klaro').textContent);
    for (const t of TITLES) assert.ok(text.includes(t), `modal shows ${t}`);
    assert.ok(text.includes("Counts visits. <img src=x onerror=alert('banner')>"), 'description as text');
    assert.equal(await p.evaluate(() => document.querySelectorAll('#klaro img, #klaro b').length), 0);
    const services = await p.evaluate(() => Object.keys(klaro.getManager().consents));
    assert.deepEqual(services, ['essential', 'analytics', 'preferences', 'marketing']);
    assert.deepEqual(errors, []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(offsite, []);
  } finally {
    await context.close();
  }
});

test('the required category cannot be switched off', async () => {
  const { context, page: p, errors } = await h.open('klaro');
  try {
    await p.evaluate(() => klaro.show(undefined, true));
    const toggle = p.locator('#klaro input#service-item-essential');
    await toggle.waitFor({ state: 'attached' });
    assert.equal(await toggle.isDisabled(), true);
    assert.equal(await toggle.isChecked(), true);
    await toggle.click({ force: true }).catch(() => {});
    assert.equal(await toggle.isChecked(), true);
    assert.equal(await p.evaluate(() => klaro.getManager().getConsent('essential')), true);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('"Reject all" clears the declared non-essential cookies, records the choice and updates Consent Mode', async () => {
  const { context, page: p, errors, offsite, cookies } = await h.open('klaro');
  try {
    await p.evaluate(setCookiesScript);
    await p.getByRole('button', { name: 'Reject all' }).first().click();
    await p.waitForFunction(() => document.cookie.includes('shop_consent='), null, { timeout: 5000 });
    await assertRejected(p, cookies);
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
  } finally {
    await context.close();
  }
});

test('"Accept all" grants every category', async () => {
  const { context, page: p, errors, cookies } = await h.open('klaro');
  try {
    await p.evaluate(setCookiesScript);
    await p.getByRole('button', { name: 'Accept all' }).first().click();
    await p.waitForFunction(() => document.cookie.includes('shop_consent='), null, { timeout: 5000 });
    const c = await cookies();
    assert.equal(c._ga, '1', 'granted cookies stay');
    assert.deepEqual(JSON.parse(decodeURIComponent(c.shop_consent)).categories, ['essential', 'analytics', 'preferences', 'marketing']);
    const update = await lastUpdate(p);
    assert.equal(update[2].ad_storage, 'granted');
    assert.equal(update[2].analytics_storage, 'granted');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
