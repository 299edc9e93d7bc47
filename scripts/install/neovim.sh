#!/usr/bin/env bash
# Install Neovim from Debian (0.7.2 on bookworm: `vim.lsp.start_client`,
# `buf_attach_client` and `vim.diagnostic` are all there) and print the path
# of `nvim` on stdout. Idempotent.
set -euo pipefail

if ! command -v nvim >/dev/null 2>&1; then
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y neovim >&2
fi
command -v nvim
