#!/usr/bin/env python3
"""Times `brief import` on the dev pages (../shared/import-dev/html): CPU per page and peak memory.

Usage: bench/import.py [--brief build/src/brief] [--runs 7] [--dev DIR]
(DIR defaults to ../shared/import-dev/html, or $BRIEF_SHARED_DIR/import-dev/html when that is set.)

Runs `brief import --json` over every page in one process (the records go to /dev/null), several
times, and reports the median CPU time (user + system, from getrusage of the child) per page, the
marginal CPU per page (all pages minus one page, over the rest: the process's start-up taken
out), and the peak resident memory. The issue's targets: under 2 ms of CPU per page (trafilatura
takes about 20 ms) and under 100 MB. A benchmark, never a test.
"""
import argparse
import os
import pathlib
import resource
import statistics
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent


def run(cmd):
    """(CPU seconds, peak MB) of one run of `cmd`, from wait4's resource usage."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit("failed: %s" % " ".join(cmd[:3]))
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(cmd, runs):
    results = [run(cmd) for _ in range(runs + 1)][1:]  # the first run warms the page cache
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--brief", default=str(ROOT / "build" / "src" / "brief"))
    parser.add_argument("--runs", type=int, default=7)
    shared = pathlib.Path(os.environ.get("BRIEF_SHARED_DIR", ROOT.parent / "shared"))  # as the tests find it
    parser.add_argument("--dev", default=str(shared / "import-dev" / "html"))
    args = parser.parse_args()
    pages = sorted(str(p) for p in pathlib.Path(args.dev).glob("*.html.gz"))
    if not pages:
        raise SystemExit("no pages in %s" % args.dev)
    all_cpu, all_peak = measure([args.brief, "import", "--json", *pages], args.runs)
    one_cpu, one_peak = measure([args.brief, "import", "--json", pages[0]], args.runs)
    n = len(pages)
    print("brief import, %d pages, median of %d runs" % (n, args.runs))
    print("  CPU, all pages     %8.1f ms   (%.2f ms per page)" % (all_cpu * 1000, all_cpu * 1000 / n))
    print("  CPU, one page      %8.1f ms   (start-up included)" % (one_cpu * 1000))
    print("  CPU per page       %8.2f ms   marginal: (all - one) / %d; target < 2 ms" %
          ((all_cpu - one_cpu) * 1000 / (n - 1), n - 1))
    print("  peak memory        %8.1f MB   (one page: %.1f MB); target < 100 MB" % (all_peak, one_peak))


if __name__ == "__main__":
    main()
