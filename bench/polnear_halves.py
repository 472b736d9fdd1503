#!/usr/bin/env python3
"""Scores `byline annotate` on the two halves of a PolNeAR split, so that rules written while
reading one half can be checked on articles nobody read.

usage: polnear_halves.py BYLINE SPLIT_DIR SCORER [--half even|odd] [--show N] [--source-match]
                         [--draft-keys]

The articles of SPLIT_DIR/text are sorted by name and numbered from 0: the even ones are the
development half (read its misses with --half even --show N), the odd ones are held out. Each
half is a temporary folder of symbolic links handed to SCORER (score_polnear.py, which prints
the figures). Nothing of the corpus is copied. See docs/annotate.md, "How well it does".

--source-match adds a second reading of the same quotations: a speaker counts as right when its
last word occurs in the hand-annotated Source span. The scorer compares with one key word of that
span, which for "Rep. Bobby Scott (D-Va.)" is "D-Va" and for "Judicial Watch President Tom
Fitton" is "Watch", so a right speaker can score as wrong; this reading shows how many do.

--draft-keys drafts every article (`byline draft`) and checks the answer key of each "Who said"
question against the annotated Source of the quotation it asks about (sources that name
someone; the same surname reading): the share of drafted answer keys that are right."""
import json, os, re, subprocess, sys, tempfile


def load_split(split, scorer):
    g = {}
    exec(open(scorer, encoding="utf-8").read().replace("\nmain()\n", "\n"), g)  # its helpers
    dates = {}
    for row in open(os.path.join(split, "metadata.tsv"), encoding="utf-8"):
        f = row.rstrip("\n").split("\t")
        if len(f) > 5 and re.match(r"\d{4}-\d\d-\d\d$", f[5]):
            dates[f[1]] = f[5]
    first = {}
    for ann in sorted(os.listdir(os.path.join(split, "attributions"))):
        first.setdefault(ann.rsplit("_", 1)[0], ann)
    return g, dates, first


def draft_keys(byline, split, scorer):
    g, dates, first = load_split(split, scorer)
    total = right = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "draft.json")
        for base, ann in sorted(first.items()):
            tpath = os.path.join(split, "text", base + ".txt")
            if not os.path.exists(tpath) or base not in dates:
                continue
            text = open(tpath, encoding="utf-8").read()
            spans, events = g["read_ann"](os.path.join(split, "attributions", ann))
            if subprocess.run([byline, "draft", tpath, "--date", dates[base], "-o", out],
                              capture_output=True).returncode:
                continue
            for q in json.load(open(out, encoding="utf-8"))["questions"]:
                if q["format"] != "choice" or not q["prompt"].startswith("Who said \u201c"):
                    continue
                quoted = q["prompt"][len("Who said \u201c"):].split("\u2026")[0].rstrip("\u201d?").strip()
                pos = text.find(quoted[:40])
                sources = [spans[ev["Source"]][2] for ev in events
                           if ev.get("Content") in spans and ev.get("Source") in spans
                           and g["name_key"](spans[ev["Source"]][2])
                           and any(a <= pos < b for a, b in spans[ev["Content"]][1])]
                if pos < 0 or not sources:
                    continue
                key = q["choices"][q["answer"]].split()[-1].lower()
                total += 1
                right += any(key in s.lower() for s in sources)
    print(f"drafted 'Who said' answer keys matching the annotated Source: {right / max(total, 1):.3f} "
          f"({right}/{total})")


def source_match(byline, split, scorer):
    """Speaker right when given / named recall, matching against the whole Source span."""
    g, dates, first = load_split(split, scorer)
    named = claimed = right = 0
    for base, ann in sorted(first.items()):
        tpath = os.path.join(split, "text", base + ".txt")
        if not os.path.exists(tpath):
            continue
        text = open(tpath, encoding="utf-8").read()
        spans, events = g["read_ann"](os.path.join(split, "attributions", ann))
        cmd = [byline, "annotate", tpath] + (["--date", dates[base]] if base in dates else [])
        quotes = json.loads(subprocess.run(cmd, capture_output=True).stdout or b'{"quotes":[]}')["quotes"]
        b2c = g["byte_to_char"](text)
        for ev in events:
            c, s = ev.get("Content"), ev.get("Source")
            if c not in spans or s not in spans or not g["name_key"](spans[s][2]):
                continue
            if not "".join(text[a:b] for a, b in spans[c][1]).strip().startswith(g["QUOTE_OPEN"]):
                continue
            named += 1
            got = [q["speaker"] for q in quotes if q.get("speaker") and g["overlaps"](
                [(b2c.get(a, 0), b2c.get(b, 0)) for a, b in q["parts"]], spans[c][1])]
            claimed += bool(got)
            right += any(x.split()[-1].lower() in spans[s][2].lower() for x in got)
    print(f"source-span match: speaker right when one is given {right / max(claimed, 1):.3f} "
          f"({right}/{claimed}) | named recall {right / max(named, 1):.3f} ({right}/{named})")


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
    also = "--source-match" in rest
    if also:
        rest.remove("--source-match")
    keys = "--draft-keys" in rest
    if keys:
        rest.remove("--draft-keys")
    halves = [0, 1]
    if "--half" in rest:
        i = rest.index("--half")
        halves = [0 if rest[i + 1] == "even" else 1]
        del rest[i:i + 2]
    with tempfile.TemporaryDirectory() as tmp:
        for parity in halves:
            label = "development (even)" if parity == 0 else "held out (odd)"
            print(f"== {label}", flush=True)
            folder = half_dir(split, parity, tmp)
            subprocess.run([sys.executable, scorer, byline, folder] + rest, check=False)
            if also:
                source_match(byline, folder, scorer)
            if keys:
                draft_keys(byline, folder, scorer)


main()
