#!/usr/bin/env python3
"""Scores brief import on the dev pages (../shared/import-dev): F1, precision and recall of the
article-extraction benchmark's metric, as that folder's README defines it. Not a test: a measure.

Usage: score.py BRIEF [DEV_DIR] [--pages N] [--worst K]
  BRIEF    the brief binary (build/src/brief)
  DEV_DIR  default: ../shared/import-dev beside the repository
  --worst  also list the K pages with the lowest F1 and their precision and recall
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

TOKEN = re.compile(r"\w+")


def shingles(text):
    tokens = TOKEN.findall(text)
    if not tokens:
        return collections.Counter()
    if len(tokens) < 4:
        return collections.Counter([tuple(tokens)])
    return collections.Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def page_scores(true_text, predicted_text):
    """(precision or None, recall or None) of one page, from its tp, fp and fn shingles."""
    t, p = shingles(true_text), shingles(predicted_text)
    tp = sum((t & p).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def import_pages(brief, html_dir, ids):
    """{id: body} from one `brief import --json` run over every page."""
    paths = [os.path.join(html_dir, i + ".html.gz") for i in ids]
    run = subprocess.run([brief, "import", "--json", *paths], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit("brief import failed (%d): %s" % (run.returncode, run.stderr[:2000]))
    bodies = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        bodies[record["provenance"][: -len(".html.gz")]] = record["body"]
    return bodies


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_dev = os.path.join(here, "..", "..", "..", "shared", "import-dev")
    parser = argparse.ArgumentParser()
    parser.add_argument("brief")
    parser.add_argument("dev", nargs="?", default=default_dev)
    parser.add_argument("--worst", type=int, default=0)
    args = parser.parse_args()
    with open(os.path.join(args.dev, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    ids = sorted(truth)
    bodies = import_pages(args.brief, os.path.join(args.dev, "html"), ids)
    precisions, recalls, rows = [], [], []
    for i in ids:
        p, r = page_scores(truth[i]["articleBody"], bodies.get(i, ""))
        if p is not None:
            precisions.append(p)
        if r is not None:
            recalls.append(r)
        f1 = 2 * p * r / (p + r) if p and r else 0.0
        rows.append((f1, p, r, i))
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall)
    print("pages %d (imported %d)  F1 %.3f  precision %.3f  recall %.3f" % (len(ids), len(bodies), f1, precision, recall))
    for f1, p, r, i in sorted(rows, key=lambda row: row[0])[: args.worst]:
        print("  %.3f  P %s  R %s  %s  %s" % (f1, "%.3f" % p if p is not None else "-", "%.3f" % r if r is not None else "-",
                                            i[:16], truth[i]["url"][:70]))


if __name__ == "__main__":
    main()
