# Hostile input: every case exits 0 or 1 (never a signal or a hang), says what is wrong and where,
# and whatever is written is valid. The cases are made here, byte by byte, so git holds no bad bytes.
. "$(dirname "$0")/lib.bash"

formats=$(formats_built)
[ -n "$formats" ] || { echo "no formats built yet"; exit 77; }
C="$WORK/cases"
mkdir -p "$C"

# case_dir NAME: a fresh folder for one case.
case_dir() { rm -rf "${C:?}/$1"; mkdir -p "$C/$1"; echo "$C/$1"; }
fm() { printf -- '---\ntitle: "%s"\n---\n' "$1"; }

# run_case NAME WANT_EXIT TEXT [brief options]: builds the case folder; the run must end within
# BRIEF_CASE_SECONDS (20 s; the sanitizer build, several times slower, gives more) with WANT_EXIT and print TEXT (if not empty); a signal (exit > 128) always fails.
run_case() {
  local name=$1 want=$2 text=$3; shift 3
  checks=$((checks + 1))
  timeout "${BRIEF_CASE_SECONDS:-20}" "$BRIEF" build "$C/$name" -o "$WORK/out-$name" --quiet "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  if [ "$got" = 124 ]; then fail "$name: hung past ${BRIEF_CASE_SECONDS:-20} s"; return; fi
  if [ "$got" -gt 128 ]; then fail "$name: killed by signal $((got - 128))"; return; fi
  [ "$got" = "$want" ] || fail "$name: exit $got, wanted $want; stderr: $(head -c 400 "$WORK/err")"
  [ -z "$text" ] || expect_in "$WORK/err" "$text"
}

# ---- Bytes
d=$(case_dir invalid-utf8); { fm T; printf 'caf\xe9\n'; } >"$d/a.md"
run_case invalid-utf8 1 "a.md:4:4: error: the file is not valid UTF-8"
d=$(case_dir latin1); { fm T; printf 'na\xefve r\xe9sum\xe9\n'; } >"$d/a.md"
run_case latin1 1 "iconv -f LATIN1"
d=$(case_dir utf16); printf '\xff\xfe-\x00-\x00-\x00\n\x00' >"$d/a.md"
run_case utf16 1 "UTF-16"
d=$(case_dir bom); { printf '\xef\xbb\xbf'; fm "With BOM"; echo 'Text.'; } >"$d/a.md"
run_case bom 0 ""
d=$(case_dir line-ends); printf -- '---\r\ntitle: CRLF\r\n---\r\nOne\r\n\r\nTwo\rThree\r' >"$d/a.md"
run_case line-ends 0 ""
d=$(case_dir controls); { fm "Controls"; printf 'NUL\x00 BEL\x07 ESC\x1b DEL\x7f C1\xc2\x85 FFFE\xef\xbf\xbe FFFF\xef\xbf\xbf end.\n'; } >"$d/a.md"
run_case controls 0 "a.md:4:4: warning: 7 control or non-character code point(s) removed"

# ---- Front matter
d=$(case_dir no-front-matter); echo 'Just text.' >"$d/a.md"
run_case no-front-matter 1 "a.md:1:1: error: missing front matter with a title"
d=$(case_dir never-closed); printf -- '---\ntitle: T\nBody\n' >"$d/a.md"
run_case never-closed 1 "never closed"
d=$(case_dir tabs); printf -- '---\ntitle: T\nauthor:\n\t- x\n---\n' >"$d/a.md"
run_case tabs 1 "a.md:4:"
d=$(case_dir unclosed-quote); printf -- '---\ntitle: "T\nauthor: x\n---\n' >"$d/a.md"
run_case unclosed-quote 1 "a.md:2:8: error: this quote is not closed on its line"
d=$(case_dir title-list); printf -- '---\ntitle: [a, b]\n---\n' >"$d/a.md"
run_case title-list 1 "a.md:2:8: error: 'title' must be text, not a list"
d=$(case_dir title-map); printf -- '---\ntitle: {a: b}\n---\n' >"$d/a.md"
run_case title-map 1 "'title' must be text, not a mapping"
d=$(case_dir title-null); printf -- '---\ntitle:\n---\n' >"$d/a.md"
run_case title-null 1 "'title' must be text, not empty"
d=$(case_dir bad-date); printf -- '---\ntitle: T\ndate: 2018-02-30\n---\n' >"$d/a.md"
run_case bad-date 1 "a.md:3:7: error: 'date' is not a date: '2018-02-30'"
d=$(case_dir duplicate-key); printf -- '---\ntitle: A\ntitle: B\n---\n' >"$d/a.md"
run_case duplicate-key 1 "a.md:3:1: error: duplicate key 'title'"
d=$(case_dir alias-bomb)
{ echo '---'; echo 'title: Bomb'; echo 'a: &a [x,x,x,x,x,x,x,x,x,x]'
  for p in a b c d e f g h; do n=$(echo "$p" | tr 'a-h' 'b-i'); echo "$n: &$n [*$p,*$p,*$p,*$p,*$p,*$p,*$p,*$p,*$p,*$p]"; done
  echo '---'; } >"$d/a.md"
