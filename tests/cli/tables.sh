# Tables in the PDF as a reader sees them: each row on one line of pdftotext -layout, the header
# row repeated on every page a long table spans, a 14-column table inside the margins, a note in a
# cell at the foot of its page, CJK and Arabic cells.
. "$(dirname "$0")/lib.bash"
have pdftotext || { echo "pdftotext missing"; exit 77; }

A="$WORK/articles"
body=$'Table: Every alignment\n\n| Left | Centre | Right | None |\n|:--|:-:|--:|---|\n| l1 | c1 | r1 | n1 |\n\n'
body+=$'| Country | Position | Note |\n|---|---|---|\n| Germany | Considering a ban[^cell] | https://www.example.org/a/very/long/address/that/must/break/somewhere/inside/the/cell?with=query&and=more |\n'
body+=$'| Japan | 日本政府は調達から除外する方針を固めた | ok |\n| Egypt | قالت الحكومة إنها تدرس القرار | ok |\n\n[^cell]: The note cited in a cell.\n\n'
wide="|"; rule="|"; cells="|"
for i in $(seq 1 14); do wide+=" Column$i |"; rule+="---|"; cells+=" value$i |"; done
body+="$wide"$'\n'"$rule"$'\n'"$cells"$'\n\nTable: Fourteen columns\n\n'
body+=$'| Row | Country | Figure |\n|--:|---|--:|\n'
for i in $(seq 1 400); do body+="| $i | Country number $i | $((i * 37)) |"$'\n'; done
body+=$'\nTable: Four hundred rows\n'
article "$A" t.md "Tables" "$body"

expect_exit 0 -- "$BRIEF" build "$A" -o "$WORK/made" -f pdf --quiet
pdf="$WORK/made/briefing.pdf"
pdftotext -layout "$pdf" "$WORK/layout.txt"
expect_in "$WORK/layout.txt" "Table 1. Every alignment"
checks=$((checks + 1))
grep -qE '^ *l1 +c1 +r1 +n1 *$' "$WORK/layout.txt" || fail "the alignment row is not one line"
checks=$((checks + 1))
grep -qE 'value1 +value2 +value3 .*value14' "$WORK/layout.txt" || fail "the 14-column row is not one line"
for i in 1 2 199 400; do
  checks=$((checks + 1))
  grep -qE "^ *$i +Country number $i +$((i * 37)) *\$" "$WORK/layout.txt" || fail "row $i is not one line"
done
expect_in "$WORK/layout.txt" "日本政府"
checks=$((checks + 1)) # Arabic letters beside their row's first cell (shaping and order are another matter)
LC_ALL=C.UTF-8 grep -qP '^ *Egypt +.*[\x{0600}-\x{06FF}]{3}.*[\x{0600}-\x{06FF}]{3}' "$WORK/layout.txt" || fail "the Arabic cell's words are not on their row's line"

# the header row on every page the 400-row table spans
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
first=""; last=""
for p in $(seq 1 "$pages"); do
  pdftotext -layout -f "$p" -l "$p" "$pdf" "$WORK/page.txt"
  if grep -qE '^ *[0-9]+ +Country number [0-9]+ ' "$WORK/page.txt"; then
    [ -z "$first" ] && first=$p
    last=$p
    checks=$((checks + 1))
    grep -qE '^ *Row +Country +Figure *$' "$WORK/page.txt" || fail "page $p of the long table has no header row"
  fi
  if grep -qF "Considering a ban" "$WORK/page.txt"; then
    checks=$((checks + 1))
    grep -qF "The note cited in a cell." "$WORK/page.txt" || fail "the cell's note is not at the foot of page $p"
  fi
done
checks=$((checks + 1))
[ -n "$first" ] && [ "$last" -gt $((first + 3)) ] || fail "the long table spans pages $first-$last, wanted several"

# nothing past the margins: every word's box inside the page less 20 mm on each side
pdftotext -bbox "$pdf" "$WORK/bbox.html"
checks=$((checks + 1))
outside=$(python3 - "$WORK/bbox.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
bad = 0
for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
    width = float(page.group(1))
    for w in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', page.group(3)):
        if float(w.group(1)) < 56 or float(w.group(2)) > width - 56:
            bad += 1
print(bad)
PY
)
[ "$outside" = 0 ] || fail "$outside words lie past the margins"
finish
