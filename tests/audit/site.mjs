// The site of the end-to-end audit test (scripts/test/audit.sh), served on
// 127.0.0.1. It shows the banner cookiec generated for site.cookies
// (vanilla-cookieconsent with cookieconsent.config.js from BANNER_DIR) and
// sets cookies through Set-Cookie and document.cookie, and local storage.
//
//   /good/  sets exactly what site.cookies declares, each item only once
//           its category is granted;
//   /bad/   plants one problem of each kind:
//           - `sid` without HttpOnly (weaker than declared),
//           - `_ga` written by script at once (before consent),
//           - `mkt_id` set by the server on every response (before consent),
//           - `promo_seen` (not declared).
//
// Prints the port it listens on.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CC = path.join(HERE, 'node_modules/vanilla-cookieconsent/dist');
const BANNER = process.env.BANNER_DIR;
if (!BANNER || !fs.existsSync(path.join(BANNER, 'cookieconsent.config.js'))) {
  console.error('BANNER_DIR must hold the generated cookieconsent.config.js');
  process.exit(2);
}

const page = (bad) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Audit test shop</title>
<link rel="stylesheet" href="/cc/cookieconsent.css"></head>
<body><main><h1>Shop</h1></main>
<script src="/cc/cookieconsent.umd.js"></script>
<script type="module">
  import config from '/banner/cookieconsent.config.js';
  localStorage.setItem('theme', 'dark');
  ${bad ? `
  document.cookie = '_ga=GA1.1.42.1; path=/; max-age=31536000';
  document.cookie = 'promo_seen=1; path=/; max-age=86400';` : ''}
  CookieConsent.run({
    ...config,
    hideFromBots: false,
    onConsent: () => {
      if (CookieConsent.acceptedCategory('analytics')) {
        document.cookie = '_ga=GA1.1.42.1; path=/; max-age=31536000';
        localStorage.setItem('ab_variant', 'b');
      }
    },
  });
</script></body></html>`;

/** The categories the consent record in the request grants. */
function granted(req) {
  const m = /(?:^|;\s*)site_consent=([^;]*)/.exec(req.headers.cookie ?? '');
  if (!m) return [];
  try {
    return JSON.parse(decodeURIComponent(m[1])).categories ?? [];
  } catch {
    return [];
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const mode = url.pathname.match(/^\/(good|bad)\/$/)?.[1];
  if (mode) {
    const bad = mode === 'bad';
    const cookies = [bad ? 'sid=b1; Path=/; SameSite=Lax' : 'sid=b1; Path=/; HttpOnly; SameSite=Lax'];
    if (bad || granted(req).includes('marketing')) cookies.push('mkt_id=c7; Path=/; Max-Age=2592000');
    res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': cookies });
    return res.end(page(bad));
  }
  let file = null;
  if (url.pathname.startsWith('/cc/')) file = path.join(CC, path.basename(url.pathname));
  if (url.pathname.startsWith('/banner/')) file = path.join(BANNER, path.basename(url.pathname));
  if (!file || !fs.existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
  res.writeHead(200, { 'content-type': type });
  res.end(fs.readFileSync(file));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(server.address().port);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
