#!/usr/bin/env python3
"""Justification beside LaTeX's: brief's PDF and pandoc's pdflatex on the same generated corpus.

Usage: bench/spacing.py [--articles 50] [--brief build/src/brief] [--append]

Makes the corpus with bench/make_corpus.py, sets it with `brief build -f pdf` and with
`pandoc --pdf-engine=pdflatex` (pandoc and TeX Live from `.ci/setup --bench`), and measures both
PDFs with tests/tools/pdf-spacing (Debian's python3 with python3-fitz): the 95th percentile of the
word spaces on full body lines in ems, the share of loose lines (a space over half an em) and of
lines ending in a hyphen. Prints a Markdown table; `--append` adds it to bench/RESULTS.md.
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "work"
SPACING = ROOT / "tests" / "tools" / "pdf-spacing"
FIGURES = re.compile(r"lines (\d+); space median ([\d.]+) em, p95 ([\d.]+) em; loose ([\d.]+)%; hyphenated ([\d.]+)%")


def measure(pdf):
    """(lines, median em, p95 em, loose %, hyphenated %) of a PDF, or None when it cannot be read."""
    done = subprocess.run(["/usr/bin/python3", str(SPACING), str(pdf)], capture_output=True, text=True)
    found = FIGURES.search(done.stdout)
    return tuple(float(g) for g in found.groups()) if found else None


def set_with_brief(corpus, brief, out):
    subprocess.run([brief, "build", str(corpus), "-o", str(out), "-f", "pdf", "--quiet"], check=True)
    return out / "briefing.pdf"


def set_with_pdflatex(corpus, out):
    if not shutil.which("pandoc") or not shutil.which("pdflatex"):
        return None
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(str(p) for p in corpus.glob("*.md"))
    pdf = out / "pandoc.pdf"
    subprocess.run(["pandoc", "-f", "markdown", "--pdf-engine=pdflatex", "-o", str(pdf), *files], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pdf


def table(rows, articles):
    lines = [f"| {articles} articles | justified lines | word space median | p95 | loose lines | hyphenated lines |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, m in rows:
        if m is None:
            lines.append(f"| {name} | not measured | | | | |")
        else:
            lines.append(f"| {name} | {m[0]:.0f} | {m[1]:.3f} em | {m[2]:.3f} em | {m[3]:.1f} % | {m[4]:.1f} % |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--brief", default=str(ROOT / "build/src/brief"))
    ap.add_argument("--append", action="store_true", help="add the table to bench/RESULTS.md")
    args = ap.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1543190400")
    corpus = WORK / f"spacing-{args.articles}"
    subprocess.run([sys.executable, str(ROOT / "bench/make_corpus.py"), str(args.articles), str(corpus)], check=True)
    brief_pdf = set_with_brief(corpus, str(pathlib.Path(args.brief).resolve()), WORK / "spacing-brief")
    latex_pdf = set_with_pdflatex(corpus, WORK / "spacing-pandoc")
    rows = [("brief", measure(brief_pdf)), ("pandoc, pdflatex", measure(latex_pdf) if latex_pdf else None)]
    text = table(rows, args.articles)
    print(text)
    if args.append:
        with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as f:
            f.write("\n## Justification beside LaTeX (issue 16)\n\n"
                    f"`python3 bench/spacing.py --articles {args.articles}`: the same generated corpus set by brief and by\n"
                    "pandoc's pdflatex, measured by tests/tools/pdf-spacing (word spaces of full body lines). The\n"
                    "targets: p95 at most 0.44 em, loose lines at most 5 %, hyphenated lines at most 3 %.\n\n"
                    + text + "\n")


if __name__ == "__main__":
    main()
