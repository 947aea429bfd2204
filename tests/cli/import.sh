# brief import end to end: hostile pages (binary, empty, only scripts, 100 MB, 100,000 levels
# deep, invalid UTF-8, no article) end in a named error or a repaired article, never a crash or a
# hang; nothing but text and http(s) links reaches the Markdown; files are never clobbered; and
# the dev pages (../shared/import-dev, when present) import and then build.
. "$(dirname "$0")/lib.bash"

P="$WORK/pages"
mkdir -p "$P"
prose='The council voted on Tuesday to close the old bridge, citing a report that found cracks in two of its piers, and said repairs would take at least a year.'
page() { printf '<html><head><title>%s</title></head><body><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>' "$1" "$1" "$prose" "$prose"; }

# run_import NAME WANT_EXIT TEXT [options] -- PAGE...: within BRIEF_CASE_SECONDS (20 s), no signal.
run_import() {
  local name=$1 want=$2 text=$3; shift 3
  checks=$((checks + 1))
  timeout "${BRIEF_CASE_SECONDS:-20}" "$BRIEF" import -o "$WORK/out-$name" "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  if [ "$got" = 124 ]; then fail "$name: hung past ${BRIEF_CASE_SECONDS:-20} s"; return; fi
  if [ "$got" -gt 128 ]; then fail "$name: killed by signal $((got - 128))"; return; fi
  [ "$got" = "$want" ] || fail "$name: exit $got, wanted $want; stderr: $(head -c 400 "$WORK/err")"
  [ -z "$text" ] || expect_in "$WORK/err" "$text"
}

# nothing_written NAME: the case's output folder holds no article.
nothing_written() {
  checks=$((checks + 1))
  [ -z "$(ls -A "$WORK/out-$1" 2>/dev/null)" ] || fail "$1: wrote $(ls "$WORK/out-$1")"
}

# ---- Bad input: each an error naming the file, exit 1, nothing written
head -c 4096 /dev/urandom >"$P/binary.html"; printf '\x89PNG\r\n\x1a\n\0\0' | cat - "$P/binary.html" >"$P/image.html"
run_import binary 1 "image.html: error: this is a binary file" "$P/image.html"; nothing_written binary
: >"$P/empty.html"
run_import empty 1 "empty.html: error: no article text found" "$P/empty.html"; nothing_written empty
printf '<html><head><script>var a = "%s";</script></head><body><script>document.write(1)</script><style>p{}</style></body></html>' "$prose" >"$P/scripts.html"
run_import scripts 1 "scripts.html: error: no article text found" "$P/scripts.html"; nothing_written scripts
printf '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul><footer>Copyright</footer></body></html>' >"$P/menu.html"
run_import no-article 1 "menu.html: error: no article text found" "$P/menu.html"; nothing_written no-article
run_import missing 1 "nope.html: error: not a readable file" "$P/nope.html"
expect_not_in "$WORK/err" "nope.html: error: $P"
printf '<p>caf\xe9 and more text that is not UTF-8 and says nothing of its charset.</p>' >"$P/latin1.html"
run_import undeclared 1 "latin1.html:1:7: error: the page's encoding cannot be known" "$P/latin1.html"

# ---- A 100 MB page: refused by the size limit before it is parsed (the limit names the option);
# and a small gzip file that would inflate past it
{ printf '<html><body><article>'; yes "<p>$prose</p>" | head -c 104857600; } >"$P/huge.html"
run_import huge 1 "huge.html: error:" "$P/huge.html"; expect_in "$WORK/err" "--max-file-size"; nothing_written huge
head -c 104857600 /dev/zero | gzip -1 >"$P/bomb.html.gz"; rm -f "$P/huge.html"
run_import bomb 1 "bomb.html.gz: error: the page inflates past" "$P/bomb.html.gz"; nothing_written bomb

# ---- Repaired: 100,000 nested elements (flattened, warned), invalid UTF-8 in a UTF-8 page
{ printf '<html><body>'; head -c 500000 /dev/zero | sed 's/\x0\x0\x0\x0\x0/<div>/g'; printf '<p>%s</p><p>%s</p>' "$prose" "$prose"; } >"$P/deep.html"
run_import deep 0 "deep.html: warning: 99" "$P/deep.html"
expect_in "$WORK/err" "nested deeper than"
# misnested formatting, which the parser's adoption agency reopens at every step (it took gumbo
# seconds, and grows quadratically, when the nesting limit did not count the reopened elements)
{ printf '<html><body><p>'; for i in $(seq 1 20); do yes '<b><i><u><s>x</b>y' | head -n 5000 | tr -d '\n'; done; printf '</p><p>%s</p>' "$prose"; } >"$P/misnested.html"
# (CPU time, not wall time: a loaded machine does not make it fail; quadratic work still does)
checks=$((checks + 1))
TIMEFORMAT='%3U %3S'
{ time run_import misnested 0 "misnested.html: warning:" "$P/misnested.html" 2>&3; } 3>&2 2>"$WORK/cpu"
cpu_ms=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$WORK/cpu")
[ "$cpu_ms" -lt "$(( ${BRIEF_CASE_SECONDS:-20} * 100 ))" ] || fail "misnested: took $cpu_ms ms of CPU, more than a tenth of the case time"
printf '<html><head><meta charset="utf-8"><title>Bad bytes</title></head><body><p>Caf\xe9 au lait. %s</p></body></html>' "$prose" >"$P/bad-utf8.html"
run_import bad-utf8 0 "bad-utf8.html:1:" "$P/bad-utf8.html"
expect_in "$WORK/err" "warning: the page says UTF-8 but is not valid UTF-8"
expect_in "$WORK/out-bad-utf8/bad-bytes.md" "Caf$(printf '\xef\xbf\xbd') au lait."

