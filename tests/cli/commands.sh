# The CLI's contract: help that teaches, version, exit codes, compiler-style diagnostics, dump and check.
. "$(dirname "$0")/lib.bash"

expect_exit 0 -- "$BRIEF" --help
expect_in "$WORK/out" "build"
expect_in "$WORK/out" "Exit codes"
expect_exit 0 -- "$BRIEF" build --help
expect_in "$WORK/out" "Examples:"
expect_in "$WORK/out" "SOURCE_DATE_EPOCH"
expect_exit 0 -- "$BRIEF" --version
expect_in "$WORK/out" "brief "

expect_exit 2 -- "$BRIEF"
expect_exit 2 -- "$BRIEF" frobnicate
expect_exit 2 -- "$BRIEF" build --no-such-flag
expect_exit 2 -- "$BRIEF" build -f nonsense "$SRC/articles"
expect_in "$WORK/err" "unknown format 'nonsense'"

# The seed briefing: clean, five articles, each with its attribution and its WSJ credit.
cd "$SRC"
expect_exit 0 -- "$BRIEF" check articles
expect_in "$WORK/err" "5 article(s), 0 error(s), 0 warning(s)"
expect_exit 0 -- "$BRIEF" dump articles
[ "$(grep -c '^article ' "$WORK/out")" = 5 ] || fail "dump shows $(grep -c '^article ' "$WORK/out") articles, wanted 5"
[ "$(grep -c '^  note [0-9]* attribution' "$WORK/out")" = 5 ] || fail "wanted 5 attribution notes"
grep -q '^front key-points "Key points"' "$WORK/out" || fail "dump shows no Key points part"
[ "$(grep -c 'note [0-9]* secondary source=the-wall-street-journal' "$WORK/out")" = 5 ] || fail "wanted 5 WSJ credits"

# dump --json: the whole model, key points first with the files of the articles reporting them.
expect_exit 0 -- "$BRIEF" dump --json articles
if have python3; then
  checks=$((checks + 1))
  python3 - "$WORK/out" <<'PY' || fail "dump --json lacks the key points or the articles"
import json, os, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
files = [a["file"] for a in d["articles"]]
assert len(files) == 5 and d["key_points"], d.keys()
for k in d["key_points"]:
    assert k["text"] and len(k["articles"]) >= 2 and set(k["articles"]) <= set(files), k
    assert len(k["notes"]) == len(k["articles"]) and all(n["number"] > 0 for n in k["notes"]), k
assert d["key_points"][0]["notes"][0]["number"] == 1  # key points are numbered first
PY
fi
cd "$WORK"

# Diagnostics look like a compiler's: file:line:col: error: message, with a hint.
article "$WORK/bad" a.md "Fine" "Text."
printf -- '---\ntitle: T\ndate: 23/11/2018\n---\nBody\n' >"$WORK/bad/b.md"
expect_exit 1 -- "$BRIEF" check "$WORK/bad"
expect_in "$WORK/err" "$WORK/bad/b.md:3:7: error: 'date' is not a date: '23/11/2018'"
expect_in "$WORK/err" "hint: write it as ISO 8601"
expect_exit 1 -- "$BRIEF" dump "$WORK/bad"

# Warnings pass, --strict turns them into errors.
printf -- '---\ntitle: T\nsection: Money\n---\nBody\n' >"$WORK/warn.md"
expect_exit 0 -- "$BRIEF" check "$WORK/warn.md"
expect_in "$WORK/err" "warn.md:3:1: warning: unknown key 'section'"
expect_exit 1 -- "$BRIEF" check --strict "$WORK/warn.md"

# Missing inputs and empty folders are errors that say so.
expect_exit 1 -- "$BRIEF" check "$WORK/does-not-exist"
expect_in "$WORK/err" "no such file or folder"
mkdir -p "$WORK/empty"
expect_exit 1 -- "$BRIEF" check "$WORK/empty"
expect_in "$WORK/err" "no articles found"

# Progress: lines on stderr with --progress (the run's phases, each format as it is written);
# none with --quiet, and none by default when stderr is not a terminal (as here).
expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/progress" -f pdf,xml --progress
expect_in "$WORK/err" "brief: read 5 article(s) ("
expect_in "$WORK/err" "brief: rendered pdf ("
expect_in "$WORK/err" "brief: rendered xml ("
expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/progress" -f pdf,xml
expect_not_in "$WORK/err" "brief: rendered"
expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/progress" -f pdf,xml --progress --quiet
expect_not_in "$WORK/err" "brief:"

# Styles: by name, by file, and a missing one.
expect_exit 0 -- "$BRIEF" check --style letter "$SRC/articles"
expect_exit 1 -- "$BRIEF" check --style nonesuch "$SRC/articles"
expect_in "$WORK/err" "no style named 'nonesuch'"
finish
