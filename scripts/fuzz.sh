#!/usr/bin/env bash
# Run one cargo-fuzz target for a given time, seeded from the fixtures and
# examples; a crash is copied to fuzz/regressions/TARGET/ (replayed by the
# normal suite: crates/cookiec-oracles/tests/oracles.rs).
#
#   scripts/fuzz.sh TARGET [SECONDS]     targets: parse_check fmt build_outputs lsp_stream enforce
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz --locked`).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}"
seconds="${2:-600}"
corpus="fuzz/corpus/$target"
mkdir -p "$corpus"
# Seeds: every fixture and example (a corpus kept from earlier runs grows).
find tests/fixtures examples -name '*.cookies' -exec cp -n {} "$corpus/" \; 2>/dev/null || true
cp -n fuzz/regressions/"$target"/* "$corpus/" 2>/dev/null || true
status=0
(cd fuzz && cargo +nightly fuzz run "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1) || status=$?
for crash in fuzz/artifacts/"$target"/crash-* fuzz/artifacts/"$target"/timeout-* fuzz/artifacts/"$target"/oom-*; do
  [ -e "$crash" ] || continue
  cp "$crash" "fuzz/regressions/$target/"
  echo "finding saved as fuzz/regressions/$target/$(basename "$crash")"
done
exit "$status"
