#!/usr/bin/env bash
# Package the extension for one platform with the cookiec binary inside
# (server/cookiec, server/cookiec.exe on Windows), as ruff's and taplo's
# extensions do, so that it works without a Rust toolchain or cookiec on
# PATH:
#
#   scripts/package-platform.sh BINARY [TARGET]
#
# BINARY: a cookiec built for TARGET (`cargo build --release -p cookiec`, or
# the debug build the tests use). TARGET: a vsce target (linux-x64,
# linux-arm64, darwin-arm64, win32-x64, ...), default: this machine's.
# Writes cookies-TARGET.vsix here. Run after `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:?usage: package-platform.sh BINARY [TARGET]}
target=${2:-$(node -p 'process.platform + "-" + process.arch')}
[ -x "$bin" ] || { echo "not an executable: $bin" >&2; exit 1; }

exe=cookiec
case "$target" in win32-*) exe=cookiec.exe ;; esac
rm -rf server
mkdir server
trap 'rm -rf server' EXIT
# Debug symbols are most of a debug build's size; the server needs none.
if command -v strip >/dev/null 2>&1 && [ "$exe" = cookiec ] && [ "$target" = "$(node -p 'process.platform + "-" + process.arch')" ]; then
  strip -o "server/$exe" "$bin"
else
  cp "$bin" "server/$exe"
fi
chmod 755 "server/$exe"
npx vsce package --no-dependencies --target "$target" --out "cookies-$target.vsix"
