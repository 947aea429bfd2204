# The PDF's text shaped by HarfBuzz, judged from outside (tests/shaping/*.py): a Latin sample's
# glyphs and advances are hb-shape's (kerning, ligatures), its ligatures extract as their letters;
# samples of Arabic, Hebrew, Devanagari, Thai, CJK and emoji (beyond U+FFFF) find fonts by
# coverage, draw no .notdef glyph and give every character back; Arabic and Hebrew paragraphs,
# set right to left, extract in logical order, and so do the words of an Arabic phrase in English
# (check_rtl.py). Exit 77 when no PDF backend is
# built; a missing tool is skipped (and said).
. "$(dirname "$0")/lib.bash"

case ",$(formats_built)," in *,pdf,*) ;; *) echo "no pdf format built"; exit 77 ;; esac
export SOURCE_DATE_EPOCH=1543190400
checks_dir="$SRC/tests/shaping"
py=/usr/bin/python3

article "$WORK/latin" latin.md "Kerning and ligatures" \
  "AVATAR Wave and the Office affine fjord: To Ty, VAT WAVE Yo. Efficient offices fly off."
expect_exit 0 -- "$BRIEF" build "$WORK/latin" -o "$WORK/latin-out" -f pdf --quiet
pdf="$WORK/latin-out/briefing.pdf"

if have pdftotext; then
  pdftotext -enc UTF-8 "$pdf" "$WORK/latin.txt"
  expect_in "$WORK/latin.txt" "Office affine fjord"
  checks=$((checks + 1))
  ! grep -qP '[\x{FB00}-\x{FB06}]' "$WORK/latin.txt" || fail "a ligature character was extracted"
else
  echo "skip: pdftotext"
fi

# One article per script; each paragraph is also a line of the expected text.
scripts_tofu() {
  local name text
  while IFS='|' read -r name text; do
    article "$WORK/scripts" "$name.md" "Sample in $name" "$text"
    printf '%s\n' "$text" >"$WORK/expected-$name.txt"
    expect_exit 0 -- "$BRIEF" build "$WORK/scripts" -o "$WORK/scripts-$name" -f pdf --quiet
    checks=$((checks + 1))
    "$py" "$checks_dir/check_tofu.py" "$WORK/scripts-$name/briefing.pdf" "$WORK/expected-$name.txt" >"$WORK/check.out" 2>&1 \
      || fail "check_tofu on $name: $(tr '\n' ' ' <"$WORK/check.out")"
    rm -f "$WORK/scripts/$name.md"
  done <<'SAMPLES'
arabic|قال المتحدث باسم الوزارة إن الاجتماع سيعقد في القاهرة عام 2024.
hebrew|הממשלה הודיעה היום על תוכנית חדשה לפיתוח הכלכלה.
devanagari|भारत सरकार ने आज नई योजना की घोषणा की। क्षेत्र में विकास होगा।
thai|รัฐบาลไทยประกาศแผนใหม่ในวันนี้เพื่อพัฒนาเศรษฐกิจของประเทศ
cjk|中国政府今天宣布了新计划。日本語のテキスト。한국어 문장입니다.
emoji|Reactions: 😀 🎉 🚀 ☃ ✈ ⚖ ♻ and 𝄞 beyond the BMP.
SAMPLES
}

# Paragraphs in Arabic and Hebrew (their page is right to left), then an English one quoting Arabic.
rtl_order() {
  local arabic="قال المتحدث باسم الوزارة إن الاجتماع سيعقد في القاهرة عام 2024 بحضور ممثلين عن عشرين دولة، وأضاف أن المحادثات ستتناول التعاون الاقتصادي والأمن الإقليمي."
  local hebrew="הממשלה הודיעה היום על תוכנית חדשה לפיתוח הכלכלה בשנת 2025, הכוללת השקעות בתשתיות ובחינוך."
  local mixed="The minister said (قال الوزير إن المحادثات مستمرة) that the talks continue."
  article "$WORK/rtl" rtl.md "Right to left" "$arabic

$hebrew"
  printf '%s\n%s\n' "$arabic" "$hebrew" >"$WORK/expected-rtl.txt"
  article "$WORK/mixed" mixed.md "Mixed" "$mixed"
  printf '%s\n' "$mixed" >"$WORK/expected-mixed.txt"
  expect_exit 0 -- "$BRIEF" build "$WORK/rtl" -o "$WORK/rtl-out" -f pdf --quiet
  expect_exit 0 -- "$BRIEF" build "$WORK/mixed" -o "$WORK/mixed-out" -f pdf --quiet
  checks=$((checks + 2))
  "$py" "$checks_dir/check_rtl.py" "$WORK/rtl-out/briefing.pdf" "$WORK/expected-rtl.txt" >"$WORK/check.out" 2>&1 \
    || fail "check_rtl: $(tr '\n' ' ' <"$WORK/check.out" | head -c 600)"
  "$py" "$checks_dir/check_rtl.py" "$WORK/mixed-out/briefing.pdf" "$WORK/expected-mixed.txt" --words-only >"$WORK/check.out" 2>&1 \
    || fail "check_rtl --words-only: $(tr '\n' ' ' <"$WORK/check.out" | head -c 600)"
}

