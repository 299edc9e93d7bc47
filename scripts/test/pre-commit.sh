#!/usr/bin/env bash
# pre-commit suite: run the hooks of .pre-commit-hooks.yaml with the real
# pre-commit (PyPI, pinned, cached venv from scripts/install/pre-commit.sh)
# on a temporary git repository: `pre-commit try-repo` clones this
# repository (uncommitted changes included) as a user's config would.
# The hooks are `language: system`, so nothing is fetched.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

pre_commit=$(bash scripts/install/pre-commit.sh)
cargo build -p cookiec --locked --quiet
bin_dir=$(cd "${CARGO_TARGET_DIR:-target}/debug" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$bin_dir:$PATH"
export PRE_COMMIT_HOME="$work/pre-commit-home"
export NO_COLOR=1
repo="$work/repo"
mkdir -p "$repo"
cd "$repo"
git init -q
git config user.email test@example.invalid
git config user.name test
git config commit.gpgsign false

fail() { echo "FAIL: $*" >&2; echo "--- output:" >&2; cat "$work/out" >&2; exit 1; }
# try-repo HOOK FILES...: run one hook of this repository on FILES.
try() {
  local hook=$1; shift
  set +e
  "$pre_commit" try-repo "$root" "$hook" --files "$@" >"$work/out" 2>&1
  local rc=$?
  set -e
  return $rc
}

printf 'policy "Shop" {\n  controller "Shop Ltd"\n  email "privacy@shop.example"\n}\n' > site.cookies
cookiec fmt site.cookies >/dev/null 2>&1
printf 'policy "Shop" {\n  controller "Shop Ltd"\n  email "privacy@shop.example"\n  updated 2026-02-30\n}\n' > broken.cookies
printf 'policy "Shop" {\n     controller "Shop Ltd"\n  email  "privacy@shop.example"\n}\n' > messy.cookies
printf 'not a policy at all {{{\n' > notes.txt
git add -A

# cookiec-check: passes on a valid file, fails with the code on an invalid one.
try cookiec-check site.cookies || fail "cookiec-check failed on a valid file"
grep -q 'cookiec check.*Passed' "$work/out" || fail "cookiec-check did not report Passed"
if try cookiec-check site.cookies broken.cookies; then fail "cookiec-check passed an invalid file"; fi
grep -q 'E212' "$work/out" || fail "cookiec-check output lacks the E212 diagnostic"
grep -q 'broken.cookies' "$work/out" || fail "cookiec-check output does not name the file"
# Only .cookies files are passed to the hook.
try cookiec-check notes.txt || fail "cookiec-check ran on a non-.cookies file"
grep -q 'no files to check' "$work/out" || fail "cookiec-check was not skipped for notes.txt"

# cookiec-fmt: rewrites an unformatted file (so the commit fails), then passes.
if try cookiec-fmt messy.cookies site.cookies; then fail "cookiec-fmt passed an unformatted file"; fi
grep -q 'files were modified by this hook' "$work/out" || fail "cookiec-fmt did not report the rewrite"
cookiec fmt --check messy.cookies >/dev/null 2>&1 || fail "messy.cookies is still not formatted"
try cookiec-fmt messy.cookies site.cookies || fail "cookiec-fmt failed on formatted files"

# As a user's .pre-commit-config.yaml would use them, at a commit of this
# repository: a commit with an invalid policy is refused.
if git -C "$root" diff --quiet HEAD -- .pre-commit-hooks.yaml 2>/dev/null &&
  git -C "$root" cat-file -e HEAD:.pre-commit-hooks.yaml 2>/dev/null; then
  rev=$(git -C "$root" rev-parse HEAD)
  cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: cookiec-fmt
      - id: cookiec-check
YAML
  git add -A
  set +e
  "$pre_commit" run --files broken.cookies >"$work/out" 2>&1
  rc=$?
  set -e
  [ $rc -ne 0 ] || fail "pre-commit run accepted an invalid policy"
  grep -q 'E212' "$work/out" || fail "pre-commit run output lacks E212"
  rm broken.cookies
  git add -A
  "$pre_commit" run --all-files >"$work/out" 2>&1 || fail "pre-commit run failed on valid, formatted files"
  echo "ok: hooks run from .pre-commit-config.yaml at $rev"
fi
echo "ok: cookiec-check and cookiec-fmt hooks behave under pre-commit $("$pre_commit" --version | cut -d' ' -f2)"
