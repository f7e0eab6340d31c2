#!/usr/bin/env python3
"""Regenerates Sources/Syntax/Resources/gazetteers/demonyms.tsv from WordNet and GeoNames.

A demonym is a capitalised WordNet adjective ("Indonesian") whose pertainym pointer (\\) leads to
a noun synset holding a country's name as GeoNames spells it in places.tsv ("Indonesia"), or an
ISO 3166 country name. Source: WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet/data.adj and
data.noun) and the committed places.tsv (tools/gazetteers/places.py). Writes DEMONYM<TAB>COUNTRY,
sorted; an adjective that points to several countries is left out; a country is named by the
shortest of its names ("Greece", not "Hellenic Republic"). Deterministic.

Usage: python3 tools/gazetteers/demonyms.py [--wordnet DIR] [--out PATH] [--check]
"""
import os
import sys

from gazetteer_common import read_synsets, wordnet_arguments, write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZETTEERS = os.path.join(ROOT, "Sources", "Syntax", "Resources", "gazetteers")
OUT = os.path.join(GAZETTEERS, "demonyms.tsv")


def main():
    args = wordnet_arguments(__doc__, OUT)
    countries = {}  # name -> ISO code
    names = {}  # ISO code -> the shortest of its names (the common one: "Greece", not "Hellenic Republic")
    with open(os.path.join(GAZETTEERS, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                name, kind, code = line.split("\t")[:3]
                if kind == "country":
                    countries[name] = code
                    if code not in names or (len(name), name) < (len(names[code]), names[code]):
                        names[code] = name
    nouns = read_synsets(args.wordnet, "data.noun")
    adjectives = read_synsets(args.wordnet, "data.adj")
    found = {}
    for forms, pointers in adjectives.values():
        for form in forms:
            word = form.split("(")[0].replace("_", " ")
            if not word[:1].isupper():
                continue
            for symbol, target, pos in pointers:
                if symbol != "\\" or pos != "n" or target not in nouns:
                    continue
                for noun in nouns[target][0]:
                    name = noun.split("(")[0].replace("_", " ")
                    if name in countries:
                        found.setdefault(word, set()).add(countries[name])
    lines = ["# Demonyms from WordNet 3.0 pertainyms (Debian wordnet-base) onto GeoNames countries; regenerate with tools/gazetteers/demonyms.py",
             "# demonym\tcountry"]
    lines += [f"{word}\t{names[next(iter(codes))]}" for word, codes in sorted(found.items()) if len(codes) == 1]
    return write_or_check(args.out, lines, args.check, "WordNet", "demonyms")


if __name__ == "__main__":
    sys.exit(main())
