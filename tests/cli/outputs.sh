# Writing outputs: every format, atomic replacement, nothing lost on failure, same bytes twice.
. "$(dirname "$0")/lib.bash"

formats=$(formats_built)
[ -n "$formats" ] || { echo "no formats built yet"; exit 77; }
export SOURCE_DATE_EPOCH=1543190400

expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/out1" --quiet
for f in ${formats//,/ }; do
  [ -s "$WORK/out1/briefing.$f" ] || fail "briefing.$f missing or empty"
done

# Same input, same bytes, whatever the folder we run from, the locale and the thread count.
locale=C.UTF-8
locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$' && locale=de_DE.UTF-8
(cd "$WORK" && LC_ALL=$locale TZ=Asia/Tokyo "$BRIEF" build "$SRC/articles" -o "$WORK/out2" --quiet -j 1) || fail "second build failed"
for f in ${formats//,/ }; do
  checks=$((checks + 1))
  cmp -s "$WORK/out1/briefing.$f" "$WORK/out2/briefing.$f" || fail "briefing.$f differs between two runs"
done

# A failing run (an article with an error) leaves the earlier outputs untouched and no temporaries.
cp -r "$SRC/articles" "$WORK/articles"
sums_before=$(cd "$WORK/out1" && sha256sum briefing.*)
printf -- '---\ntitle: [not, text]\n---\n' >"$WORK/articles/zz-broken.md"
expect_exit 1 -- "$BRIEF" build "$WORK/articles" -o "$WORK/out1"
expect_in "$WORK/err" "zz-broken.md:2:8: error: 'title' must be text, not a list"
expect_in "$WORK/err" "nothing written"
checks=$((checks + 1))
[ "$(cd "$WORK/out1" && sha256sum briefing.*)" = "$sums_before" ] || fail "a failed run changed earlier outputs"
checks=$((checks + 1))
[ -z "$(find "$WORK/out1" -name '*.tmp')" ] || fail "temporary files left behind"

# --keep-going builds from the good articles and names the bad one.
expect_exit 0 -- "$BRIEF" build "$WORK/articles" -o "$WORK/out3" --keep-going --quiet
expect_in "$WORK/err" "zz-broken.md"
for f in ${formats//,/ }; do [ -s "$WORK/out3/briefing.$f" ] || fail "--keep-going wrote no briefing.$f"; done

# A folder in the way of an output: exit 1, the message names it, the other files are untouched.
mkdir -p "$WORK/out4"
first=${formats%%,*}
mkdir -p "$WORK/out4/briefing.$first"
expect_exit 1 -- "$BRIEF" build "$SRC/articles" -o "$WORK/out4" --quiet
expect_in "$WORK/err" "a folder is in the way"
checks=$((checks + 1))
[ -z "$(find "$WORK/out4" -name '*.tmp')" ] || fail "temporary files left behind"

# The disk filling up mid-write (a file-size limit makes write() fail with EFBIG): exit 1, the
# earlier outputs untouched, no temporary files left.
checks=$((checks + 1))
( trap '' XFSZ; ulimit -f 8; "$BRIEF" build "$SRC/articles" -o "$WORK/out1" --quiet ) >"$WORK/out" 2>"$WORK/err"
code=$?
[ "$code" = 1 ] || fail "disk full: exit $code, wanted 1: $(head -c 300 "$WORK/err")"
expect_in "$WORK/err" "cannot write"
checks=$((checks + 1))
[ "$(cd "$WORK/out1" && sha256sum briefing.*)" = "$sums_before" ] || fail "a write that ran out of space changed earlier outputs"
checks=$((checks + 1))
[ -z "$(find "$WORK/out1" -name '*.tmp')" ] || fail "temporary files left behind after a failed write"

# An output folder that cannot be written (skipped as root, who can write anywhere).
if [ "$(id -u)" != 0 ]; then
  mkdir -p "$WORK/ro" && chmod 555 "$WORK/ro"
  expect_exit 1 -- "$BRIEF" build "$SRC/articles" -o "$WORK/ro" --quiet
fi
# The output folder is created when missing.
expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/new/deeper" --quiet -f "$first"
[ -s "$WORK/new/deeper/briefing.$first" ] || fail "missing output folder was not created"
finish
