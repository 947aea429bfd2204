# The Key points section on the seed in every format: after the contents and before the first
# article, each claim linked to the sentence it was drawn from and back, its notes numbered first,
# the coverage table a real table; and key_points: 0 leaves it out everywhere.
. "$(dirname "$0")/lib.bash"
have python3 || { echo "python3 missing"; exit 77; }

cd "$SRC"
expect_exit 0 -- "$BRIEF" build articles -o "$WORK/made" --quiet
python3 -m zipfile -e "$WORK/made/briefing.epub" "$WORK/epub"
python3 -m zipfile -e "$WORK/made/briefing.docx" "$WORK/docx"

# EPUB: its own chapter right after the title page, links to and from the articles' sentences.
checks=$((checks + 1))
python3 - "$WORK/epub/EPUB" <<'PY' || fail "the EPUB's Key points chapter is wrong"
import re, sys, pathlib
root = pathlib.Path(sys.argv[1])
opf = (root / "package.opf").read_text(encoding="utf-8")
spine = re.findall(r'<itemref idref="([^"]+)"', opf)
assert spine.index("title") < spine.index("key-points") == spine.index("article-1") - 1, spine
kp = (root / "key-points.xhtml").read_text(encoding="utf-8")
assert "<h1 id=\"title\">Key points</h1>" in kp and "<table" in kp and "Reported by" in kp
links = re.findall(r'<a href="(article-\d+\.xhtml)#(claim-\d+)" id="(key-point-\d+)"', kp)
assert len(links) >= 3, links
for file, claim, point in links:
    article = (root / file).read_text(encoding="utf-8")
    assert f'<a href="key-points.xhtml#{point}" id="{claim}">' in article, (file, claim)
refs = re.findall(r'epub:type="noteref"[^>]*>(\d+)<', kp)
asides = re.findall(r'<aside epub:type="footnote"', kp)
assert refs[:3] == ["1", "2", "3"] and len(refs) == len(asides), (refs, len(asides))
PY

# DOCX (and the flat XML): a Heading 1 before the first article's, bookmarked links both ways, the table.
for doc in "$WORK/docx/word/document.xml" "$WORK/made/briefing.xml"; do
  checks=$((checks + 1))
  python3 - "$doc" <<'PY' || fail "$(basename "$doc"): the Key points section is wrong"
import re, sys
xml = open(sys.argv[1], encoding="utf-8").read()
body = xml[xml.index("<w:body>"):]
kp = body.rindex(">Key points<")  # the heading (the contents list it first)
first = body.rindex(">U.S. government campaign against Huawei intensifies<")
assert kp < body.index("<w:tbl>") < first, "the table is not in the section"
anchors = re.findall(r'<w:hyperlink w:anchor="(claim-\d+)"', body)
assert len(anchors) >= 3, anchors
for claim in anchors:
    n = claim.split("-")[1]
    assert f'w:name="{claim}"' in body and f'w:name="key-point-{n}"' in body, claim
    assert f'w:anchor="key-point-{n}"' in body, n
ids = re.findall(r'<w:footnoteReference w:id="(\d+)"', body)
assert ids[0] == "1" and body.index('w:footnoteReference w:id="1"') < first
PY
done

# PDF: the section's text in reading order, one page between the contents and the first article.
if have pdftotext; then
  pdftotext -f 3 -l 3 "$WORK/made/briefing.pdf" "$WORK/page3.txt"
  expect_in "$WORK/page3.txt" "Key points"
  expect_in "$WORK/page3.txt" "Reported by 4 of 5"
  expect_in "$WORK/page3.txt" "Coverage"
  expect_not_in "$WORK/page3.txt" "Huawei is the largest wireless network equipment vendor"
fi

# key_points: 0 leaves the section out of every format.
mkdir -p "$WORK/off"
cp articles/*.md "$WORK/off/"
sed 's/^key_points:.*//' articles/briefing.yaml >"$WORK/off/briefing.yaml"
echo "key_points: 0" >>"$WORK/off/briefing.yaml"
expect_exit 0 -- "$BRIEF" build "$WORK/off" -o "$WORK/off-out" --quiet
expect_exit 0 -- "$BRIEF" dump "$WORK/off"
expect_not_in "$WORK/out" "key-point"
expect_not_in "$WORK/off-out/briefing.xml" "Key points"
finish
