#!/usr/bin/env bash
# Run every test suite of the project: Rust (fmt, clippy, tests), then each
# suite script under scripts/test/ (grammar, node, python, browser, editors).
# Each suite script installs what it needs through scripts/install/ (pinned,
# cached), so this one command works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

failed=()
passed=()
run_suite() {
  local name=$1; shift
  echo "::group:: $name"
  local start=$SECONDS
  if "$@"; then
    passed+=("$name")
    echo "suite $name: ok ($((SECONDS - start)) s)"
  else
    failed+=("$name")
    echo "suite $name: FAILED ($((SECONDS - start)) s)"
  fi
  echo "::endgroup::"
}

run_suite rust-fmt cargo fmt --all -- --check
run_suite rust-clippy cargo clippy --workspace --all-targets --locked -- -D warnings
run_suite rust-test cargo test --workspace --locked
for suite in scripts/test/*.sh; do
  [ -e "$suite" ] || continue
  run_suite "$(basename "$suite" .sh)" bash "$suite"
done

echo
echo "suites: ${#passed[@]} passed, ${#failed[@]} failed"
if ((${#failed[@]})); then
  printf 'failed suite: %s\n' "${failed[@]}"
  exit 1
fi
