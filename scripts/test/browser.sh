#!/usr/bin/env bash
# Browser suite: build the cookiec binary, generate the HTML policy of every
# example and of a hostile policy (built-in layout, and a template without
# CSP) and the vanilla-cookieconsent config of a banner test policy (and,
# for the per-region tests of vanilla-cookieconsent, c15t and Klaro, of
# examples/us-retailer.cookies), then
# open them in headless Chromium (Debian's, installed by
# scripts/install/chromium.sh) through playwright-core (pinned by
# tests/browser/package-lock.json) and check the rendered pages.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/install/node.sh
chromium=$(bash scripts/install/chromium.sh)

cargo build -p cookiec --locked --quiet
cargo build -p cookiec-enforce --example granted --locked --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/cookiec"
granted="$(cd "${CARGO_TARGET_DIR:-target}" && pwd)/debug/examples/granted"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in examples/*.cookies; do
  "$bin" build "$f" -o "$out/examples/$(basename "$f" .cookies)" >/dev/null
done
"$bin" build tests/browser/hostile.cookies -o "$out/hostile" >/dev/null
"$bin" build tests/browser/hostile.cookies -o "$out/hostile-no-csp" \
  --template tests/browser/no-csp.template.html >/dev/null
"$bin" build tests/browser/banner.cookies -o "$out/banner" >/dev/null
# (its deliberate opt-out category warns: EU003, UK001)
"$bin" build tests/browser/libraries.cookies -o "$out/libraries" >/dev/null 2>&1

cd tests/browser
# `npm ci` only when node_modules was not installed from this lock file.
stamp=node_modules/.cookiec-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

COOKIEC_OUT="$out" CHROMIUM="$chromium" COOKIEC_GRANTED="$granted" node --test --test-reporter=spec policy.test.mjs banner.test.mjs \
  consent-mode.test.mjs c15t.test.mjs klaro.test.mjs regions.test.mjs regions-libraries.test.mjs
