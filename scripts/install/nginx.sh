#!/usr/bin/env bash
# Install Debian's nginx and its JavaScript module (njs) for the enforcement
# suite, and print the path of the module on stdout. Idempotent: nothing
# happens when both are installed. Pinned to the Debian release's packages
# (bookworm: nginx 1.22.1, njs 0.7.9). The tests run their own nginx
# instance (`nginx -p DIR -c DIR/nginx.conf`, daemon off): the system
# service is neither configured nor started.
set -euo pipefail

module=/usr/lib/nginx/modules/ngx_http_js_module.so
if command -v nginx >/dev/null && [ -f "$module" ]; then
  echo "$module"
  exit 0
fi
echo "installing nginx and libnginx-mod-http-js from Debian" >&2
apt-get update >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  nginx-light libnginx-mod-http-js >&2 || \
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  nginx libnginx-mod-http-js >&2
# The package's own service must not hold port 80 during tests.
if command -v systemctl >/dev/null; then systemctl stop nginx >/dev/null 2>&1 || true; fi
[ -f "$module" ] || { echo "the nginx JavaScript module was not installed" >&2; exit 1; }
echo "$module"
