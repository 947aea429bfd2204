# Helpers for the end-to-end tests: each script is run as `bash script.sh BRIEF SOURCE_DIR`.
# Sourced, not run. A failed expectation prints what was wanted and what came, and fails the test.
set -u
BRIEF=${1:?usage: script BRIEF SOURCE_DIR}
SRC=${2:?usage: script BRIEF SOURCE_DIR}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/brief-cli.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
failures=0
checks=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# have TOOL: the tool is on PATH (validator scripts skip a check, with a message, when it is not).
have() { command -v "$1" >/dev/null 2>&1; }

# expect_exit CODE -- command...: runs the command, keeping stdout in $WORK/out and stderr in $WORK/err.
expect_exit() {
  local want=$1; shift; [ "$1" = -- ] && shift
  checks=$((checks + 1))
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  [ "$got" = "$want" ] || fail "'$*' exited $got, wanted $want; stderr: $(head -c 600 "$WORK/err")"
}

# expect_in FILE TEXT: FILE contains TEXT (fixed string).
expect_in() {
  checks=$((checks + 1))
  grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks '$2'; it has: $(head -c 600 "$1")"
}

expect_not_in() {
  checks=$((checks + 1))
  ! grep -qF -- "$2" "$1" || fail "$(basename "$1") has '$2'"
}

# An article file with front matter: article DIR NAME TITLE BODY
article() {
  mkdir -p "$1"
  printf -- '---\ntitle: %s\n---\n%s\n' "$3" "$4" >"$1/$2"
}

# tables_briefing DIR: one article with a table (every alignment, a caption, a footnote in a
# cell, a long URL, CJK and Arabic), a figure and an inline picture from PNGs made here with
# python3's zlib, task items, and a second table without a caption.
tables_briefing() {
  mkdir -p "$1"
  python3 - "$1" <<'PY' || fail "python3 could not write the test pictures"
import struct, sys, zlib
def png(path, w, h, pixel):
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
png(sys.argv[1] + "/chart.png", 240, 120, lambda x, y: (x, y * 2, 160 if (x // 30 + y // 30) % 2 else 60))
png(sys.argv[1] + "/dot.png", 16, 16, lambda x, y: (200, 40, 40))
PY
  cat >"$1/tables.md" <<'MD'
---
title: Tables and figures
outlet: Test Outlet
date: 2018-11-24
---
An inline ![red dot](dot.png) picture.

| Region | Units | Share | Note |
|:-------|------:|:-----:|------|
| North | 1,200 | 31 % | Steady[^a] |
| South | 980 | 25 % | <https://example.org/a/very/long/path/that/goes/on/and/on/forever?with=query&and=more> |
| 東京 | 42 | 1 % | العربية |

Table: Sales by *region*

![A chart of sales by region](chart.png "Sales over the quarter")

- [ ] open task
- [x] done task

| Plain | Table |
|---|---|
| cell one | cell two |

[^a]: A note in a cell.
MD
}

# The formats this build has, from `brief build --help`.
formats_built() { "$BRIEF" build --help | sed -n 's/.*Comma-separated formats: \([a-z, ]*\) (default.*/\1/p' | tr -d ' '; }

finish() {
  echo "$checks checks, $failures failed"
  [ "$failures" = 0 ]
  exit $?
}
