# The README's GNU parallel recipe: three briefings built at once, each into its own out/, a
# summary per briefing, and the exit codes collected in parallel's job log (one briefing is broken).
. "$(dirname "$0")/lib.bash"

have parallel || { echo "SKIP: GNU parallel is not installed (Debian's parallel)"; exit 77; }
parallel --version 2>/dev/null | grep -q "GNU parallel" || { echo "SKIP: 'parallel' is not GNU parallel"; exit 77; }
export SOURCE_DATE_EPOCH=1543190400
mkdir -p "$WORK/topics" && cd "$WORK/topics"
for t in alpha beta gamma; do
  article "$t/articles" one.md "First report on $t" "According to the wire, $t happened."
  article "$t/articles" two.md "Second report on $t" "More on $t."
done
printf -- '---\ntitle: [broken]\n---\n' >gamma/articles/three.md

# The recipe, as the README gives it.
checks=$((checks + 1))
timeout 240 parallel --will-cite --jobs 2 --joblog "$WORK/jobs.tsv" \
  "$BRIEF" build {}/articles -o {}/out -q --summary-json {}/out/summary.json ::: alpha beta gamma \
  >"$WORK/out" 2>"$WORK/err"
code=$?
[ "$code" = 1 ] || fail "parallel exited $code, wanted 1 (one failed briefing): $(head -c 400 "$WORK/err")"

# Exit codes per briefing, from the job log (column 7 is Exitval, the last the arguments).
awk -F'\t' 'NR > 1 { print $NF, $7 }' "$WORK/jobs.tsv" | sed 's|.*build \([a-z]*\)/articles.* \([0-9]*\)$|\1 \2|' | sort >"$WORK/codes"
printf 'alpha 0\nbeta 0\ngamma 1\n' >"$WORK/want"
checks=$((checks + 1))
cmp -s "$WORK/codes" "$WORK/want" || fail "exit codes per briefing: $(tr '\n' ';' <"$WORK/codes"), wanted alpha 0, beta 0, gamma 1"
for t in alpha beta; do
  for f in pdf epub docx xml; do
    checks=$((checks + 1))
    [ -s "$t/out/briefing.$f" ] || fail "$t has no out/briefing.$f"
  done
  expect_in "$t/out/summary.json" '"ok": true'
done
expect_in gamma/out/summary.json '"ok": false'
checks=$((checks + 1))
[ ! -e gamma/out/briefing.pdf ] || fail "the broken briefing wrote a PDF"
expect_in "$WORK/err" "gamma/articles/three.md:2:8: error"
finish
