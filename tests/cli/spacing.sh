# The PDF's justification on the 50-article benchmark corpus, measured by tests/tools/pdf-spacing
# (PyMuPDF): word spaces of full body lines at most 0.44 em at the 95th percentile, at most 5 % of
# those lines loose (a space over half an em) and at most 3 % ending in a hyphen (issue 16; LaTeX
# through pandoc sets the same text at about 0.44 em, 5.7 % and 0-1 %). Exit 77 without PyMuPDF.
. "$(dirname "$0")/lib.bash"

case ",$(formats_built)," in *,pdf,*) ;; *) echo "no pdf format built"; exit 77 ;; esac
/usr/bin/python3 -c 'import fitz' 2>/dev/null || { echo "python3-fitz is not installed"; exit 77; }
export SOURCE_DATE_EPOCH=1543190400

expect_exit 0 -- /usr/bin/python3 "$SRC/bench/make_corpus.py" 50 "$WORK/corpus"
expect_exit 0 -- "$BRIEF" build "$WORK/corpus" -o "$WORK/pdf" -f pdf --quiet
expect_exit 0 -- /usr/bin/python3 "$SRC/tests/tools/pdf-spacing" "$WORK/pdf/briefing.pdf"
line=$(cat "$WORK/out")
echo "$line"
# "lines 939; space median 0.261 em, p95 0.417 em; loose 3.9%; hyphenated 1.8%"
p95=$(sed -n 's/.*p95 \([0-9.]*\) em.*/\1/p' <<<"$line")
loose=$(sed -n 's/.*loose \([0-9.]*\)%.*/\1/p' <<<"$line")
hyphenated=$(sed -n 's/.*hyphenated \([0-9.]*\)%.*/\1/p' <<<"$line")
lines=$(sed -n 's/^lines \([0-9]*\);.*/\1/p' <<<"$line")
within() { awk -v v="$1" -v max="$2" 'BEGIN { exit !(v != "" && v + 0 <= max + 0) }'; }
checks=$((checks + 4))
[ "${lines:-0}" -gt 500 ] || fail "only ${lines:-no} justified body lines measured: $line"
within "$p95" 0.44 || fail "word space p95 $p95 em is over 0.44 em"
within "$loose" 5 || fail "$loose % of lines are loose (over 5 %)"
within "$hyphenated" 3 || fail "$hyphenated % of lines end in a hyphen (over 3 %)"

finish
