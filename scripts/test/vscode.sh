#!/usr/bin/env bash
# VS Code / TextMate suite: install the extension's pinned npm dependencies
# (package-lock.json), compile the client, package the .vsix with vsce, then
# run the node tests: TextMate tokenization with the real vscode-textmate,
# keyword agreement of every editor grammar with grammar/keywords.json, the
# server lookup, and the contents of the .vsix.
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
rm -f cookies.vsix
if ! npm run --loglevel=error package >"$log" 2>&1; then
  cat "$log"
  echo "vsce package failed"
  exit 1
fi
grep -E 'DONE|Packaged' "$log" || true

node --test --test-reporter=spec test/*.test.mjs 2>&1 | grep -vE '^\s*$' | tail -n 80
exit "${PIPESTATUS[0]}"
