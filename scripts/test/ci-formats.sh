#!/usr/bin/env bash
# CI formats suite: the SARIF 2.1.0 schema that the Rust test
# (crates/cookiec/tests/ci_formats.rs) validates `check --format sarif`
# against must be the official one: byte-identical to the copy the
# @microsoft/jest-sarif npm package ships (pinned by
# tests/sarif-schema/package-lock.json). Then run that test.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/install/node.sh

cd tests/sarif-schema
stamp=node_modules/.cookiec-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  npm ci --no-audit --no-fund --loglevel=error --ignore-scripts
  echo "$want" > "$stamp"
fi
cd ../..

official=tests/sarif-schema/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
vendored=schemas/vendor/sarif-2.1.0-rtm.5.json
if ! cmp -s "$official" "$vendored"; then
  echo "FAIL: $vendored differs from the schema of @microsoft/jest-sarif ($official)" >&2
  exit 1
fi
echo "ok: $vendored is the official SARIF 2.1.0 schema"

cargo test -p cookiec --locked --test ci_formats
