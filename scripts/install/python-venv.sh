#!/usr/bin/env bash
# Create (once) the Python virtualenv for the end-to-end LSP tests and print
# its path on stdout. Pinned by tests/lsp-e2e/requirements.txt; the venv is
# cached under the cookiec cache, keyed by the hash of that file, so a
# second run is instant and a changed pin builds a new one.
set -euo pipefail
cd "$(dirname "$0")/../.."

req=tests/lsp-e2e/requirements.txt
key=$(sha256sum "$req" | cut -c1-16)
venv="${XDG_CACHE_HOME:-$HOME/.cache}/cookiec/venv-lsp-e2e-$key"

if [ -x "$venv/bin/pytest" ] && [ -f "$venv/.complete" ]; then
  echo "$venv"
  exit 0
fi

# A fresh Debian machine may lack python3 or its venv module.
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y python3 python3-venv >&2
fi

rm -rf "$venv"
mkdir -p "$(dirname "$venv")"
python3 -m venv "$venv" >&2
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req" >&2
touch "$venv/.complete"
echo "$venv"
