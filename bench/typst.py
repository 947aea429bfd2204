#!/usr/bin/env python3
"""brief's PDF against Typst 0.14's on the same corpus: both tag their PDFs (Typst by default).

Usage: bench/typst.py [--sizes seed,500] [--runs 5] [--brief build/src/brief]

Each corpus (bench/make_corpus.py's, as bench/run.py makes them) is turned into one Typst file
by a small converter written here for what the corpus holds (front matter, paragraphs, bold,
italic, links, footnotes): a title page, the contents, each article on a new page with its
title as a heading and its byline, justified and hyphenated text in Noto Serif, footnotes, page
numbers. Then `brief build -f pdf` and `node bench/typst/render.mjs` (typst.ts's Node compiler,
pinned in bench/typst/package-lock.json; `npm ci` there, or `.ci/setup --bench`) are timed in
turn, wall clock of the whole process each. A benchmark, never a test.
"""
import argparse
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import run  # noqa: E402  (the corpora and the work folder)

TYPST = ROOT / "bench" / "typst"
SPECIAL = re.compile(r'([\\#$@<>`~_*\[\]=+/-])')


def escape(text):
    return SPECIAL.sub(r"\\\1", text)


def inline(text, notes):
    """Markdown inlines of the corpus as Typst markup: footnote references, links, bold, italic."""
    out, pos = [], 0
    pattern = re.compile(r"\[\^([^\]]+)\]|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*(.+?)\*")
    for m in pattern.finditer(text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1):
            out.append("#footnote[%s]" % inline(notes.get(m.group(1), ""), {}))
        elif m.group(2):
            out.append('#link("%s")[%s]' % (m.group(3).replace('"', '\\"'), inline(m.group(2), notes)))
        elif m.group(4):
            out.append("#strong[%s]" % inline(m.group(4), notes))
        else:
            out.append("#emph[%s]" % inline(m.group(5), notes))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def article(path):
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = {}
    for line in front.splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            meta[key.strip()] = value.strip().strip('"')
    blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
    notes = {}
    for b in blocks:
        m = re.match(r"\[\^([^\]]+)\]:\s*(.*)", b, re.S)
        if m:
            notes[m.group(1)] = m.group(2)
    paragraphs = [inline(b.replace("\n", " "), notes) for b in blocks if not b.startswith("[^")]
    byline = " · ".join(escape(meta[k]) for k in ("outlet", "author", "date") if meta.get(k))
    return "#pagebreak(weak: true)\n= %s\n\n#text(fill: luma(90))[%s]\n\n%s\n" % (
        escape(meta.get("title", path.stem)), byline, "\n\n".join(paragraphs))


def typst_source(folder):
    head = """#set document(title: [Benchmark briefing])
#set page(paper: "a4", margin: (top: 24mm, bottom: 24mm, inside: 24mm, outside: 22mm),
  header: context { if counter(page).get().first() > 1 [#set text(7.5pt); Benchmark briefing #h(1fr) UNCLASSIFIED] },
  numbering: "1")
#set text(font: "Noto Serif", size: 10.5pt, lang: "en", hyphenate: true)
#set par(justify: true, leading: 0.45em, first-line-indent: 12pt)
#show heading: set text(font: "Noto Sans", size: 17pt, fill: rgb("#1F3A5F"))
#align(center + horizon)[#text(26pt)[Benchmark briefing]]
#pagebreak()
#outline()
"""
    return head + "\n".join(article(p) for p in sorted(folder.glob("*.md")))


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="seed,500")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--brief", default=str(ROOT / "build/src/brief"))
    args = ap.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1543190400")
    if not (TYPST / "node_modules").is_dir():
        sys.exit("bench/typst: run `npm ci` there first (or .ci/setup --bench)")
    for name in args.sizes.split(","):
        folder = run.corpus(name, args)
        out = run.WORK / f"typst-{name}"
        out.mkdir(parents=True, exist_ok=True)
        (out / "main.typ").write_text(typst_source(folder), encoding="utf-8")
        cmds = {"brief, PDF": [args.brief, "build", str(folder), "-o", str(out), "-f", "pdf", "--quiet"],
                "Typst 0.14, PDF": ["node", str(TYPST / "render.mjs"), str(out / "main.typ"), str(out / "typst.pdf")]}
        times = {label: [] for label in cmds}
        for label, cmd in cmds.items():
            timed(cmd)  # warm-up
        for _ in range(args.runs):
            for label, cmd in cmds.items():
                times[label].append(timed(cmd))
        medians = {label: statistics.median(t) for label, t in times.items()}
        for label, median in medians.items():
            print(f"{name:>5} {label:<18} {median * 1000:9.1f} ms", flush=True)
        print(f"{name:>5} Typst / brief: {medians['Typst 0.14, PDF'] / medians['brief, PDF']:.1f}x", flush=True)


if __name__ == "__main__":
    main()
