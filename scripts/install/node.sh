#!/usr/bin/env bash
# Make sure Node.js (>= 18, for `node --test`) and npm are available; on a
# fresh Debian machine install them from Debian. Idempotent and quiet when
# they are already there.
set -euo pipefail

node_ok() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
    [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 18 ]
}

if node_ok; then
  exit 0
fi
echo "installing nodejs and npm from Debian" >&2
apt-get update >&2
apt-get install -y nodejs npm >&2
node_ok || { echo "node >= 18 with npm is required" >&2; exit 1; }
