#!/usr/bin/env bash
# End-to-end audit suite: serve a small site on 127.0.0.1 (tests/audit/site.mjs)
# with the banner cookiec generates for tests/audit/site.cookies, capture it
# in real Chromium in each consent state with the capture recipe
# (scripts/capture/capture.mjs), and check that
# - `cookiec audit` reports nothing and exits 0 on the correct site (/good/);
# - on the bad site (/bad/) it reports exactly the planted findings: sid
#   without HttpOnly, _ga and mkt_id before consent, promo_seen undeclared;
# - `cookiec init --from` on the correct captures writes a formatted file
#   that checks without errors and, with its TODOs answered, builds.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/install/node.sh
chromium=$(bash scripts/install/chromium.sh)

cargo build -p cookiec --locked --quiet
bin="$PWD/${CARGO_TARGET_DIR:-target}/debug/cookiec"

# `npm ci` only when node_modules was not installed from this lock file.
npm_ci() {
  local stamp="$1/node_modules/.cookiec-lock.sha256"
  local want
  want=$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}
npm_ci scripts/capture
npm_ci tests/audit

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" build tests/audit/site.cookies -o "$work/banner" >/dev/null
BANNER_DIR="$work/banner" node tests/audit/site.mjs > "$work/port" &
server_pid=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
[ -n "$port" ] || { echo "the test site did not start" >&2; exit 1; }

for site in good bad; do
  CHROMIUM="$chromium" node scripts/capture/capture.mjs "http://127.0.0.1:$port/$site/" "$work/$site" --wait 800
done

fail() { echo "FAIL: $*" >&2; exit 1; }

# The correct site: nothing to report.
if ! "$bin" audit tests/audit/site.cookies "$work"/good/*.har > "$work/good.out" 2> "$work/good.err"; then
  cat "$work/good.out" "$work/good.err" >&2
  fail "the correct site's audit did not exit 0"
fi
[ ! -s "$work/good.out" ] || { cat "$work/good.out" >&2; fail "findings on the correct site"; }
echo "ok: the correct site reports nothing and exits 0 ($(cat "$work/good.err"))"

# The bad site: exactly the planted findings.
set +e
"$bin" audit --format json tests/audit/site.cookies "$work"/bad/*.har > "$work/bad.json"
code=$?
set -e
[ "$code" = 1 ] || { cat "$work/bad.json" >&2; fail "the bad site's audit exited $code, not 1"; }
got=$(node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
  console.log(lines.map((l) => { const f = JSON.parse(l); return `${f.code} ${f.name}`; }).sort().join(", "));
' "$work/bad.json")
want="AUD001 promo_seen, AUD002 _ga, AUD002 mkt_id, AUD003 sid"
[ "$got" = "$want" ] || { cat "$work/bad.json" >&2; fail "bad site: got [$got], want [$want]"; }
# The before-consent findings name the request or script and the captures.
grep -q '"code":"AUD002".*"name":"mkt_id".*set by the response to GET http://127.0.0.1' "$work/bad.json" ||
  fail "AUD002 mkt_id does not name the response that set it"
grep -q '"code":"AUD003".*HttpOnly no, declared yes (weaker than declared)' "$work/bad.json" ||
  fail "AUD003 does not say HttpOnly is weaker than declared"
echo "ok: the bad site reports exactly: $got"

# init --from the correct captures.
"$bin" init --from "$work"/good/*.har -o "$work/draft.cookies"
grep -q '# TODO' "$work/draft.cookies" || fail "the draft has no TODO"
"$bin" check "$work/draft.cookies" > /dev/null || fail "the draft does not check without errors"
"$bin" fmt --check "$work/draft.cookies" || fail "the draft is not formatted"
for item in 'cookie "sid"' 'cookie "site_consent"' 'cookie "_ga"' 'cookie "mkt_id"' \
  'local-storage "theme"' 'local-storage "ab_variant"' 'record     "site_consent"'; do
  grep -qF "$item" "$work/draft.cookies" || fail "the draft lacks $item"
done
# Answer the TODOs: a text for each `TODO: ...` string, the comments removed.
sed -e 's/"TODO: [^"]*"/"Answered by the test."/' -e '/# TODO/d' "$work/draft.cookies" > "$work/answered.cookies"
if grep -q TODO "$work/answered.cookies"; then fail "TODOs left after answering"; fi
"$bin" check "$work/answered.cookies" > /dev/null || fail "the answered draft does not check"
"$bin" build "$work/answered.cookies" -o "$work/answered" > /dev/null || fail "the answered draft does not build"
[ -s "$work/answered/cookieconsent.config.js" ] || fail "the answered draft built no banner config"
echo "ok: init --from writes a formatted draft that checks and, answered, builds"
