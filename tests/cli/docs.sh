# The man page and the completions generated from the command line: man --warnings finds nothing,
# every command and option --help lists is in them, bash loads the completion and completes with it,
# zsh parses its completion.
. "$(dirname "$0")/lib.bash"

BUILD=${BRIEF_BUILD_DIR:?the build folder (ctest sets BRIEF_BUILD_DIR)}
page=$BUILD/brief.1
for f in "$page" "$BUILD/brief.bash-completion" "$BUILD/_brief"; do
  checks=$((checks + 1))
  [ -s "$f" ] || fail "the build made no $(basename "$f")"
done

# The generated files are what brief prints now (not stale).
"$BRIEF" --generate man >"$WORK/brief.1"
checks=$((checks + 1))
cmp -s "$WORK/brief.1" "$page" || fail "build/brief.1 differs from 'brief --generate man'"

if have man && have groff; then
  checks=$((checks + 1))
  man --warnings -l "$page" >"$WORK/rendered" 2>"$WORK/warnings" || fail "man failed on brief.1"
  [ ! -s "$WORK/warnings" ] || fail "man --warnings: $(head -c 600 "$WORK/warnings")"
  for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "FRONT MATTER" "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
    checks=$((checks + 1))
    grep -q "^$section" "$WORK/rendered" || fail "the man page has no $section section"
  done
  expect_in "$WORK/rendered" "SOURCE_DATE_EPOCH"
  # Every option of every command's --help is in the page, with its help text.
  for cmd in build watch check dump init; do
    expect_in "$WORK/rendered" "brief $cmd"
    "$BRIEF" "$cmd" --help >"$WORK/help"
    for opt in $(grep -o -- '--[a-z][a-z-]*' "$WORK/help" | sort -u); do
      checks=$((checks + 1))
      grep -qF -- "$opt" "$WORK/rendered" || fail "brief $cmd --help has $opt, the man page does not"
    done
  done
  expect_in "$WORK/rendered" "Also write a JSON summary of the run"
  # Every front-matter key the reader knows (an unknown key warns, a known one does not).
  for key in title outlet author date url retrieved provenance language; do
    checks=$((checks + 1))
    grep -qE "^ {7}$key\b" "$WORK/rendered" || fail "the FRONT MATTER section lacks $key"
    [ "$key" = title ] && continue
    printf -- '---\ntitle: T\n%s: 2018-11-23\n---\nText.\n' "$key" >"$WORK/k.md"
    [ "$key" = url ] && printf -- '---\ntitle: T\nurl: https://example.org/\n---\nText.\n' >"$WORK/k.md"
    expect_exit 0 -- "$BRIEF" check "$WORK/k.md"
    expect_not_in "$WORK/err" "unknown key"
  done
else
  echo "SKIP man checks: man or groff missing"
fi

# bash: the completion loads, registers brief, and completes commands, options and formats.
complete_words() { # complete_words WORD...: what _brief offers for the last word
  bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _brief; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$BUILD/brief.bash-completion" "$@"
}
bash -c ". '$BUILD/brief.bash-completion' && complete -p brief" >"$WORK/complete" 2>&1
expect_in "$WORK/complete" "complete -o filenames -F _brief brief"
complete_words brief w >"$WORK/c1"
expect_in "$WORK/c1" "watch"
complete_words brief build --su >"$WORK/c2"
expect_in "$WORK/c2" "--summary-json"
complete_words brief build -f e >"$WORK/c3"
expect_in "$WORK/c3" "epub"
complete_words brief init --style l >"$WORK/c4"
expect_in "$WORK/c4" "letter"

if have zsh; then
  checks=$((checks + 1))
  zsh -n "$BUILD/_brief" 2>"$WORK/zsh" || fail "zsh cannot parse _brief: $(head -c 400 "$WORK/zsh")"
  expect_in "$BUILD/_brief" "#compdef brief"
  expect_in "$BUILD/_brief" "--summary-json"
fi
finish