run_case alias-bomb 1 "more than 100000 nodes"
d=$(case_dir long-title); { printf -- '---\ntitle: '; head -c 5000 /dev/zero | tr '\0' 'x'; printf '\n---\nBody.\n'; } >"$d/a.md"
run_case long-title 0 "a.md:2:8: warning: the title is 5000 bytes long"

# ---- Files
d=$(case_dir empty); : >"$d/a.md"
run_case empty 1 "missing front matter"
d=$(case_dir whitespace); printf '  \n\n\t\n' >"$d/a.md"
run_case whitespace 1 "missing front matter"
d=$(case_dir front-matter-only); fm "Only metadata" >"$d/a.md"
run_case front-matter-only 0 ""
d=$(case_dir too-large); { fm Big; head -c 300000 /dev/zero | tr '\0' 'a'; echo; } >"$d/a.md"
run_case too-large 1 "--max-file-size" --max-file-size 100000
d=$(case_dir odd-names)
for n in "with space.md" "quote'd \"name\".md" "-leading-dash.md" "résumé-日本.md"; do fm "File ${n//\"/}" >"$d/$n"; echo "Body of the odd name." >>"$d/$n"; done
run_case odd-names 0 ""
d=$(case_dir same-title); fm Same >"$d/a.md"; echo A >>"$d/a.md"; fm Same >"$d/b.md"; echo B >>"$d/b.md"
run_case same-title 0 "same title as"

# ---- Markdown
d=$(case_dir raw-html)
{ fm "HTML"; printf '<script>alert(1)</script>\n\n<div onclick="x()">block</div>\n\nInline <img src=x onerror=alert(1)> and <a href="javascript:x">a</a>.\n'; } >"$d/a.md"
run_case raw-html 0 "raw HTML is not passed through"
d=$(case_dir bad-links)
{ fm "Links"; printf '[js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [file](file:///etc/passwd) [rel](../x.html) [ok](https://example.org/a?b=1&c=2) <mailto:a@b.org>\n'; } >"$d/a.md"
run_case bad-links 0 "only http, https and mailto links are kept"
d=$(case_dir images)
{ fm "Images"; printf '![passwd](../../../../etc/passwd) ![zero](/dev/zero) ![proc](/proc/self/environ) ![remote](https://example.org/x.png) ![missing](nothere.png)\n'; } >"$d/a.md"
run_case images 0 "not embedded: it leaves the article's folder"
d=$(case_dir deep-nesting)
{ fm "Deep"; for i in $(seq 0 499); do printf '%*s- level %d\n' $((i * 2)) '' "$i"; done; echo; head -c 3000 /dev/zero | tr '\0' '>'; echo ' deep quote'; } >"$d/a.md"
run_case deep-nesting 0 "kept as plain text"
d=$(case_dir pathological)
{ fm "Pathological"; head -c 50000 /dev/zero | tr '\0' '*'; echo; head -c 30000 /dev/zero | tr '\0' '['; echo; for i in $(seq 1 5000); do printf '[a]('; done; echo; for i in $(seq 1 3000); do printf '_a **b'; done; echo; } >"$d/a.md"
run_case pathological 0 ""
d=$(case_dir unclosed-fence); { fm "Fence"; printf '```\ncode that never ends\n<script>x</script>\n'; } >"$d/a.md"
run_case unclosed-fence 0 ""
d=$(case_dir thousand-notes)
{ fm "Notes"; for i in $(seq 1 1000); do printf 'Claim %d.[^n%d] ' "$i" "$i"; done; echo; echo; for i in $(seq 1 1000); do printf '[^n%d]: Note %d.\n\n' "$i" "$i"; done; } >"$d/a.md"
run_case thousand-notes 0 ""
d=$(case_dir footnote-mismatch); { fm "Mismatch"; printf 'Cited[^gone] here.\n\n[^unused]: Never cited.\n'; } >"$d/a.md"
run_case footnote-mismatch 0 "is defined but never cited"
expect_in "$WORK/err" "is cited but never defined"

