#!/usr/bin/env bash
# Tree-sitter grammar suite: the committed parser is what `generate` makes,
# the corpus and highlight tests pass, every valid .cookies file parses with
# no ERROR/MISSING node, every syntax-error fixture (E1xx) has one, and all
# query files (tree-sitter, Neovim, Helix) compile against the grammar.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

bash scripts/install/node.sh   # generate, the keyword generator and the differential test run in node
TS=$(bash scripts/install/tree-sitter.sh)
grammar_dir=$repo/grammar/tree-sitter-cookies
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A config with an empty parser directory keeps the CLI from warning that
# none is configured (the grammar is found through the working directory).
mkdir -p "$work/config" "$work/parsers"
printf '{"parser-directories": ["%s"]}\n' "$work/parsers" > "$work/config/config.json"
export TREE_SITTER_DIR=$work/config

passes=0
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; passes=$((passes + 1)); }

# Generated files must be current (and committed output is what editors
# build from, so a stale src/parser.c would ship an old grammar).
echo "== generated files are up to date"
if node grammar/gen-keywords.mjs --check; then
  pass "queries and TextMate grammar match grammar/keywords.json"
else
  fail "run node grammar/gen-keywords.mjs"
fi
cp -r "$grammar_dir" "$work/generate"
# ABI 14 keeps the parser loadable by Neovim 0.9+ and Helix 24.07+, whose
# tree-sitter runtimes predate ABI 15.
(cd "$work/generate" && "$TS" generate --abi 14 >/dev/null)
for f in parser.c grammar.json node-types.json; do
  if cmp -s "$work/generate/src/$f" "$grammar_dir/src/$f"; then
    pass "src/$f is what tree-sitter generate makes"
  else
    fail "src/$f is stale: run tree-sitter generate --abi 14 in grammar/tree-sitter-cookies"
  fi
done

cd "$grammar_dir"

echo "== tree-sitter test (corpus and highlight tests)"
if "$TS" test >"$work/test.log" 2>&1; then
  pass "tree-sitter test: $(grep -c '✓' "$work/test.log") tests"
else
  cat "$work/test.log"
  fail "tree-sitter test"
fi

echo "== valid files parse without ERROR or MISSING nodes"
shopt -s nullglob
valid=("$repo"/examples/*.cookies "$repo"/tests/fixtures/valid/*.cookies)
for f in "${valid[@]}"; do
  if out=$("$TS" parse -q "$f" 2>&1); then
    pass "${f#"$repo"/}"
  else
    fail "${f#"$repo"/}: $out"
  fi
  # The same file with CRLF line endings (the compiler accepts both).
  sed 's/$/\r/' "$f" > "$work/crlf.cookies"
  "$TS" parse -q "$work/crlf.cookies" >/dev/null 2>&1 || fail "${f#"$repo"/} with CRLF line endings"
done
((${#valid[@]})) || echo "(no valid .cookies files yet)"

echo "== syntax-error fixtures (E1xx) have ERROR or MISSING nodes"
invalid=("$repo"/tests/fixtures/invalid/E1*.cookies)
for f in "${invalid[@]}"; do
  # E108 is the compiler's nesting limit, not a grammar error.
  [[ "$f" == */E108-* ]] && continue
  if "$TS" parse -q "$f" >/dev/null 2>&1; then
    fail "${f#"$repo"/}: parsed without error"
  else
    pass "${f#"$repo"/}"
  fi
done
((${#invalid[@]})) || echo "(no E1xx fixtures yet)"

echo "== tree-sitter and the compiler agree on syntax errors (mutated examples)"
# The compiler (incremental after the Rust suites) is the reference parser.
# Copied at once: other builds sharing target/ may replace the binary.
# COOKIEC=/path/to/cookiec uses that binary instead of building one.
cookiec_ok=true
if [ -n "${COOKIEC:-}" ]; then
  cp "$COOKIEC" "$work/cookiec" || cookiec_ok=false
elif (cd "$repo" && cargo build --locked -q -p cookiec); then
  cp "$repo/target/debug/cookiec" "$work/cookiec" || cookiec_ok=false
else
  cookiec_ok=false
fi
if ! $cookiec_ok; then
  fail "no cookiec binary to compare with (cargo build -p cookiec failed)"
elif out=$(node "$grammar_dir/test/differential.mjs" "$TS" "$work/cookiec" 100 2>&1); then
  pass "$(echo "$out" | head -1 | sed 's/^differential: //')"
else
  echo "$out"
  fail "tree-sitter and cookiec disagree on syntax errors"
fi

echo "== query files compile against the grammar"
sample=$grammar_dir/test/highlight/policy.cookies
for q in queries/*.scm "$repo"/editors/neovim/queries/cookies/*.scm "$repo"/editors/helix/queries/cookies/*.scm; do
  if out=$("$TS" query "$q" "$sample" 2>&1 >/dev/null); then
    pass "${q#"$repo"/}"
  else
    fail "${q#"$repo"/}: $out"
  fi
done

echo "== Helix languages.toml agrees with the grammar"
command -v python3 >/dev/null 2>&1 || { apt-get update >&2; apt-get install -y python3 >&2; }
if out=$(python3 - "$repo" <<'PY' 2>&1
import json, sys, tomllib
repo = sys.argv[1]
helix = tomllib.load(open(f"{repo}/editors/helix/languages.toml", "rb"))
ts = json.load(open(f"{repo}/grammar/tree-sitter-cookies/tree-sitter.json"))["grammars"][0]
lang = next(l for l in helix["language"] if l["name"] == "cookies")
assert lang["scope"] == ts["scope"], lang["scope"]
assert lang["file-types"] == ts["file-types"], lang["file-types"]
# Current key names: `comment-tokens` (a list; `comment-token` is the old
# spelling Helix only accepts as an alias), `language-servers`.
assert lang["comment-tokens"] == ["#"], lang.get("comment-tokens")
assert "comment-token" not in lang and "language-server" not in lang
assert lang["language-servers"] == ["cookiec"]
assert helix["language-server"]["cookiec"] == {"command": "cookiec", "args": ["lsp"]}
assert lang["formatter"] == {"command": "cookiec", "args": ["fmt", "-"]}
grammar = next(g for g in helix["grammar"] if g["name"] == lang.get("grammar", lang["name"]))
assert grammar["source"]["path"].endswith("grammar/tree-sitter-cookies")
# Helix 25.07+ gives a resolved reference the highlight named in its
# definition's capture: a bare @local.definition would leave ids unstyled.
locals_scm = open(f"{repo}/editors/helix/queries/cookies/locals.scm").read()
import re
assert re.findall(r"@local\.definition\b(?!\.)", locals_scm) == [], "bare @local.definition"
assert "@local.definition.type" in locals_scm
PY
); then
  pass "editors/helix/languages.toml"
else
  fail "editors/helix/languages.toml: $out"
fi

echo "tree-sitter: $passes passed, $failures failed"
((failures == 0))
