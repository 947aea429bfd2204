#!/usr/bin/env python3
"""The benchmark: brief against pandoc and the cmark-gfm parse floor, written to bench/RESULTS.md.

Usage: bench/run.py [--sizes 5,50,500,5000] [--runs 5] [--brief build/src/brief] [--no-pandoc]

For each corpus (the seed briefing, N generated articles, one ~10 MB article) it times, as the
median of several runs: `brief build` with all four formats and with each format alone;
pandoc to EPUB 3 and DOCX (and to PDF when a LaTeX engine is installed); and `cmark-gfm` over
the same Markdown, the floor any Markdown tool pays. Peak memory comes from /usr/bin/time -v.
Benchmarks never decide whether the tests pass.
"""
import argparse
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "work"


def run_once(cmd, cwd):
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def peak_rss_mb(cmd, cwd):
    if not os.path.exists("/usr/bin/time"):
        return None
    out = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=cwd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, check=True).stderr
    for line in out.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1]) / 1024
    return None


def measure(cmd, cwd, runs):
    run_once(cmd, cwd)  # warm the page cache
    times = [run_once(cmd, cwd) for _ in range(runs)]
    return statistics.median(times), peak_rss_mb(cmd, cwd)


def corpus(name, args):
    out = WORK / name
    if name == "seed":
        return ROOT / "articles"
    if name == "big":
        subprocess.run([sys.executable, ROOT / "bench/make_corpus.py", "1", out, "--big", "10"], check=True)
    else:
        subprocess.run([sys.executable, ROOT / "bench/make_corpus.py", name, out], check=True)
    return out


def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        return "not installed"


def commands(folder, args, out):
    files = sorted(str(p) for p in folder.glob("*.md"))
    brief = str(pathlib.Path(args.brief).resolve())
    cmds = {"brief, all four formats": [brief, "build", str(folder), "-o", str(out), "--quiet"]}
    for f in ["pdf", "epub", "docx", "xml"]:
        cmds[f"brief, {f} only"] = [brief, "build", str(folder), "-o", str(out), "--quiet", "-f", f]
    cmds["brief, one thread"] = [brief, "build", str(folder), "-o", str(out), "--quiet", "-j", "1"]
    if shutil.which("cmark-gfm"):
        cmds["cmark-gfm parse (floor)"] = ["cmark-gfm", "-e", "footnotes", "-e", "strikethrough", "-e", "autolink", *files]
    if shutil.which("pandoc") and not args.no_pandoc:
        cmds["pandoc to EPUB 3"] = ["pandoc", "-f", "markdown", "-t", "epub3", "-o", str(out / "pandoc.epub"), *files]
        cmds["pandoc to DOCX"] = ["pandoc", "-f", "markdown", "-t", "docx", "-o", str(out / "pandoc.docx"), *files]
        engine = next((e for e in ["xelatex", "pdflatex"] if shutil.which(e)), None)
        if engine:
            cmds[f"pandoc to PDF ({engine})"] = ["pandoc", "-f", "markdown", f"--pdf-engine={engine}", "-o", str(out / "pandoc.pdf"), *files]
    return cmds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="seed,5,50,500,5000,big")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--brief", default=str(ROOT / "build/src/brief"))
    ap.add_argument("--no-pandoc", action="store_true")
    args = ap.parse_args()
    env_epoch = os.environ.setdefault("SOURCE_DATE_EPOCH", "1543190400")
    rows = []
    for name in args.sizes.split(","):
        folder = corpus(name, args)
        out = WORK / f"out-{name}"
        out.mkdir(parents=True, exist_ok=True)
        size_mb = sum(p.stat().st_size for p in folder.glob("*.md")) / 1e6
        runs = args.runs if name not in ("5000", "big") else max(1, args.runs // 2)
        for label, cmd in commands(folder, args, out).items():
            slow = label.startswith("pandoc") and name in ("500", "5000", "big")
            median, rss = measure(cmd, ROOT, 1 if slow else runs)
            rows.append((name, size_mb, label, median, rss))
            print(f"{name:>5} {label:<28} {median * 1000:10.1f} ms  {rss or 0:8.1f} MB", flush=True)
    write_results(rows, args, env_epoch)


def write_results(rows, args, epoch):
    lines = ["# Benchmark results", "",
             "Made by `python3 bench/run.py` (see the README); medians of repeated runs, peak memory from",
             "`/usr/bin/time -v`. Ratios compare each command with `brief` writing all four formats on",
             "the same corpus (higher = brief is that many times faster).", "",
             f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
             f"- brief: {version([args.brief, '--version'])}",
             f"- pandoc: {version(['pandoc', '--version'])}",
             f"- cmark-gfm: {version(['cmark-gfm', '--version'])}",
             f"- SOURCE_DATE_EPOCH={epoch}; runs per command: {args.runs} (pandoc on 500+ articles: 1)", "",
             "| corpus | Markdown | command | median | peak memory | vs brief (all) |",
             "|---|---|---|---:|---:|---:|"]
    base = {}
    for name, _, label, median, _ in rows:
        if label == "brief, all four formats":
            base[name] = median
    for name, size_mb, label, median, rss in rows:
        ratio = median / base[name] if name in base and base[name] > 0 else 0
        mem = f"{rss:.0f} MB" if rss else "?"
        lines.append(f"| {name} | {size_mb:.2f} MB | {label} | {median * 1000:.1f} ms | {mem} | {ratio:.1f}x |")
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote bench/RESULTS.md")


if __name__ == "__main__":
    main()
