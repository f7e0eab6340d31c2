#!/usr/bin/env python3
"""Regenerates Sources/Syntax/Resources/gazetteers/head-nouns.tsv from WordNet's noun hierarchy.

Source: WordNet 3.0 as Debian packages it (`apt-get install wordnet-base`: /usr/share/wordnet/
index.noun and data.noun; WordNet licence, Princeton University). For every one-word common noun
(its first sense written in lower case, so no proper names) the first (most frequent) sense is followed up its hypernyms (@, @i) to the root; the first class in
CLASSES whose anchor synsets it reaches is the noun's class. Nouns that reach none are left out.
Writes NOUN<TAB>CLASS, sorted; deterministic for the same WordNet files.

Classes: person; government (state bodies: governments, courts, legislatures, police, armed
forces, agencies); media (the press, broadcasters, publishers); organization (institutions,
companies, parties, teams); event (ceremonies, contests, elections, social events); place
(locations, regions, facilities, structures, landforms, waters, roads); group (groups of people); measure (proposals, plans, policies,
prohibitions, bills); law (laws, statutes, legal documents).

Usage: python3 tools/gazetteers/head_nouns.py [--wordnet DIR] [--out PATH] [--check]
"""
import os
import sys

from gazetteer_common import read_synsets, wordnet_arguments, write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "Syntax", "Resources", "gazetteers", "head-nouns.tsv")
# (class, anchors as (lemma, sense number)); earlier classes win where a noun reaches several.
CLASSES = [
    ("person", [("person", 1)]),
    ("government", [("government", 1), ("court", 1), ("legislature", 1), ("police", 1), ("law_enforcement_agency", 1),
                    ("military", 1), ("armed_forces", 1), ("agency", 1), ("government_department", 1), ("ministry", 1),
                    ("administration", 2), ("council", 1)]),
    ("media", [("print_media", 1), ("press", 2), ("broadcasting_company", 1), ("news_agency", 1), ("publisher", 2),
               ("television_station", 1), ("radio_station", 1), ("newspaper", 2), ("magazine", 2)]),
    ("measure", [("proposal", 1), ("plan", 1), ("policy", 1), ("prohibition", 1), ("restriction", 1), ("bill", 1),
                 ("measure", 1), ("sanction", 1), ("embargo", 1), ("initiative", 1), ("reform", 1)]),
    ("law", [("law", 1), ("law", 2), ("legal_document", 1), ("statute", 1), ("legislation", 1), ("regulation", 1)]),
    ("organization", [("organization", 1), ("institution", 1), ("company", 1), ("party", 1), ("team", 1)]),
    ("event", [("social_event", 1), ("ceremony", 1), ("election", 1), ("contest", 1), ("conference", 1), ("festival", 2)]),
    ("place", [("location", 1), ("region", 1), ("facility", 1), ("geographic_area", 1), ("geological_formation", 1),
               ("body_of_water", 1), ("thoroughfare", 1), ("structure", 1), ("land", 4)]),
    ("group", [("people", 1), ("social_group", 1), ("citizenry", 1)]),
]


def read_wordnet(folder):
    """(first-sense offset of each noun, every sense's offsets of each noun, hypernym offsets of
    each synset, the words of each synset as WordNet writes them)."""
    first = {}
    senses = {}
    with open(os.path.join(folder, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, count = parts[0], int(parts[2])
            pointers = int(parts[3])
            offsets = parts[4 + pointers + 2:]
            senses[lemma] = offsets
            if offsets and count:
                first[lemma] = offsets[0]
    hypernyms = {}
    forms = {}
    for offset, (words, pointers) in read_synsets(folder, "data.noun").items():
        forms[offset] = set(words)
        hypernyms[offset] = [target for symbol, target, pos in pointers if symbol in ("@", "@i") and pos == "n"]
    return first, senses, hypernyms, forms


def ancestors(offset, hypernyms):
    seen, stack = set(), [offset]
    while stack:
        at = stack.pop()
        if at in seen:
            continue
        seen.add(at)
        stack.extend(hypernyms.get(at, []))
    return seen


def main():
    args = wordnet_arguments(__doc__, OUT)
    first, senses, hypernyms, forms = read_wordnet(args.wordnet)
    anchors = []
    for name, lemmas in CLASSES:
        offsets = set()
        for lemma, sense in lemmas:
            if len(senses.get(lemma, [])) < sense:
                print(f"error: WordNet has no sense {sense} of '{lemma}' (anchor of {name})", file=sys.stderr)
                return 1
            offsets.add(senses[lemma][sense - 1])
        anchors.append((name, offsets))
    lines = ["# Head-noun classes from WordNet 3.0's first senses (Debian wordnet-base); regenerate with tools/gazetteers/head_nouns.py",
             "# noun\tclass"]
    for lemma in sorted(first):
        # Common nouns only: a first sense WordNet writes capitalised ("Paris", "Lincoln") is a proper name.
        if "_" in lemma or not lemma.isalpha() or lemma not in forms.get(first[lemma], set()):
            continue
        reached = ancestors(first[lemma], hypernyms)
        for name, offsets in anchors:
            if reached & offsets:
                lines.append(f"{lemma}\t{name}")
                break
    return write_or_check(args.out, lines, args.check, "WordNet", "nouns")


if __name__ == "__main__":
    sys.exit(main())
