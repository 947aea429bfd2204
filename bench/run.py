#!/usr/bin/env python3
"""The benchmark: brief against pandoc and the cmark-gfm parse floor, written to bench/RESULTS.md.

Usage: bench/run.py [--sizes 5,50,500,5000] [--runs 7] [--brief build/src/brief] [--no-pandoc]

For each corpus (the seed briefing, N generated articles, one ~10 MB article) it times, as the
median of several runs (brief's commands and the parse floor in turn, one run of each, then
again): `brief build` with all four formats and with each format alone;
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


TIMEOUT = 900  # seconds; a command that takes longer (or fails) is reported, not timed


def run_once(cmd, cwd):
    """(seconds, peak MB) of one run; peak memory from /usr/bin/time -v when it is installed."""
    timed = ["/usr/bin/time", "-v", *cmd] if os.path.exists("/usr/bin/time") else cmd
    start = time.perf_counter()
    done = subprocess.run(timed, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          check=True, timeout=TIMEOUT)
    seconds = time.perf_counter() - start
    peak = None
    for line in done.stderr.splitlines():
        if "Maximum resident set size" in line:
            peak = int(line.split(":")[1]) / 1024
    return seconds, peak


def measure(cmd, cwd, runs):
    """(median seconds, peak MB), or (None, None) when the command fails or times out. A first run
    warms the page cache; commands over a minute are timed by that one run."""
    return measure_together({"": cmd}, cwd, runs)[""]


def measure_together(cmds, cwd, runs):
    """measure() for several commands at once, their runs taken in turn (one of each, then again):
    a VM's speed drifts by a third within minutes, and the ratios between commands (brief to the
    cmark-gfm parse, say) should compare runs made in the same minutes, not one command's fast
    minute with another's slow one. Returns {label: (median seconds, peak MB)}."""
    results = {label: [] for label in cmds}
    failed = set()
    for label, cmd in cmds.items():  # the warm-up round; over a minute, that run is the timing
        try:
            first = run_once(cmd, cwd)
            if first[0] >= 60:
                results[label].append(first)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            failed.add(label)
    for _ in range(runs):
        for label, cmd in cmds.items():
            if label in failed or (results[label] and results[label][0][0] >= 60):
                continue
            try:
                results[label].append(run_once(cmd, cwd))
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                failed.add(label)
    return {label: (None, None) if label in failed or not got else
            (statistics.median(r[0] for r in got), max(r[1] or 0 for r in got) or None)
            for label, got in results.items()}


def corpus(name, args):
    out = WORK / name
    if name == "seed":
        return ROOT / "articles"
    if name == "big":
        subprocess.run([sys.executable, ROOT / "bench/make_corpus.py", "1", out, "--big", "10"], check=True)
    elif name.endswith("f"):  # "500f": a table and a figure in every tenth article
        subprocess.run([sys.executable, ROOT / "bench/make_corpus.py", name[:-1], out, "--figures"], check=True)
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
        cmds["cmark-gfm parse (floor)"] = ["cmark-gfm", "-e", "footnotes", "-e", "strikethrough", "-e", "autolink",
                                           "-e", "table", "-e", "tasklist", *files]
    if shutil.which("pandoc") and not args.no_pandoc:
        cmds["pandoc to EPUB 3"] = ["pandoc", "-f", "markdown", "-t", "epub3", "-o", str(out / "pandoc.epub"), *files]
        cmds["pandoc to DOCX"] = ["pandoc", "-f", "markdown", "-t", "docx", "-o", str(out / "pandoc.docx"), *files]
        engine = next((e for e in ["xelatex", "pdflatex"] if shutil.which(e)), None)
        if engine:
            cmds[f"pandoc to PDF ({engine})"] = ["pandoc", "-f", "markdown", f"--pdf-engine={engine}", "-o", str(out / "pandoc.pdf"), *files]
    return cmds


