# brief watch: rebuilds on a change, a new file, a deleted file, an image and the style; keeps the
# last good outputs when a file breaks; its outputs equal a fresh build's; a burst of saves is one
# rebuild; SIGINT and SIGTERM stop it.
. "$(dirname "$0")/lib.bash"

have inotifywait || true # not needed: brief uses inotify itself
export SOURCE_DATE_EPOCH=1543190400
formats=$(formats_built)
cp -r "$SRC/articles" "$WORK/a"
cp "$SRC/styles/default.yaml" "$WORK/house.yaml"
log=$WORK/watch.log
pid=

# wait_count N PATTERN: waits (at most 60 s) until the log has N lines with PATTERN.
wait_count() {
  local n=$1 pattern=$2 tries=0
  checks=$((checks + 1))
  while [ "$(grep -cF -- "$pattern" "$log" 2>/dev/null || true)" -lt "$n" ]; do
    kill -0 "$pid" 2>/dev/null || { fail "watch exited while waiting for '$pattern': $(tail -c 600 "$log")"; return 1; }
    tries=$((tries + 1))
    [ "$tries" -gt 600 ] && { fail "no ${n}th '$pattern' after 60 s: $(tail -c 600 "$log")"; return 1; }
    sleep 0.1
  done
}

# stop_watch SIGNAL: sends it and waits (at most 30 s) for a clean exit 0 with no temporary file.
stop_watch() {
  kill "-$1" "$pid"
  local tries=0
  while kill -0 "$pid" 2>/dev/null; do
    tries=$((tries + 1))
    [ "$tries" -gt 300 ] && { fail "watch still running 30 s after SIG$1"; kill -KILL "$pid"; break; }
    sleep 0.1
  done
  wait "$pid"
  local code=$?
  checks=$((checks + 2))
  [ "$code" = 0 ] || fail "watch exited $code after SIG$1, wanted 0"
  grep -qF "stopped by SIG$1" "$log" || fail "no 'stopped by SIG$1' line: $(tail -c 300 "$log")"
  expect_no_temporaries
}

expect_no_temporaries() {
  checks=$((checks + 1))
  [ -z "$(find "$WORK" -name '*.tmp')" ] || fail "temporary files left: $(find "$WORK" -name '*.tmp')"
}

