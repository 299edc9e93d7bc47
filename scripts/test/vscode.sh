#!/usr/bin/env bash
# VS Code / TextMate suite: install the extension's pinned npm dependencies
# (package-lock.json, esbuild among them), type-check and bundle the client,
# package the universal .vsix and the platform .vsix with the debug cookiec
# inside (vsce package --target), then run the node tests: TextMate
# tokenization with the real vscode-textmate, keyword agreement of every
# editor grammar with grammar/keywords.json, the server lookup, the contents
# of both .vsix files, and the bundled server started without PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/install/node.sh
cd editors/vscode

# `npm ci` reinstalls from scratch; skip it when node_modules was installed
# from this very lock file (npm's own cache makes a real run fast too).
stamp=node_modules/.cookiec-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
rm -f cookies.vsix cookies-*.vsix
if ! npm run --loglevel=error package >"$log" 2>&1; then
  cat "$log"
  echo "vsce package failed"
  exit 1
fi
grep -E 'DONE|Packaged' "$log" || true

# The platform .vsix carries the cookiec the other suites build too.
(cd ../.. && cargo build -p cookiec --locked --quiet)
bin="${CARGO_TARGET_DIR:-$PWD/../../target}/debug/cookiec"
if ! bash scripts/package-platform.sh "$bin" >"$log" 2>&1; then
  cat "$log"
  echo "vsce package --target failed"
  exit 1
fi
grep -E 'DONE|Packaged' "$log" || true

node --test --test-reporter=spec test/*.test.mjs 2>&1 | grep -vE '^\s*$' | tail -n 80
exit "${PIPESTATUS[0]}"
