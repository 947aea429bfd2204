# Tables, figures, inline pictures and task boxes read back by outside tools: pandoc finds the
# cells, the pictures and the boxes in the DOCX, LibreOffice lays the table out, the EPUB and the
# DOCX carry each picture once, and two runs give the same bytes. The validators' verdicts on the
# same briefing are in epub_validators.sh and docx_validators.sh. A missing tool skips its check;
# the test is skipped (77) only when the formats are not built.
. "$(dirname "$0")/lib.bash"

case ",$(formats_built)," in *,epub,*docx,*xml,*) ;; *) echo "SKIP: epub, docx and xml not built"; exit 77 ;; esac
export SOURCE_DATE_EPOCH=1543190400
tables_briefing "$WORK/tables"
expect_exit 0 -- "$BRIEF" build "$WORK/tables" -o "$WORK/built" -f epub,docx,xml --quiet
expect_exit 0 -- "$BRIEF" build "$WORK/tables" -o "$WORK/built2" -f epub,docx,xml --quiet -j 1
for f in epub docx xml; do
  checks=$((checks + 1))
  cmp -s "$WORK/built/briefing.$f" "$WORK/built2/briefing.$f" || fail "briefing.$f differs between two runs"
done

# unpack ARCHIVE DIR (unzip, or Python's zipfile module).
unpack() {
  mkdir -p "$2"
  if have unzip; then unzip -q -d "$2" "$1"; else python3 -m zipfile -e "$1" "$2"; fi
}
unpack "$WORK/built/briefing.epub" "$WORK/epub"
unpack "$WORK/built/briefing.docx" "$WORK/docx"

# The EPUB: the pictures in images/ and the manifest, the table and figure in the chapter.
chapter="$WORK/epub/EPUB/article-1.xhtml"
for p in picture-1 picture-2; do
  checks=$((checks + 1))
  cmp -s "$WORK/epub/EPUB/images/$p.png" "$WORK/tables/$([ $p = picture-1 ] && echo dot || echo chart).png" ||
    fail "EPUB/images/$p.png is not the article's file"
  expect_in "$WORK/epub/EPUB/package.opf" "<item id=\"$p\" href=\"images/$p.png\" media-type=\"image/png\"/>"
done
expect_in "$chapter" '<caption><span class="label">Table 1.</span> Sales by <em>region</em></caption>'
expect_in "$chapter" '<th scope="col" class="align-right">Units</th>'
expect_in "$chapter" '<img src="images/picture-2.png" alt="A chart of sales by region"/><figcaption>'
expect_in "$chapter" '<img src="images/picture-1.png" alt="red dot" class="inline"/>'
expect_in "$chapter" '<input type="checkbox" checked="checked" disabled="disabled" aria-label="done"/>'

# The DOCX: two tables with their header rows, two drawings, both media parts.
checks=$((checks + 1))
[ "$(grep -o '<w:tbl>' "$WORK/docx/word/document.xml" | wc -l)" = 2 ] || fail "the document has not 2 tables"
checks=$((checks + 1))
[ "$(grep -o '<w:tblHeader/>' "$WORK/docx/word/document.xml" | wc -l)" = 2 ] || fail "not one repeated header row per table"
checks=$((checks + 1))
[ "$(grep -o '<wp:docPr ' "$WORK/docx/word/document.xml" | wc -l)" = 2 ] || fail "the document has not 2 drawings"
expect_in "$WORK/docx/[Content_Types].xml" '<Default Extension="png" ContentType="image/png"/>'

# pandoc reads the cells, the pictures and the task boxes back.
if ! have pandoc; then
  echo "skip: pandoc not installed"
else
  pandoc -f docx -t plain "$WORK/built/briefing.docx" -o "$WORK/plain.txt" 2>"$WORK/pandoc.err" || fail "pandoc: $(head -c 300 "$WORK/pandoc.err")"
  for cell in Region Units North 1,200 '31 %' South 東京 العربية 'cell one' 'cell two' \
    'https://example.org/a/very/long/path/that/goes/on/and/on/forever?with=query&and=more'; do
    expect_in "$WORK/plain.txt" "$cell"
  done
  expect_in "$WORK/plain.txt" "Table 1. Sales by region"
  expect_in "$WORK/plain.txt" "Figure 1. Sales over the quarter"
  pandoc -f docx -t markdown "$WORK/built/briefing.docx" -o "$WORK/md.txt" 2>"$WORK/pandoc.err" || fail "pandoc: $(head -c 300 "$WORK/pandoc.err")"
  expect_in "$WORK/md.txt" "](media/picture-1.png)"
  expect_in "$WORK/md.txt" "](media/picture-2.png)"
  expect_in "$WORK/md.txt" "[ ] open task"
  # Each of the two table bodies pandoc finds is a grid of cells, not paragraphs.
  pandoc -f docx -t json "$WORK/built/briefing.docx" -o "$WORK/doc.json" 2>/dev/null
  checks=$((checks + 1))
  [ "$(grep -o '"t":"Table"' "$WORK/doc.json" | wc -l)" = 2 ] || fail "pandoc finds $(grep -o '"t":"Table"' "$WORK/doc.json" | wc -l) tables, wanted 2"
  checks=$((checks + 1))
  [ "$(grep -o '"t":"Image"' "$WORK/doc.json" | wc -l)" = 2 ] || fail "pandoc finds $(grep -o '"t":"Image"' "$WORK/doc.json" | wc -l) images, wanted 2"
fi

# LibreOffice lays the document out: each table row on one line of its PDF.
if ! have soffice; then
  echo "skip: LibreOffice not installed"
else
  timeout -k 10 240 soffice "-env:UserInstallation=file://$WORK/lo-profile" --headless --norestore \
    --convert-to pdf --outdir "$WORK/lo" "$WORK/built/briefing.docx" >"$WORK/lo.txt" 2>&1
  checks=$((checks + 1))
  if [ ! -s "$WORK/lo/briefing.pdf" ]; then
    fail "LibreOffice did not convert the docx: $(head -c 300 "$WORK/lo.txt")"
  elif have pdftotext; then
    pdftotext -layout "$WORK/lo/briefing.pdf" "$WORK/lo.txt"
    checks=$((checks + 1))
    grep -qE 'North +1,200 +31 % +Steady' "$WORK/lo.txt" || fail "LibreOffice's PDF lacks the row 'North 1,200 31 % Steady'"
    checks=$((checks + 1))
    grep -qE 'cell one +cell two' "$WORK/lo.txt" || fail "LibreOffice's PDF lacks the row 'cell one cell two'"
    if have pdfimages; then
      checks=$((checks + 1))
      [ "$(pdfimages -list "$WORK/lo/briefing.pdf" | tail -n +3 | wc -l)" -ge 2 ] || fail "LibreOffice's PDF shows fewer than 2 pictures"
    fi
  fi
fi
finish
