#!/usr/bin/env python3
"""A one-article edit under `brief watch` against a fresh `brief build`, on a generated corpus.

Usage: bench/watch.py [--brief build/src/brief] [--articles 500] [--runs 7]

Makes the corpus with bench/make_corpus.py (in bench/work/, ignored by git), times `brief build`
of it `--runs` times (wall clock and processor time of the child), then starts `brief watch` on
it and, run after run, appends a sentence to one article and times how long it takes from the
save to watch's line saying the outputs were written (the edit is one complete save, so the
rebuild starts at once; the 10 ms quiet spell after it has passed before the rebuild ends). It
reports the medians, watch's own build time from its line, and checks that
the watched outputs are the same bytes as a fresh build's. Not a test: nothing here fails a run.
"""
import argparse
import filecmp
import os
import pathlib
import re
import resource
import select
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / "work" / "watch"
LINE = re.compile(r"changed: built in ([0-9.]+) s, ([0-9.]+) s CPU")


def fresh_build(brief, corpus, out):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([brief, "build", str(corpus), "-o", str(out), "-q"], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


class Lines:
    """Watch's stderr line by line. Read from the descriptor into a buffer of its own: select()
    on a buffered file object says nothing of lines it has already read ahead, so a second line
    printed at once would wait for the next output."""

    def __init__(self, proc):
        self.fd = proc.stderr.fileno()
        self.buffer = b""

    def next(self, timeout):
        """The next line, or None after `timeout` seconds without one."""
        end = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = end - time.monotonic()
            ready, _, _ = select.select([self.fd], [], [], max(0.0, left))
            if not ready:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode() + "\n"


def watch_edits(brief, corpus, out, runs):
    proc = subprocess.Popen([brief, "watch", str(corpus), "-o", str(out)], stderr=subprocess.PIPE)
    lines = Lines(proc)
    try:
        while "watching" not in (lines.next(120) or "watching-timeout"):
            pass
        target = corpus / "article-00250.md"
        saves, builds, cpus = [], [], []
        for i in range(runs):
            time.sleep(0.5)
            start = time.perf_counter()
            with open(target, "a", encoding="utf-8") as f:
                f.write(f"\nOne more sentence, edit {i}.\n")
            while True:
                line = lines.next(120)
                if line is None:
                    sys.exit("watch printed nothing for 120 s")
                m = LINE.search(line)
                if m:
                    break
                if "changed: failed" in line:
                    sys.exit("a rebuild failed: " + line)
            saves.append(time.perf_counter() - start)
            builds.append(float(m.group(1)))
            cpus.append(float(m.group(2)))
        return saves, builds, cpus
    finally:
        proc.send_signal(2)
        proc.wait(timeout=60)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--brief", default=str(ROOT / "build" / "src" / "brief"))
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["SOURCE_DATE_EPOCH"] = "1543190400"
    shutil.rmtree(WORK, ignore_errors=True)
    corpus = WORK / "corpus"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(args.articles), str(corpus)],
                   check=True, stdout=subprocess.DEVNULL)
    fresh = [fresh_build(args.brief, corpus, WORK / "fresh") for _ in range(args.runs)]
    saves, builds, cpus = watch_edits(args.brief, corpus, WORK / "watched", args.runs)
    fresh_build(args.brief, corpus, WORK / "fresh")
    same = all(filecmp.cmp(WORK / "fresh" / f"briefing.{f}", WORK / "watched" / f"briefing.{f}", shallow=False)
               for f in ("pdf", "epub", "docx", "xml"))
    fresh_wall = statistics.median(w for w, _ in fresh)
    fresh_cpu = statistics.median(c for _, c in fresh)
    print(f"{args.articles} articles, {args.runs} runs each, medians:")
    print(f"  fresh brief build:           {fresh_wall * 1000:7.0f} ms wall, {fresh_cpu * 1000:6.0f} ms CPU")
    print(f"  watch, save to written:      {statistics.median(saves) * 1000:7.0f} ms wall "
          f"(x{fresh_wall / statistics.median(saves):.2f} faster)")
    print(f"  watch, the rebuild itself:   {statistics.median(builds) * 1000:7.0f} ms wall, "
          f"{statistics.median(cpus) * 1000:6.0f} ms CPU (x{fresh_wall / statistics.median(builds):.2f} wall, "
          f"x{fresh_cpu / statistics.median(cpus):.2f} CPU)")
    print(f"  watched outputs equal a fresh build's: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
