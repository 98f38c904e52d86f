#!/usr/bin/env python3
"""How far PolNeAR's annotators agree with each other: the human ceiling for `presslens eval claims`.

Usage: scripts/polnear-agreement.py POLNEAR_CHECKOUT [--scorer PATH] [--keep DIR]

POLNEAR_CHECKOUT is a clone of github.com/networkdynamics/PolNeAR (its data/ folder:
metadata.tsv, {train,dev,test}/text/NAME.txt, {train,dev,test}/attributions/NAME_ANNOTATOR.ann).
The articles that metadata.tsv lists with several annotators (16 train, 2 dev, 2 test; the
annotator-training folder is left out) are read in brat standoff, each annotator's
attributions as in ../shared/data/polnear (Content and Content2 merged, items without content
dropped), and every ordered pair of annotators of an article is scored, one as gold and the
other as prediction, pooled in one run of the shared claims scorer. Exact and overlap F1 are
symmetric, so the pooled figures are the annotators' mutual agreement. Standard library only.
"""
import argparse
import csv
import itertools
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "shared", "eval", "score_claims.py")
ROLES = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}


def read_ann(path):
    """An annotator's attributions: [{"source", "cue", "content": [[s, e], ...]}], in file order."""
    spans, relations = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("T") and len(fields) >= 2:
                kind, _, offsets = fields[1].partition(" ")
                if kind in ROLES:
                    spans[fields[0]] = [[int(x) for x in frag.split()] for frag in offsets.split(";")]
            elif line.startswith("E") and len(fields) >= 2:
                relations.append([arg.split(":", 1) for arg in fields[1].split()])
    out = []
    for args in relations:
        a = {"source": [], "cue": [], "content": []}
        for role, ref in args:
            if role in ROLES and ref in spans:
                a[ROLES[role]].extend(spans[ref])
        if a["content"]:
            out.append({k: sorted(v) for k, v in a.items()})
    return out


def multi_annotated(data):
    with open(os.path.join(data, "metadata.tsv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            annotators = row["annotators"].split("|")
            if row["compartment"] in ("train", "dev", "test") and len(annotators) > 1:
                yield row["compartment"], row["filename"], annotators


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("polnear", help="a clone of networkdynamics/PolNeAR")
    ap.add_argument("--scorer", default=SCORER, help="score_claims.py (default: ../shared/eval/score_claims.py)")
    ap.add_argument("--keep", help="write the pooled gold and prediction JSONL here")
    args = ap.parse_args(argv)
    data = os.path.join(args.polnear, "data")
    gold, pred, articles = [], [], 0
    for split, name, annotators in multi_annotated(data):
        with open(os.path.join(data, split, "text", name + ".txt"), encoding="utf-8") as f:
            text = f.read()
        by = {a: read_ann(os.path.join(data, split, "attributions", f"{name}_{a}.ann")) for a in annotators}
        articles += 1
        for a, b in itertools.permutations(annotators, 2):
            pid = f"{name}|{a}|{b}"
            gold.append({"id": pid, "text": text, "attributions": by[a]})
            pred.append({"id": pid, "claims": by[b]})
    if not gold:
        sys.exit(f"polnear-agreement: no multi-annotated article in {data}/metadata.tsv")
    out = args.keep or tempfile.mkdtemp(prefix="polnear-agreement-")
    os.makedirs(out, exist_ok=True)
    paths = {}
    for kind, records in (("gold", gold), ("pred", pred)):
        paths[kind] = os.path.join(out, f"pairs-{kind}.jsonl")
        with open(paths[kind], "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    print(f"{articles} articles annotated by several annotators, {len(gold)} ordered annotator pairs")
    sys.stdout.flush()
    return subprocess.call([sys.executable, args.scorer, paths["gold"], paths["pred"], "--system", "annotator vs annotator"])


if __name__ == "__main__":
    sys.exit(main())