# ---- Scripts
d=$(case_dir scripts)
{ fm "Scripts: 中文 עברית"; cat <<'TXT'
CJK: 华为公司表示，美国政府的行为令人惊讶。日本語のテキスト。한국어 텍스트.

Right to left: ‏עברית עם ‪LTR‬ בפנים‏ and العربية هنا ‮reversed‬ text ⁦isolate⁩.

Combining: é → é, Å, ñ, Z̤̈a̐l̈g̈ö̧.

Zero width: a​b‌c‍d⁠e and soft hyphen in hy­phen.

Beyond the BMP: 😀 👍🏽 👨‍👩‍👧 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀.

Greek αβγ and Cyrillic кириллица.
TXT
} >"$d/a.md"
run_case scripts 0 ""

# ---- Everything accepted, in one briefing, through the validators of each format.
all="$WORK/all"
mkdir -p "$all"
for n in bom line-ends controls long-title front-matter-only odd-names same-title raw-html bad-links images \
         deep-nesting pathological unclosed-fence thousand-notes footnote-mismatch scripts; do
  for f in "$C/$n"/*.md; do cp "$f" "$all/$n-$(basename "$f" | tr -c 'A-Za-z0-9.\n-' '_')"; done
done
checks=$((checks + 1))
timeout 120 "$BRIEF" build "$all" -o "$WORK/out-all" --quiet >"$WORK/out" 2>"$WORK/err" || fail "combined hostile briefing: exit $?: $(tail -c 400 "$WORK/err")"
if [ -f "$WORK/out-all/briefing.epub" ]; then
  mkdir -p "$WORK/epub" && (cd "$WORK/epub" && unzip -qo "$WORK/out-all/briefing.epub")
  checks=$((checks + 1))
  # Only real markup counts: escaped text such as &lt;script&gt; in a code block is harmless.
  active='<(script|iframe|object|embed)[ >]|<[^>]*[[:space:]]on[a-z]+=|<[^>]*href="javascript:'
  ! grep -rlE "$active" "$WORK/epub" >/dev/null || fail "active content in the EPUB: $(grep -rlE "$active" "$WORK/epub" | head -3)"
  if command -v xmllint >/dev/null; then
    for x in $(find "$WORK/epub" -name '*.xhtml' -o -name '*.opf' -o -name '*.ncx' -o -name '*.xml'); do
      checks=$((checks + 1)); xmllint --noout "$x" 2>>"$WORK/xml-errors" || fail "EPUB part not well-formed: $x"
    done
  fi
fi
if [ -f "$WORK/out-all/briefing.docx" ] && command -v xmllint >/dev/null; then
  mkdir -p "$WORK/docx" && (cd "$WORK/docx" && unzip -qo "$WORK/out-all/briefing.docx")
  for x in $(find "$WORK/docx" -name '*.xml' -o -name '*.rels'); do
    checks=$((checks + 1)); xmllint --noout "$x" 2>>"$WORK/xml-errors" || fail "DOCX part not well-formed: $x"
  done
  checks=$((checks + 1)); xmllint --noout "$WORK/out-all/briefing.xml" || fail "flat XML not well-formed"
fi
if [ -f "$WORK/out-all/briefing.pdf" ] && command -v qpdf >/dev/null; then
  checks=$((checks + 1)); qpdf --check "$WORK/out-all/briefing.pdf" >/dev/null 2>&1 || fail "qpdf --check fails on the hostile PDF"
fi
if [ -n "${BRIEF_KEEP_HOSTILE:-}" ]; then rm -rf "$BRIEF_KEEP_HOSTILE"; cp -r "$WORK/out-all" "$BRIEF_KEEP_HOSTILE"; fi
finish