def same_bytes(folder, args, out):
    """Builds with one thread and with the default; True when every output file is identical."""
    brief = str(pathlib.Path(args.brief).resolve())
    dirs = [out / "threads-1", out / "threads-default"]
    for d, extra in zip(dirs, [["-j", "1"], []]):
        subprocess.run([brief, "build", str(folder), "-o", str(d), "--quiet", *extra], cwd=ROOT, check=True)
    names = sorted(p.name for p in dirs[0].iterdir())
    return bool(names) and all((dirs[0] / n).read_bytes() == (dirs[1] / n).read_bytes() for n in names)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="seed,5,50,500,500f,5000,big")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--brief", default=str(ROOT / "build/src/brief"))
    ap.add_argument("--no-pandoc", action="store_true")
    args = ap.parse_args()
    env_epoch = os.environ.setdefault("SOURCE_DATE_EPOCH", "1543190400")
    rows = []
    identical = {}
    for name in args.sizes.split(","):
        folder = corpus(name, args)
        out = WORK / f"out-{name}"
        out.mkdir(parents=True, exist_ok=True)
        size_mb = sum(p.stat().st_size for p in folder.glob("*.md")) / 1e6
        runs = args.runs if name not in ("5000", "big") else max(1, args.runs // 2)
        cmds = commands(folder, args, out)
        # brief's commands and the parse floor in turn; pandoc's, ten to a thousand times longer,
        # each on its own (between brief's runs they left the cores cold and slowed the seed's)
        others = [label for label in cmds if label.startswith("pandoc")]
        timed = measure_together({k: v for k, v in cmds.items() if k not in others}, ROOT, runs)
        for label in others:
            timed[label] = measure(cmds[label], ROOT, 1 if name in ("500", "500f", "5000", "big") else runs)
        for label in cmds:
            median, rss = timed[label]
            rows.append((name, size_mb, label, median, rss))
            shown = f"{median * 1000:10.1f} ms" if median is not None else "    failed"
            print(f"{name:>5} {label:<28} {shown}  {rss or 0:8.1f} MB", flush=True)
        identical[name] = same_bytes(folder, args, out)
        print(f"{name:>5} same bytes with -j 1 and the default: {identical[name]}", flush=True)
    write_results(rows, identical, args, env_epoch)


def targets(rows, identical):
    """The issue's targets, each with what was measured and whether it holds (None: not measured)."""
    t = {(name, label): (median, rss) for name, _, label, median, rss in rows}

    def ms(name, label):
        return t[(name, label)][0] * 1000 if (name, label) in t and t[(name, label)][0] is not None else None

    out = []
    seed = ms("seed", "brief, all four formats")
    out.append(("seed briefing, all four formats, under 50 ms", f"{seed:.0f} ms" if seed else "-", seed and seed < 50))
    all500, parse500 = ms("500", "brief, all four formats"), ms("500", "cmark-gfm parse (floor)")
    out.append(("500 articles, all four formats, under 1 s", f"{all500:.0f} ms" if all500 else "-", all500 and all500 < 1000))
    if all500 and parse500:
        out.append(("500 articles: at most 10x the cmark-gfm parse", f"{all500 / parse500:.1f}x ({parse500:.0f} ms parse)",
                    all500 / parse500 <= 10))
    pdf_engines = [label for (name, label) in t if name == "500" and label.startswith("pandoc to PDF")]
    for fmt, theirs in [("epub", "pandoc to EPUB 3"), ("docx", "pandoc to DOCX"),
                        ("pdf", pdf_engines[0] if pdf_engines else "pandoc to PDF")]:
        ours, other = ms("500", f"brief, {fmt} only"), ms("500", theirs)
        if ours and other:
            out.append((f"500 articles, {fmt.upper()} at least 25x faster than {theirs}", f"{other / ours:.1f}x",
                        other / ours >= 25))
        elif ours:
            why = "no LaTeX installed for pandoc's PDF" if fmt == "pdf" and not pdf_engines else "pandoc not run"
            out.append((f"500 articles, {fmt.upper()} against pandoc", why, None))
    all500f, parse500f = ms("500f", "brief, all four formats"), ms("500f", "cmark-gfm parse (floor)")
    if all500f and parse500f:
        out.append(("500 articles, a table and a figure in every tenth: beside the plain 500", f"{all500f:.0f} ms, "
                    f"{all500f / parse500f:.1f}x the parse ({parse500f:.0f} ms)", None))
    all5000 = ms("5000", "brief, all four formats")
    if all5000 and all500:
        out.append(("5000 articles: at most 11x the 500-article time", f"{all5000 / all500:.1f}x", all5000 / all500 <= 11))
    if ("5000", "brief, all four formats") in t and t[("5000", "brief, all four formats")][1]:
        peak = t[("5000", "brief, all four formats")][1]
        out.append(("5000 articles: peak memory under 1 GiB", f"{peak:.0f} MB", peak < 1024))
    for name, same in identical.items():
        out.append((f"{name}: same bytes with one thread and with all cores", "identical" if same else "DIFFERENT", same))
    return out


def write_results(rows, identical, args, epoch):
    lines = ["# Benchmark results", "",
             "Made by `python3 bench/run.py` (see the README); medians of repeated runs, brief's commands and",
             "the cmark-gfm parse of a corpus run in turn so that all see the machine's same minutes (pandoc's",
             "on their own); peak memory from `/usr/bin/time -v`. Ratios compare each command with `brief` writing all four formats on",
             "the same corpus (higher = brief is that many times faster). What the profile showed and",
             "what was changed: [PROFILE.md](PROFILE.md).", "",
             f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
             f"- brief: {version([args.brief, '--version'])}",
             f"- pandoc: {version(['pandoc', '--version'])}",
             f"- cmark-gfm: {version(['cmark-gfm', '--version'])}",
             f"- SOURCE_DATE_EPOCH={epoch}; runs per command: {args.runs} (pandoc on 500+ articles: 1)", "",
             "## Targets", "", "| target | measured | met |", "|---|---|---|"]
    for what, measured, met in targets(rows, identical):
        lines.append(f"| {what} | {measured} | {'yes' if met else ('-' if met is None else '**no**')} |")
    lines += ["", "## Timings", "",
              "| corpus | Markdown | command | median | peak memory | vs brief (all) |",
              "|---|---|---|---:|---:|---:|"]
    base = {}
    for name, _, label, median, _ in rows:
        if label == "brief, all four formats" and median:
            base[name] = median
    for name, size_mb, label, median, rss in rows:
        if median is None:
            lines.append(f"| {name} | {size_mb:.2f} MB | {label} | failed or over {TIMEOUT} s | ? | - |")
            continue
        ratio = median / base[name] if base.get(name) else 0
        mem = f"{rss:.0f} MB" if rss else "?"
        lines.append(f"| {name} | {size_mb:.2f} MB | {label} | {median * 1000:.1f} ms | {mem} | {ratio:.1f}x |")
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote bench/RESULTS.md")


if __name__ == "__main__":
    main()
