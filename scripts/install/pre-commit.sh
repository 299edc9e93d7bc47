#!/usr/bin/env bash
# Create (once) a Python virtualenv with pre-commit (pinned by
# tests/pre-commit/requirements.txt) and print the path of its
# `pre-commit` executable on stdout. Cached under the cookiec cache, keyed
# by the hash of the requirements, so a second run is instant.
set -euo pipefail
cd "$(dirname "$0")/../.."

req=tests/pre-commit/requirements.txt
key=$(sha256sum "$req" | cut -c1-16)
venv="${XDG_CACHE_HOME:-$HOME/.cache}/cookiec/venv-pre-commit-$key"

if [ -x "$venv/bin/pre-commit" ] && [ -f "$venv/.complete" ]; then
  echo "$venv/bin/pre-commit"
  exit 0
fi

# A fresh Debian machine may lack python3, its venv module or git.
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1 ||
  ! command -v git >/dev/null 2>&1; then
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y python3 python3-venv git >&2
fi

rm -rf "$venv"
mkdir -p "$(dirname "$venv")"
python3 -m venv "$venv" >&2
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req" >&2
touch "$venv/.complete"
echo "$venv/bin/pre-commit"
