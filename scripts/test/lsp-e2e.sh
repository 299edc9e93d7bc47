#!/usr/bin/env bash
# End-to-end tests of `cookiec lsp` over stdio from real clients:
#  1. pytest-lsp (VS Code and Neovim capability profiles; every reply is
#     checked against the LSP types);
#  2. Neovim headless (Debian's 0.7.2) through its built-in LSP client.
# Both install through scripts/install/ (pinned, cached). The server is the
# release binary unless COOKIEC_BIN names another one.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${COOKIEC_BIN:-}" ]; then
  cargo build --release --locked -p cookiec
  COOKIEC_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/cookiec"
fi
export COOKIEC_BIN

venv=$(bash scripts/install/python-venv.sh)
nvim=$(bash scripts/install/neovim.sh)

status=0

echo "== pytest-lsp"
set +e
(cd tests/lsp-e2e && "$venv/bin/pytest" -q -p no:cacheprovider test_lsp.py)
rc=$?
set -e
# Exit code 5 means no test was collected: a broken suite, not a pass.
if [ "$rc" -ne 0 ]; then
  echo "pytest-lsp failed (exit $rc)"
  status=1
fi

echo "== neovim headless"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/lsp-e2e/nvim/broken.cookies "$work/broken.cookies"
set +e
COOKIES_FILE="$work/broken.cookies" timeout 120 "$nvim" --headless --clean \
  -c "luafile tests/lsp-e2e/nvim/e2e.lua" >"$work/nvim.log" 2>&1
rc=$?
set -e
cat "$work/nvim.log"
if [ "$rc" -ne 0 ] || ! grep -q "nvim-e2e: [0-9]* passed, 0 failed" "$work/nvim.log"; then
  echo "neovim e2e failed (exit $rc)"
  status=1
fi
exit $status
