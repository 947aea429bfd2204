# The DOCX and Flat OPC outputs judged by outside tools: every part against the ISO/IEC 29500
# transitional schemas (xmllint, schemas vendored in tests/schemas/ooxml), pandoc reading every
# footnote back, and LibreOffice converting the document. A missing tool skips its own check;
# the test is skipped (77) only when none could run.
. "$(dirname "$0")/lib.bash"

SCHEMAS="$SRC/tests/schemas/ooxml"
case ",$(formats_built)," in
  *,docx,*xml,* | *,xml,*docx,*) ;;
  *) echo "docx and xml formats not built"; exit 77 ;;
esac
export SOURCE_DATE_EPOCH=1543190400
ran=0

expect_exit 0 -- "$BRIEF" build "$SRC/articles" -o "$WORK/built" -f docx,xml --quiet
DOCX="$WORK/built/briefing.docx"
FLAT="$WORK/built/briefing.xml"
[ -s "$DOCX" ] && [ -s "$FLAT" ] || { fail "no briefing.docx or briefing.xml written"; finish; }
# The model's note count, as `brief dump` shows it: "note N kind ...".
model_notes=$("$BRIEF" dump "$SRC/articles" 2>/dev/null | grep -cE '^ *note [0-9]+ ')

# validate SCHEMA FILE...: every file valid against tests/schemas/ooxml/SCHEMA.xsd.
validate() {
  local schema=$1; shift
  checks=$((checks + 1))
  if ! xmllint --noout --nonet --schema "$SCHEMAS/$schema.xsd" "$@" >"$WORK/xsd.txt" 2>&1 ||
    grep -q 'validity error\|parser error\|fails to validate' "$WORK/xsd.txt"; then
    fail "$schema.xsd: $(grep -v 'Schemas parser warning' "$WORK/xsd.txt" | grep -m3 'error\|fails' | tr '\n' ' ' | cut -c1-600)"
  fi
}

# The schema for a part, by its root element's namespace (package parts or WordprocessingML).
schema_of() {
  case "$(head -c 600 "$1")" in
    *'wordprocessingml/2006/main'*) echo wordprocessingml ;;
    *) echo package-parts ;;
  esac
}

validate_folder() {
  local dir=$1 f n=0
  while IFS= read -r -d '' f; do
    validate "$(schema_of "$f")" "$f"
    n=$((n + 1))
  done < <(find "$dir" -type f \( -name '*.xml' -o -name '*.rels' \) -print0 | sort -z)
  [ "$n" -ge 12 ] || fail "only $n parts found in $dir"
}

# Unpack the .docx (unzip, or Python's zipfile module).
mkdir -p "$WORK/docx"
if have unzip; then unzip -q -d "$WORK/docx" "$DOCX"
else python3 -m zipfile -e "$DOCX" "$WORK/docx"; fi
[ -s "$WORK/docx/word/document.xml" ] || { fail "cannot unpack briefing.docx"; finish; }

if ! have xmllint; then
  echo "skip: xmllint not installed, schemas not checked"
else
  ran=1
  # The .docx: every part.
  validate_folder "$WORK/docx"
  # The Flat OPC file: its envelope, then each pkg:xmlData element as a part of its own.
  validate flat-opc "$FLAT"
  checks=$((checks + 1))
  head -c 200 "$FLAT" | grep -q '<?mso-application progid="Word.Document"?>' || fail "no mso-application instruction"
  mkdir -p "$WORK/flat"
  # The XML parts only: pictures are pkg:binaryData, checked below.
  names=$(xmllint --xpath '//*[local-name()="part"][*[local-name()="xmlData"]]/@*[local-name()="name"]' "$FLAT" | grep -o '"/[^"]*"' | tr -d '"')
  for name in $names; do
    file="$WORK/flat/$(printf '%s' "$name" | tr '/[]' '___')"
    { echo '<?xml version="1.0" encoding="UTF-8"?>'
      xmllint --xpath "//*[local-name()=\"part\"][@*[local-name()=\"name\"]=\"$name\"]/*[local-name()=\"xmlData\"]/*" "$FLAT"
    } >"$file"
  done
  validate_folder "$WORK/flat"
  for part in /_rels/.rels /word/_rels/document.xml.rels /word/document.xml /word/footnotes.xml; do
    checks=$((checks + 1))
    printf '%s\n' $names | grep -qxF "$part" || fail "Flat OPC lacks $part"
  done
fi

# A briefing with tables, a figure, an inline picture and task boxes (lib.bash): every XML part of
# both packagings valid, the pictures as media parts, base64 in the Flat OPC file.
if have xmllint; then
  tables_briefing "$WORK/tables"
  expect_exit 0 -- "$BRIEF" build "$WORK/tables" -o "$WORK/tables-out" -f docx,xml --quiet
  mkdir -p "$WORK/tables-docx"
  if have unzip; then unzip -q -d "$WORK/tables-docx" "$WORK/tables-out/briefing.docx"
  else python3 -m zipfile -e "$WORK/tables-out/briefing.docx" "$WORK/tables-docx"; fi
  validate_folder "$WORK/tables-docx"
  validate flat-opc "$WORK/tables-out/briefing.xml"
  for media in picture-1.png picture-2.png; do
    checks=$((checks + 1))
    [ -s "$WORK/tables-docx/word/media/$media" ] || fail "the docx lacks word/media/$media"
    expect_in "$WORK/tables-out/briefing.xml" "pkg:name=\"/word/media/$media\" pkg:contentType=\"image/png\" pkg:compression=\"store\""
  done
fi

# Footnotes: w:footnoteReference in the body, notes pandoc reads back, notes in the model.
refs=$(grep -o '<w:footnoteReference ' "$WORK/docx/word/document.xml" | wc -l)
checks=$((checks + 1))
[ "$refs" = "$model_notes" ] && [ "$refs" -gt 0 ] || fail "$refs footnote references, the model has $model_notes notes"
if ! have pandoc; then
  echo "skip: pandoc not installed, footnotes not read back"
else
  ran=1
  checks=$((checks + 1))
  if pandoc -f docx -t json "$DOCX" -o "$WORK/pandoc.json" 2>"$WORK/pandoc.err"; then
    seen=$(grep -o '"t":"Note"' "$WORK/pandoc.json" | wc -l)
    [ "$seen" = "$refs" ] || fail "pandoc reads $seen footnotes, the document cites $refs"
  else
    fail "pandoc cannot read the docx: $(head -c 300 "$WORK/pandoc.err")"
  fi
fi

# LibreOffice converts it to PDF (it opens the .docx; it cannot open Flat OPC directly).
if ! have soffice; then
  echo "skip: LibreOffice not installed, conversion not tried"
else
  ran=1
  checks=$((checks + 1))
  timeout -k 10 240 soffice "-env:UserInstallation=file://$WORK/lo-profile" --headless --norestore \
    --convert-to pdf --outdir "$WORK/lo" "$DOCX" >"$WORK/lo.txt" 2>&1
  if [ ! -s "$WORK/lo/briefing.pdf" ]; then
    fail "LibreOffice did not convert the docx: $(head -c 300 "$WORK/lo.txt")"
  elif have pdfinfo; then
    pages=$(pdfinfo "$WORK/lo/briefing.pdf" | awk '/^Pages:/{print $2}')
    [ "${pages:-0}" -ge 3 ] || fail "LibreOffice made ${pages:-0} pages (cover, contents and articles expected)"
  fi
fi

[ "$ran" = 1 ] || { echo "no validator installed (xmllint, pandoc, soffice)"; exit 77; }
finish