# Clusters whose glyphs cannot give their text back through ToUnicode in order (a Devanagari
# vowel sign drawn before its consonant; Thai sara am drawn as nikhahit and sara aa) carry an
# ActualText: extraction gives the typed text back. A musical symbol comes from a font that gives
# it an advance (Symbola draws U+1D11E with none, over the letter before).
extraction_order() {
  article "$WORK/clusters" clusters.md "Clusters" "सरकार ने कहा कि किसान नीति में बदलाव किया जाएगा।

ตำรวจกำหนดมาตรการใหม่

The clef a𝄞b."
  expect_exit 0 -- "$BRIEF" build "$WORK/clusters" -o "$WORK/clusters-out" -f pdf --quiet
  pdftotext -raw -enc UTF-8 "$WORK/clusters-out/briefing.pdf" "$WORK/clusters.txt"
  expect_in "$WORK/clusters.txt" "कहा कि किसान नीति में"
  expect_in "$WORK/clusters.txt" "ตำรวจกำหนดมาตรการใหม่"
  expect_not_in "$WORK/clusters.txt" "ตำา"
  checks=$((checks + 1))
  "$py" "$SRC/tests/ua/ua-check" --profile=ua1 "$WORK/clusters-out/briefing.pdf" >"$WORK/check.out" 2>&1 \
    || fail "ua-check on the clusters: $(grep FAIL "$WORK/check.out" | head -c 600)"
  checks=$((checks + 1))
  "$py" - "$WORK/clusters-out/briefing.pdf" >"$WORK/check.out" 2>&1 <<'PY' || fail "clef: $(tr '\n' ' ' <"$WORK/check.out")"
import sys, fitz
for page in fitz.open(sys.argv[1]):
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            chars = [c for span in line["spans"] for c in span["chars"]]
            for before, clef, after in zip(chars, chars[1:], chars[2:]):
                if clef["c"] == "\U0001D11E":
                    if clef["bbox"][2] - clef["bbox"][0] < 1 or after["origin"][0] < clef["bbox"][2] - 0.5:
                        sys.exit(f"U+1D11E drawn with no room: {clef['bbox']}, next at {after['origin']}")
                    print("clef", clef["bbox"], "next", after["origin"])
                    sys.exit(0)
sys.exit("no U+1D11E found")
PY
}

body_font=$(fc-match -f '%{file}' 'Noto Serif:style=Regular')
if [ -x "$py" ] && "$py" -c 'import fitz, fontTools' 2>/dev/null && have hb-shape && have pdftotext; then
  for sample in "AVATAR Wave" "Office affine"; do
    checks=$((checks + 1))
    "$py" "$checks_dir/check_shaping.py" "$pdf" "$body_font" "$sample" >"$WORK/check.out" 2>&1 \
      || fail "check_shaping '$sample': $(tr '\n' ' ' <"$WORK/check.out")"
  done
  checks=$((checks + 1))
  "$py" "$checks_dir/check_tofu.py" "$pdf" >"$WORK/check.out" 2>&1 || fail "check_tofu: $(tr '\n' ' ' <"$WORK/check.out")"
  scripts_tofu
  rtl_order
  extraction_order
else
  echo "skip: the shaping checks (python3-fitz, python3-fonttools, libharfbuzz-bin, poppler-utils)"
fi

finish