# ---- Nothing but text and http(s) links reaches the article
cat >"$P/hostile.html" <<HTML
<html><head><title>Hostile</title><style>body{background:url(javascript:alert(1))}</style>
<script>alert("head")</script></head><body><article>
<p>$prose <a href="javascript:alert(1)">js link</a> <a href="data:text/html;base64,PHNjcmlwdD4=">data link</a>
<a href="https://example.org/ok">web link</a> <img src="https://tracker.example/pixel.gif" onerror="alert(2)"></p>
<p>Text that shows &lt;script&gt;alert(3)&lt;/script&gt; and **stars** and [brackets](javascript:x) as text. $prose</p>
<iframe src="https://ads.example/"></iframe><object data="x.swf"></object><svg><script>alert(4)</script></svg>
<script>alert("body")</script><noscript><p>Enable JavaScript to read this site properly, please.</p></noscript>
</article></body></html>
HTML
run_import hostile 0 "" "$P/hostile.html"
md="$WORK/out-hostile/hostile.md"
# no raw HTML (a '<' that starts a tag is escaped, so it reads as text), no link but http(s), no
# image, frame or script content; the page's own text about scripts stays, as text
for bad in '<script' '<iframe' '<img' '<svg' '<style'; do
  checks=$((checks + 1))
  ! grep -qE "(^|[^\\])$bad" "$md" || fail "hostile.md has raw $bad: $(grep -E "(^|[^\\])$bad" "$md" | head -c 200)"
done
checks=$((checks + 1))
! grep -qE '[^\\]\]\(<?(javascript|data):' "$md" || fail "hostile.md links to javascript: or data:"
for bad in 'alert("head")' 'alert(2)' 'alert(4)' 'alert("body")' 'tracker.example' 'ads.example' 'onerror' 'Enable JavaScript' 'background'; do
  expect_not_in "$md" "$bad"
done
expect_in "$md" "[web link](<https://example.org/ok>)"
expect_in "$md" 'shows \<script>'
expect_in "$md" '\*\*stars\*\*'
expect_exit 0 -- "$BRIEF" check "$WORK/out-hostile"

# ---- Files: never overwritten without --force; --stdout and --json write nothing; usage
page "Bridge closes" >"$P/bridge.html"
run_import files 0 "bridge.html -> " "$P/bridge.html"
[ -f "$WORK/out-files/bridge-closes.md" ] || fail "bridge-closes.md not written"
run_import files 1 "exists (--force overwrites it)" "$P/bridge.html"
run_import files 0 "" --force "$P/bridge.html"
run_import stdout 0 "" --stdout "$P/bridge.html"; nothing_written stdout
expect_in "$WORK/out" 'title: "Bridge closes"'
run_import json 0 "" --json "$P/bridge.html" "$P/bridge.html"; nothing_written json
checks=$((checks + 1))
[ "$(grep -c '"title":"Bridge closes"' "$WORK/out")" = 2 ] || fail "--json: wanted two records, got: $(head -c 300 "$WORK/out")"
run_import mixed 1 "empty.html: error: no article text found" "$P/bridge.html" "$P/empty.html"
[ -f "$WORK/out-mixed/bridge-closes.md" ] || fail "mixed: the good page was not written"
expect_exit 2 -- "$BRIEF" import
expect_exit 0 -- "$BRIEF" import --help
expect_in "$WORK/out" "Review before you build"

# ---- The dev pages: every one imports, and brief builds the folder they make
DEV="$SRC/../shared/import-dev/html"
if [ -d "$DEV" ]; then
  expect_exit 0 -- "$BRIEF" import -q -o "$WORK/dev" "$DEV"/*.html.gz
  checks=$((checks + 1))
  n=$(ls "$WORK/dev" | wc -l); n_pages=$(ls "$DEV" | wc -l)
  [ "$n" = "$n_pages" ] || fail "dev pages: $n articles from $n_pages pages"
  expect_exit 0 -- timeout 240 "$BRIEF" build "$WORK/dev" -o "$WORK/dev-out" --quiet
else
  echo "no dev pages at $DEV: that part skipped"
fi

finish
