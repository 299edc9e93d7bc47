// c15t (npm `c15t`, the headless core; pinned in package-lock.json) runs in
// headless Chromium with the c15t.config.js that cookiec generated for
// tests/browser/libraries.cookies, loaded as ES modules from node_modules
// through an import map (no bundler, no request beyond 127.0.0.1), and
// checks that:
// - the declared categories appear as c15t consent types (their titles in
//   the translations); the page gives no region, so what starts granted is
//   the strictest rule of every region: only `preferences` (opt-out
//   everywhere; `analytics` is opt-in in the EU and the UK), and nothing
//   when the browser sends GPC (honoured everywhere);
// - `necessary` (the required category) cannot be switched off;
// - rejecting clears every declared non-essential cookie the page had set
//   and keeps the necessary one, writes the cookiec-record-1 record, and pushes
//   the Consent Mode update; accepting grants every category.
//
// Run by scripts/test/browser.sh, which sets COOKIEC_OUT and CHROMIUM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { assertRejected, harness, lastUpdate, setCookiesScript } from './harness.mjs';
import { c15tPage } from './library-pages.mjs';
import { GPC } from './regional.mjs';

const OUT = path.join(process.env.COOKIEC_OUT ?? '', 'libraries');
const h = harness(OUT, { c15t: c15tPage() });

const state = (p) => p.evaluate(() => {
  const s = window.c15tStore.getState();
  return {
    model: s.model,
    activeUI: s.activeUI,
    consents: s.consents,
    shown: s.getDisplayedConsents().map((t) => t.name),
    titles: Object.fromEntries(Object.entries(s.translationConfig.translations.en.consentTypes ?? {})
      .map(([k, v]) => [k, v.title])),
  };
});

test('the declared categories appear as c15t consent types, banner shown', async () => {
  const { context, page: p, errors, offsite } = await h.open('c15t');
  try {
    const s = await state(p);
    // Some type starts granted for an unknown visitor: c15t's opt-out model.
    assert.equal(s.model, 'opt-out');
    assert.equal(s.activeUI, 'banner');
    assert.deepEqual(s.shown, ['necessary', 'measurement', 'experience', 'marketing']);
    // preferences maps functionality_storage and personalization_storage:
    // the more sensitive of the two c15t types wins.
    assert.deepEqual(await p.evaluate(() => window.__categories), {
      necessary: ['essential'],
      experience: ['preferences'],
      measurement: ['analytics'],
      marketing: ['marketing'],
    });
    // Headless: the strings are text for whatever UI renders them.
    assert.equal(s.titles.measurement, 'Statistics <b>&</b> "reach"');
    assert.equal(s.titles.necessary, 'Strictly necessary');
    // Before a choice: the required type and preferences (experience),
    // the one category on by default in every region.
    assert.equal(s.consents.necessary, true);
    assert.equal(s.consents.experience, true);
    for (const t of ['measurement', 'marketing']) assert.equal(s.consents[t], false, t);
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
  } finally {
    await context.close();
  }
});

test('with GPC (honoured everywhere) nothing but the required type starts granted', async () => {
  const { context, page: p, errors } = await h.open('c15t', { init: GPC });
  try {
    const s = await state(p);
    assert.equal(s.model, 'opt-in');
    assert.equal(s.consents.necessary, true);
    for (const t of ['measurement', 'experience', 'marketing']) assert.equal(s.consents[t], false, t);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the required category cannot be switched off', async () => {
  const { context, page: p, errors } = await h.open('c15t');
  try {
    await p.evaluate(async () => {
      const s = window.c15tStore.getState();
      s.setSelectedConsent('necessary', false);
      s.setConsent('necessary', false);
      await s.saveConsents('custom');
    });
    assert.equal((await state(p)).consents.necessary, true);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('rejecting clears the declared non-essential cookies, records the choice and updates Consent Mode', async () => {
  const { context, page: p, errors, offsite, cookies } = await h.open('c15t');
  try {
    await p.evaluate(setCookiesScript);
    await p.evaluate(() => window.c15tStore.getState().saveConsents('necessary'));
    await p.waitForFunction(() => !document.cookie.includes('_ga='), null, { timeout: 5000 });
    await assertRejected(p, cookies);
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
  } finally {
    await context.close();
  }
});

test('accepting grants every category', async () => {
  const { context, page: p, errors, cookies } = await h.open('c15t');
  try {
    await p.evaluate(setCookiesScript);
    await p.evaluate(() => window.c15tStore.getState().saveConsents('all'));
    await p.waitForFunction(() => document.cookie.includes('shop_consent='), null, { timeout: 5000 });
    const c = await cookies();
    assert.equal(c._ga, '1', 'granted cookies stay');
    const granted = JSON.parse(decodeURIComponent(c.shop_consent)).categories.sort();
    assert.deepEqual(granted, ['analytics', 'essential', 'marketing', 'preferences']);
    const update = await lastUpdate(p);
    assert.equal(update[2].analytics_storage, 'granted');
    assert.equal(update[2].ad_user_data, 'granted');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