# same_as_fresh: the watched outputs equal those of a fresh `brief build` of the same files.
same_as_fresh() {
  rm -rf "$WORK/fresh"
  "$BRIEF" build "$WORK/a" -o "$WORK/fresh" -q --style "$WORK/house.yaml" || fail "fresh build failed ($1)"
  for f in ${formats//,/ }; do
    checks=$((checks + 1))
    cmp -s "$WORK/out/briefing.$f" "$WORK/fresh/briefing.$f" || fail "watched briefing.$f differs from a fresh build ($1)"
  done
}

"$BRIEF" watch "$WORK/a" -o "$WORK/out" --style "$WORK/house.yaml" 2>"$log" &
pid=$!
wait_count 1 "; watching"
same_as_fresh "first build"

# A change to one article: one rebuild naming it, that one file read again and parsed, the same
# bytes as fresh.
sed -i 's/Huawei/Huawei Technologies/' "$WORK/a/usa-urges-allies-to-shun-huawei-technologies.md"
wait_count 1 "changed: built"
expect_in "$log" "usa-urges-allies-to-shun-huawei-technologies.md changed: built"
expect_in "$log" "(1 file(s) read, 1 article(s) parsed, "
same_as_fresh "after a change"

# edit_and_compare WHAT COMMAND...: runs the edit, waits for its rebuild, compares with a fresh build.
edit_and_compare() {
  local what=$1 n
  shift
  n=$(grep -c "changed: built" "$log")
  "$@"
  wait_count $((n + 1)) "changed: built"
  same_as_fresh "$what"
}
first="$WORK/a/us-government-campaign-against-huawei-intensifies.md"
target=$first
last="$WORK/a/usa-urges-allies-to-shun-huawei-technologies.md"

# A sentence changed in the last article: the articles before it are laid out by an earlier run
# (watch says how many results it reused), and the bytes are still a fresh build's.
edit_and_compare "after a sentence changed" sed -i 's/\. /. Officials declined to comment. /' "$last"
checks=$((checks + 1))
tail -n 1 "$log" | grep -Eq "part\(s\) made, [1-9][0-9]* reused" || fail "a one-article edit reused nothing: $(tail -n 1 "$log")"

# A footnote added to the first article: every later note is renumbered, so the later articles'
# cached pages no longer fit and are made again.
add_note() { printf '\nAnother report came in.[^late]\n\n[^late]: A note added while watching.\n' >>"$first"; }
edit_and_compare "after a footnote was added" add_note

# The first article grown by pages: the page numbers of everything after it move.
grow() { for i in $(seq 40); do printf '\nA paragraph added while watching, number %s, long enough to fill a line or two of the page.\n' "$i"; done >>"$first"; }
edit_and_compare "after an article grew by pages" grow

# A word replaced in the middle article.
edit_and_compare "after a word was replaced" sed -i 's/ allies/ partners/' "$WORK/a/us-government-reportedly-urges-allies-to-ditch-chinas-huawei.md"

# A new article.
n=$(grep -c "changed: built" "$log")
article "$WORK/a" zz-new.md "A late report" "Text that came in late."
wait_count $((n + 1)) "changed: built"
expect_in "$log" "zz-new.md changed: built"
same_as_fresh "after a new file"
checks=$((checks + 1))
"$BRIEF" dump "$WORK/a" 2>/dev/null | grep -q "A late report" || fail "the new article is not in the model"

# A deleted article.
rm "$WORK/a/zz-new.md"
wait_count $((n + 2)) "changed: built"
same_as_fresh "after a deletion"

# A broken article: the diagnostics are printed, the last good outputs stay, nothing temporary.
sums=$(cd "$WORK/out" && sha256sum briefing.*)
printf -- '---\ntitle: [not, text]\n---\n' >"$WORK/a/zz-broken.md"
wait_count 1 "changed: failed"
expect_in "$log" "zz-broken.md:2:8: error: 'title' must be text, not a list"
expect_in "$log" "the last good outputs are kept"
checks=$((checks + 1))
[ "$(cd "$WORK/out" && sha256sum briefing.*)" = "$sums" ] || fail "a failed rebuild changed the outputs"
expect_no_temporaries
rm "$WORK/a/zz-broken.md"
wait_count $((n + 3)) "changed: built"
same_as_fresh "after the broken file went"

# An image beside the articles, and the style file.
n=$(grep -c "changed: built" "$log")
printf 'not really a png' >"$WORK/a/chart.png"
wait_count $((n + 1)) "changed: built"
expect_in "$log" "chart.png changed: built"
sed -i 's/^  size: A4/  size: Letter/' "$WORK/house.yaml"
grep -q 'size: Letter' "$WORK/house.yaml" || fail "test set-up: the style has no 'size: A4' line"
wait_count $((n + 2)) "changed: built"
expect_in "$log" "house.yaml changed: built"
checks=$((checks + 1))
if have pdfinfo; then
  pdfinfo "$WORK/out/briefing.pdf" | grep -q "612 x 792" || fail "the style's change did not reach the PDF"
fi
same_as_fresh "after a style change"
stop_watch INT

# An editor's save in several steps (write a temporary, rename it over) is one rebuild, not one
# per step; files brief does not read (a swap file) start none. Five saves from the shell come a
# fork or two apart, which on a loaded machine can be longer than the default 10 ms after a save:
# --debounce 500 says how far apart one burst's steps may be.
: >"$log"
"$BRIEF" watch "$WORK/a" -o "$WORK/out" --style "$WORK/house.yaml" --debounce 500 2>"$log" &
pid=$!
wait_count 1 "; watching"
for i in 1 2 3 4 5; do
  cp "$target" "$WORK/a/.edit.swp"
  printf '\nOne more line %s.\n' "$i" >>"$WORK/a/.edit.swp"
  mv "$WORK/a/.edit.swp" "$target"
done
wait_count 1 "changed:"
sleep 1.5
after=$(grep -c "changed:" "$log")
checks=$((checks + 1))
[ "$after" = 1 ] || fail "five quick saves gave $after rebuilds, wanted 1"
expect_in "$log" "us-government-campaign-against-huawei-intensifies.md changed: built"
same_as_fresh "after a burst of saves"
touch "$WORK/a/notes.txt" "$WORK/a/x.md~"
sleep 1.5
checks=$((checks + 1))
[ "$(grep -c "changed:" "$log")" = "$after" ] || fail "a file brief does not read started a rebuild"
stop_watch INT

# An input that does not exist: exit 1 at once, saying so (nothing to watch).
checks=$((checks + 1))
timeout 30 "$BRIEF" watch "$WORK/no-such-folder" -o "$WORK/none" >"$WORK/missing.out" 2>"$WORK/missing.err"
code=$?
[ "$code" = 1 ] || fail "watch of a missing folder exited $code, wanted 1"
expect_in "$WORK/missing.err" "no-such-folder: no such file or folder"

# SIGTERM, sent while a rebuild is running, stops it cleanly too.
: >"$log"
"$BRIEF" watch "$WORK/a" -o "$WORK/out" --style "$WORK/house.yaml" 2>"$log" &
pid=$!
wait_count 1 "; watching"
echo "Another line." >>"$target"
sleep 0.2
stop_watch TERM
finish
