# The tagged PDF: PDF/UA-1 by ua-check (tests/ua) on the seed (A4, Letter, --pdfa), the tables and
# pictures briefing, a hostile one and one whose paragraphs and notes run over pages (one Note), ua-check-selftest catching each of its mutations, poppler's
# view of the structure (Tagged, pdfuaid, the -struct snapshot in tests/golden/pdf/seed.struct;
# UPDATE_GOLDEN=1 rewrites it) and its text read in structure order: the words pdftotext sees but
# the running heads and feet and the contents' leaders. Exit 77 without a PDF backend or pikepdf.
. "$(dirname "$0")/lib.bash"

case ",$(formats_built)," in *,pdf,*) ;; *) echo "no pdf format built"; exit 77 ;; esac
py=/usr/bin/python3
"$py" -c 'import pikepdf' 2>/dev/null || { echo "SKIP: Debian's python3-pikepdf is not installed"; exit 77; }
have pdfinfo && have pdftotext || { echo "SKIP: poppler-utils is not installed"; exit 77; }
export SOURCE_DATE_EPOCH=1543190400
UA="$SRC/tests/ua"

tables_briefing "$WORK/tables"
mkdir -p "$WORK/hostile"
{ printf -- '---\ntitle: "Hostile [^x] <b>"\nlanguage: "en_GB!"\n---\n\n'
  printf '# Deep\n\n#### Skipped levels[^n]\n\n> > > - [link](https://example.org) in a quote, ![gone](nothere.png)\n\n'
  printf '| a |\n|---|\n| [^n] | extra |\n\n[^n]: A note that cites [another][^m].\n\n[^m]: Nested, with a [link](https://example.org/n).\n'
} >"$WORK/hostile/a.md"
printf -- '---\ntitle: Other language\nlanguage: fr\n---\n\nUn texte en français.\n' >"$WORK/hostile/b.md"

# Paragraphs and notes too long for one page: one element each across the pages (MCRs).
mkdir -p "$WORK/long"
"$py" - "$WORK/long/a.md" <<'PY'
import sys
para = "The international squeeze reflects a growing sense of urgency as operators prepare to buy hardware. " * 12
note = "A long note that goes on and on about the sources and their provenance, and does not stop soon. " * 40
notes = "\n\n".join(f"[^n{i}]: {note}" for i in range(6))
open(sys.argv[1], "w").write("---\ntitle: Long\n---\n\n" + "\n\n".join(f"{para} Claim[^n{i}]." for i in range(6)) + "\n\n" + notes + "\n")
PY

build() { expect_exit 0 -- "$BRIEF" build "$1" -o "$WORK/$2" -f pdf --quiet "${@:3}"; }
build "$SRC/articles" a4
build "$SRC/articles" letter --style letter
build "$SRC/articles" pdfa --pdfa
build "$WORK/tables" tables
build "$WORK/hostile" hostile
build "$WORK/long" long

for out in a4 letter pdfa tables hostile long; do
  f="$WORK/$out/briefing.pdf"
  checks=$((checks + 1))
  "$py" "$UA/ua-check" --profile=ua1 "$f" >"$WORK/ua.txt" 2>&1 || fail "ua-check fails $out: $(grep -m3 '^FAIL' "$WORK/ua.txt")"
  checks=$((checks + 1))
  ! grep -q 'note-placement' "$WORK/ua.txt" || fail "a Note of $out is not next to its mark"
  pdfinfo "$f" >"$WORK/info.txt" 2>"$WORK/info.err"
  expect_in "$WORK/info.txt" "Tagged:          yes"
  pdfinfo -meta "$f" >"$WORK/meta.txt"
  expect_in "$WORK/meta.txt" "<pdfuaid:part>1</pdfuaid:part>"
done
"$py" "$UA/ua-check" --tree "$WORK/long/briefing.pdf" >"$WORK/tree.txt" 2>&1
checks=$((checks + 1))
grep -qE "^ *Note ID='note-[0-9]+' mcid=[0-9,]*mcr" "$WORK/tree.txt" || fail "no note continued on the next page as one Note: $(grep -m3 Note "$WORK/tree.txt")"
pdfinfo -meta "$WORK/pdfa/briefing.pdf" >"$WORK/meta.txt"
expect_in "$WORK/meta.txt" "<pdfaid:conformance>A</pdfaid:conformance>"

# The checker catches each way of breaking a good file (a skipped mutation has nothing to break:
# the seed has no figure, the tables briefing has one).
for out in a4 tables; do
  checks=$((checks + 1))
  "$py" "$UA/ua-check-selftest" "$WORK/$out/briefing.pdf" >"$WORK/self.txt" 2>&1 ||
    fail "ua-check-selftest on $out: $(grep -v '^ok' "$WORK/self.txt" | head -5)"
