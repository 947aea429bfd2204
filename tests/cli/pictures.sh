# Pictures end to end: PNGs of every kind and JPEGs embedded in every format; every hostile
# picture refused with a warning at its place; nothing outside the articles' folder ever opened
# (strace watches every open); a decompression bomb costs nothing.
. "$(dirname "$0")/lib.bash"

A="$WORK/brief/articles"
mkdir -p "$A/pics"
python3 "$SRC/tests/cli/make_pictures.py" "$A/pics" || { echo "python3 missing"; exit 77; }
python3 "$SRC/tests/cli/make_pictures.py" "$WORK/brief/outside"
cp "$A/pics/rgb.png" "$WORK/brief/secret.png"
ln -s ../secret.png "$A/link.png"
jpegs=""
if have cjpeg; then
  cjpeg -quality 85 "$A/pics/photo.ppm" >"$A/pics/photo.jpg"
  cjpeg -progressive -grayscale "$A/pics/photo.ppm" >"$A/pics/progressive-grey.jpg"
  jpegs=$'![A JPEG photo](pics/photo.jpg)\n\n![A progressive grey JPEG](pics/progressive-grey.jpg)\n'
fi
good=""
for p in rgb grey grey1 rgb16 palette grey-alpha rgba interlaced; do good+="![The $p picture](pics/$p.png \"$p\")"$'\n\n'; done
bad=$'![text](pics/text.png)\n\n![truncated](pics/truncated.png)\n\n![bomb](pics/bomb.png)\n\n![gif](pics/anim.gif)\n\n'
bad+=$'![svg](pics/vector.svg)\n\n![webp](pics/photo.webp)\n\n![up](../secret.png)\n\n![link](link.png)\n\n'
bad+="![abs]($WORK/brief/secret.png)"$'\n\n![home](~/secret.png)\n\n![file](file:///etc/passwd)\n\n![remote](https://example.org/r.png)\n\n'
bad+=$'![](pics/rgb.png)\n\nAn inline ![small picture](pics/rgba.png) in a sentence.\n'
article "$A" a.md "Pictures" "$good$jpegs$bad"

checks=$((checks + 1))
if have strace; then
  # LeakSanitizer cannot run under ptrace (the sanitizer build's leak check would fail the run)
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
    timeout 60 strace -f -qq -e trace=open,openat,openat2,creat -o "$WORK/trace" "$BRIEF" build "$A" -o "$WORK/made" 2>"$WORK/err"
else
  timeout 60 "$BRIEF" build "$A" -o "$WORK/made" 2>"$WORK/err"
fi
got=$?
[ "$got" = 0 ] || fail "build exited $got: $(head -c 600 "$WORK/err")"
if [ -f "$WORK/trace" ]; then
  expect_not_in "$WORK/trace" "secret.png"
  expect_not_in "$WORK/trace" "link.png"
  expect_not_in "$WORK/trace" "/outside/"
  expect_not_in "$WORK/trace" "/etc/passwd"
  expect_in "$WORK/trace" "pics/rgb.png" # the tracing itself works
fi
for what in "text.png' not embedded: not a PNG or JPEG file" "truncated.png' not embedded: a broken or truncated PNG" \
            "bomb.png' not embedded: 30000x30000 pixels, over the limit" "anim.gif' not embedded: a GIF file" \
            "vector.svg' not embedded: an SVG file" "photo.webp' not embedded: a WebP file" \
            "'../secret.png' not embedded: it leaves the article's folder" "'link.png' not embedded: it resolves outside" \
            "secret.png' not embedded: it is an absolute path" "'~/secret.png' not embedded: a path from a home folder" \
            "'file:///etc/passwd' not embedded" "remote image not fetched" "image without a description"; do
  expect_in "$WORK/err" "$what"
done
line=$(grep -n 'pics/text.png' "$A/a.md" | cut -d: -f1)
expect_in "$WORK/err" "a.md:$line:1: warning: image 'pics/text.png'"

# every format holds the pictures, each once
n=$(( 8 + (${#jpegs} > 0 ? 2 : 0) ))
if have pdfimages; then
  checks=$((checks + 1))
  listed=$(pdfimages -list "$WORK/made/briefing.pdf" | awk 'NR > 2 && $3 == "image"' | wc -l)
  [ "$listed" -ge "$n" ] || fail "pdfimages lists $listed images, wanted at least $n"
  expect_exit 0 -- qpdf --check "$WORK/made/briefing.pdf"
fi
if have unzip; then
  checks=$((checks + 1))
  in_epub=$(unzip -l "$WORK/made/briefing.epub" | grep -c 'picture-[0-9]*\.\(png\|jpg\|jpeg\)')
  [ "$in_epub" = "$n" ] || fail "the EPUB holds $in_epub pictures, wanted $n"
  checks=$((checks + 1))
  in_docx=$(unzip -l "$WORK/made/briefing.docx" | grep -c 'word/media/')
  [ "$in_docx" = "$n" ] || fail "the DOCX holds $in_docx pictures, wanted $n"
fi
finish
