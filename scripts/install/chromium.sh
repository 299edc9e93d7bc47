#!/usr/bin/env bash
# Install Debian's chromium (for the browser tests) and print the path of
# the binary on stdout. Idempotent: nothing happens when it is already
# installed. Playwright's own browser download cannot work here (only the
# package registries are reachable), so the tests drive this binary through
# playwright-core's `executablePath`.
set -euo pipefail

find_chromium() {
  for c in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$c" ]; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

if find_chromium; then
  exit 0
fi
echo "installing chromium from Debian" >&2
apt-get update >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core >&2
find_chromium || { echo "chromium was not installed" >&2; exit 1; }