done
expect_in "$WORK/self.txt" "14 passed, 0 failed"

# The structure as poppler reads it, against the snapshot.
golden="$SRC/tests/golden/pdf/seed.struct"
pdfinfo -struct "$WORK/a4/briefing.pdf" >"$WORK/struct.txt" 2>"$WORK/struct.err"
checks=$((checks + 1))
[ ! -s "$WORK/struct.err" ] || fail "pdfinfo -struct complains: $(head -c 300 "$WORK/struct.err")"
if [ -n "${UPDATE_GOLDEN:-}" ]; then cp "$WORK/struct.txt" "$golden"; fi
checks=$((checks + 1))
cmp -s "$golden" "$WORK/struct.txt" || fail "pdfinfo -struct differs from $golden (UPDATE_GOLDEN=1 to accept): $(diff "$golden" "$WORK/struct.txt" | head -8)"

# Read in structure order, the text is the printed text: the same words (as a multiset: notes
# follow their marks in the tree, at the foot of the page in print) less the running heads and
# feet (the top and bottom lines of every page but the cover; the cover's bottom banner).
for out in a4 letter tables hostile long; do
  f="$WORK/$out/briefing.pdf"
  pdfinfo -struct-text "$f" >"$WORK/st.txt" 2>"$WORK/st.err"
  checks=$((checks + 1))
  [ ! -s "$WORK/st.err" ] || fail "pdfinfo -struct-text complains about $out: $(head -c 300 "$WORK/st.err")"
  pdftotext -bbox "$f" "$WORK/bbox.html" 2>/dev/null
  checks=$((checks + 1))
  diff=$("$py" - "$WORK/st.txt" "$WORK/bbox.html" <<'PY'
import collections, html, re, sys
# Marked content of one element continues its text; a new block (not an inline element) starts a word.
text, gap = "", ""
for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    m = re.match(r'^\s*"(.*)"$', line)
    if m:
        text, gap = text + gap + html.unescape(m.group(1)), ""
    elif not re.match(r"^\s*Object \d+ \d+$", line) and "(inline)" not in line:
        gap = " "
printed, seen, repeats = [], set(), []
for n, page in enumerate(open(sys.argv[2], encoding="utf-8").read().split("<page ")[1:]):
    words = [(float(y0), float(y1), html.unescape(w)) for y0, y1, w in
             re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page)]
    if words:  # the running head and foot lines; on the cover, a bottom banner that repeats the top one
        top, bottom = min(w[0] for w in words), max(w[1] for w in words)
        line = lambda keep: [w[2] for w in words if keep(w)]
        banner = line(lambda w: w[0] <= top + 1) == line(lambda w: w[1] >= bottom - 1)
        if n > 0 or banner:
            words = [w for w in words if (n == 0 or w[0] > top + 1) and w[1] < bottom - 1]
    # a table's header row repeated at the top of a page is an artifact: the page's first line
    # when it repeats a line printed on an earlier page, left out below when its words are surplus
    rows = collections.defaultdict(list)
    for w in words:
        rows[round(w[0])].append(w[2])
    lines = [tuple(rows[y]) for y in sorted(rows)]
    if n > 0 and lines and lines[0] in seen:
        repeats.append(lines[0])
    seen.update(lines)
    printed += [w[2] for w in words]
# A word broken at a line's end is one word; hyphens and punctuation (leaders, marks) do not count.
joined = re.sub(r"-\s+", "", " ".join(printed))
def tokens(t):
    return collections.Counter(re.findall(r"[^\W\d_]+|\d+", t.replace("-", "")))
a, b = tokens(text), tokens(joined)
for line in repeats:
    words = tokens(" ".join(line))
    if not words - (b - a):
        b -= words
# a word in pieces in print: broken in a table cell, whose halves print apart (other cells
# between), or around a ligature, which poppler's -bbox words split ("of", "fi", "cials")
def pieces(word, parts):
    if parts == 1:
        return [[word]] if b[word] > a[word] else []
    return [[word[:i]] + rest for i in range(1, len(word)) if b[word[:i]] > a[word[:i]]
            for rest in pieces(word[i:], parts - 1)]
for word in list((a - b).elements()):
    for split in pieces(word, 2) + pieces(word, 3):
        if all(b[p] > a[p] for p in split) and len(set(split)) == len(split):
            for p in split:
                b[p] -= 1
            b[word] += 1
            break
a, b = +a, +b
if a != b:
    print("only in the structure:", list((a - b).elements())[:8], "only in print:", list((b - a).elements())[:8])
PY
)
  [ -z "$diff" ] || fail "$out: structure text and printed text differ: $diff"
done
finish
