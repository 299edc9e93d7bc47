#!/usr/bin/env bash
# Install the tree-sitter CLI (pinned) into the cookiec cache and print the
# path of the binary on stdout. Built from crates.io with cargo because the
# npm package downloads a prebuilt binary at install time, which cannot work
# on machines that reach only the package registries. Idempotent: a second
# run only checks the version (the build takes ~4 min on 2 cores).
set -euo pipefail

TREE_SITTER_VERSION=0.27.0
root="${XDG_CACHE_HOME:-$HOME/.cache}/cookiec/tree-sitter-cli/$TREE_SITTER_VERSION"
bin="$root/bin/tree-sitter"

if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "$TREE_SITTER_VERSION"; then
  echo "$bin"
  exit 0
fi

# The CLI needs a C compiler to build and later to compile generated parsers.
if ! command -v cc >/dev/null 2>&1; then
  apt-get update >&2
  apt-get install -y build-essential >&2
fi

echo "installing tree-sitter-cli $TREE_SITTER_VERSION into $root (takes a few minutes)" >&2
# A separate target dir keeps this build out of the workspace's target/.
CARGO_TARGET_DIR="$root/build" cargo install tree-sitter-cli \
  --locked --version "$TREE_SITTER_VERSION" --root "$root" >&2
# Another install may still be writing there; the binary is what matters.
rm -rf "$root/build" 2>/dev/null || true
echo "$bin"
