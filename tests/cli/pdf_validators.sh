# The PDF backend's outputs under the validators real readers use: qpdf, poppler (pdfinfo,
# pdffonts, pdftotext), MuPDF, Ghostscript, and PDFBox Preflight for PDF/A-1b. A missing tool is
# skipped (and said); any problem it reports fails the test. Exit 77 when no PDF backend is built.
. "$(dirname "$0")/lib.bash"

case ",$(formats_built)," in *,pdf,*) ;; *) echo "no pdf format built"; exit 77 ;; esac
export SOURCE_DATE_EPOCH=1543190400
skip() { echo "skip: $*"; }

expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/a4" -f pdf --quiet
expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/pdfa" -f pdf --pdfa --quiet
expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/letter" -f pdf --style letter --quiet
expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/again" -f pdf --quiet -j 1
pdfs=("$WORK/a4/briefing.pdf" "$WORK/pdfa/briefing.pdf" "$WORK/letter/briefing.pdf")

# Same input, same bytes.
checks=$((checks + 1))
cmp -s "$WORK/a4/briefing.pdf" "$WORK/again/briefing.pdf" || fail "two runs gave different PDFs"

# check_quiet NAME FILE command...: the command must succeed and print nothing that looks like a problem.
check_quiet() {
  local name=$1 file=$2; shift 2
  checks=$((checks + 1))
  if ! "$@" >"$WORK/tool.out" 2>"$WORK/tool.err"; then
    fail "$name failed on $file: $(head -c 400 "$WORK/tool.err" "$WORK/tool.out")"
  elif grep -qiE 'error|warning|invalid|repair' "$WORK/tool.err"; then
    fail "$name complained about $file: $(grep -m1 -iE 'error|warning|invalid|repair' "$WORK/tool.err")"
  fi
}

for f in "${pdfs[@]}"; do
  if have qpdf; then check_quiet qpdf "$f" qpdf --check "$f"; else skip qpdf; fi
  if have pdfinfo; then
    check_quiet pdfinfo "$f" pdfinfo "$f"
    expect_in "$WORK/tool.out" "Title:           U.S. Campaign Against Huawei Equipment"
  else skip pdfinfo; fi
  if have pdffonts; then
    check_quiet pdffonts "$f" pdffonts "$f"
    checks=$((checks + 1))
    bad=$(awk 'NR>2 && NF>=6 && ($(NF-4)!="yes" || $(NF-2)!="yes") {print $1}' "$WORK/tool.out")
    [ -z "$bad" ] || fail "fonts not embedded or without ToUnicode in $f: $bad"
    checks=$((checks + 1))
    [ "$(awk 'NR>2' "$WORK/tool.out" | wc -l)" -ge 2 ] || fail "pdffonts lists too few fonts in $f"
  else skip pdffonts; fi
  if have pdftotext; then
    check_quiet pdftotext "$f" pdftotext -enc UTF-8 "$f" "$WORK/text.txt"
    expect_in "$WORK/text.txt" "Contents"
    expect_in "$WORK/text.txt" "Sources"
    expect_in "$WORK/text.txt" "espionage via Huawei products"
    expect_not_in "$WORK/text.txt" $'\xEF\xBF\xBD'
    # Nothing runs into the margins: every word's box lies within the text block of its style.
    if have python3; then
      case "$f" in */letter/*) margins="72 72" ;; *) margins="68.03 62.36" ;; esac
      pdftotext -bbox "$f" "$WORK/bbox.html" 2>/dev/null
      checks=$((checks + 1))
      over=$(python3 - "$WORK/bbox.html" $margins <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
inner, outer = float(sys.argv[2]), float(sys.argv[3])
for n, page in enumerate(text.split("<page ")[1:], 1):
    width = float(re.search(r'width="([\d.]+)"', page).group(1))
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', page):
        if float(m.group(2)) > width - outer + 0.5 or float(m.group(1)) < inner - 0.5:
            print(f"page {n}: '{m.group(3)}' at x {float(m.group(1)):.1f}-{float(m.group(2)):.1f}")
PY
)
      [ -z "$over" ] || fail "text runs into the margins of $f: $(echo "$over" | head -3 | tr '\n' ' ')"
    fi
  else skip pdftotext; fi
  if have mutool; then
    # (a MuPDF built without lcms says "ICC support is not available" about every file: not ours)
    checks=$((checks + 1))
    mutool draw -q -o /dev/null -F pam -r 36 "$f" >"$WORK/tool.out" 2>&1 || fail "mutool failed on $f"
    ! grep -v 'ICC support is not available' "$WORK/tool.out" | grep -q . \
      || fail "mutool printed about $f: $(grep -v 'ICC support' "$WORK/tool.out" | head -n1)"
  else skip mutool; fi
  if have gs; then
    check_quiet ghostscript "$f" gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=nullpage "$f"
    checks=$((checks + 1))
    ! grep -qi error "$WORK/tool.out" || fail "ghostscript: $(grep -m1 -i error "$WORK/tool.out")"
  else skip ghostscript; fi
done

# PDF/A-1b: Apache PDFBox Preflight from Debian's libpdfbox2-java (and the jars it needs).
jar_dir=""
if have dpkg; then jar_dir=$(dpkg -L libpdfbox2-java 2>/dev/null | grep -m1 '/preflight\.jar$'); jar_dir=${jar_dir%/*}; fi
cp=""
for j in preflight.jar pdfbox2.jar fontbox2.jar xmpbox.jar commons-logging.jar javax.activation.jar jaxb-api.jar; do
  if [ -n "$jar_dir" ] && [ -f "$jar_dir/$j" ]; then cp=${cp:+$cp:}$jar_dir/$j; else cp=""; break; fi
done
if [ -n "$cp" ] && have java; then
  checks=$((checks + 1))
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss16m -cp "$cp" org.apache.pdfbox.preflight.Validator_A1b \
    "$WORK/pdfa/briefing.pdf" >"$WORK/preflight.txt" 2>&1
  grep -q 'is a valid PDF/A-1b' "$WORK/preflight.txt" \
    || fail "PDF/A-1b not valid: $(grep -m3 -E '^[0-9.]+ : ' "$WORK/preflight.txt" | tr '\n' ' ')"
else
  skip "PDFBox Preflight (libpdfbox2-java and java)"
fi

finish
