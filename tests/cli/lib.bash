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

# The formats this build has, from `brief build --help`.
formats_built() { "$BRIEF" build --help | sed -n 's/.*Comma-separated formats: \([a-z, ]*\) (default.*/\1/p' | tr -d ' '; }

finish() {
  echo "$checks checks, $failures failed"
  [ "$failures" = 0 ]
  exit $?
}
