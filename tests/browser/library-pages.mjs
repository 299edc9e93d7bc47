// The test pages that load the c15t and Klaro configs cookiec generated,
// shared by their own tests and the per-region ones. `region` (optional)
// is the visitor's cookiec region code, given as <html data-cookiec-region>;
// `body` is extra HTML before the library loads (gated scripts);
// `consentMode: false` for a policy without google-consent-mode.js.
const NM = '/node_modules';

const html = (title, region) =>
  `<html lang="en"${region ? ` data-cookiec-region="${region}"` : ''}><head><meta charset="utf-8"><title>${title}</title>`;

const consentModeScript = (on) => (on
  ? '<script>window.dataLayer = [];</script>\n<script src="/out/google-consent-mode.js"></script>'
  : '');

/** c15t's headless core as ES modules through an import map (no bundler). */
export const c15tPage = ({ region, body = '', consentMode = true } = {}) => `<!DOCTYPE html>
${html('c15t', region)}
<script type="importmap">${JSON.stringify({
  imports: {
    c15t: `${NM}/c15t/dist/index.js`,
    'zustand/vanilla': `${NM}/zustand/esm/vanilla.mjs`,
    '@c15t/translations': `${NM}/@c15t/translations/dist/index.js`,
    '@c15t/schema/types': `${NM}/@c15t/schema/dist/types.js`,
  },
})}</script>
${consentModeScript(consentMode)}
</head><body><main><h1>Shop</h1></main>
${body}
<script type="module">
  import { getOrCreateConsentRuntime } from 'c15t';
  import options, { categories } from '/out/c15t.config.js';
  const { consentStore } = getOrCreateConsentRuntime(options);
  window.__categories = categories;
  await consentStore.getState().initConsentManager();
  window.__ready = true;
</script></body></html>`;

/** Klaro from its classic script, reading window.klaroConfig. */
export const klaroPage = ({ region, body = '', consentMode = true } = {}) => `<!DOCTYPE html>
${html('klaro', region)}
${consentModeScript(consentMode)}
<script src="/out/klaro.config.js"></script>
<script defer src="${NM}/klaro/dist/klaro.js" data-config="klaroConfig"></script>
</head><body><main><h1>Shop</h1></main>
${body}
<script>window.addEventListener('load', () => { window.__ready = true; });</script>
</body></html>`;
