#!/usr/bin/env python3
"""Scores `byline annotate` on the two halves of a PolNeAR split, so that rules written while
reading one half can be checked on articles nobody read.

usage: polnear_halves.py BYLINE SPLIT_DIR SCORER [--half even|odd] [--show N]

The articles of SPLIT_DIR/text are sorted by name and numbered from 0: the even ones are the
development half (read its misses with --half even --show N), the odd ones are held out. Each
half is a temporary folder of symbolic links handed to SCORER (score_polnear.py, which prints
the figures). Nothing of the corpus is copied. See docs/annotate.md, "How well it does"."""
import os, subprocess, sys, tempfile


def half_dir(split, parity, tmp):
    names = sorted(n[:-4] for n in os.listdir(os.path.join(split, "text")) if n.endswith(".txt"))
    keep = {n for i, n in enumerate(names) if i % 2 == parity}
    out = os.path.join(tmp, "even" if parity == 0 else "odd")
    for sub in ("text", "attributions"):
        os.makedirs(os.path.join(out, sub))
    for n in keep:
        os.symlink(os.path.join(split, "text", n + ".txt"), os.path.join(out, "text", n + ".txt"))
    for a in os.listdir(os.path.join(split, "attributions")):
        if a.rsplit("_", 1)[0] in keep:
            os.symlink(os.path.join(split, "attributions", a), os.path.join(out, "attributions", a))
    meta = os.path.join(split, "metadata.tsv")
    if os.path.exists(meta):
        os.symlink(meta, os.path.join(out, "metadata.tsv"))
    return out


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    byline, split, scorer = (os.path.abspath(p) for p in sys.argv[1:4])
    rest = sys.argv[4:]
    halves = [0, 1]
    if "--half" in rest:
        i = rest.index("--half")
        halves = [0 if rest[i + 1] == "even" else 1]
        del rest[i:i + 2]
    with tempfile.TemporaryDirectory() as tmp:
        for parity in halves:
            label = "development (even)" if parity == 0 else "held out (odd)"
            print(f"== {label}", flush=True)
            subprocess.run([sys.executable, scorer, byline, half_dir(split, parity, tmp)] + rest,
                           check=False)


main()
