"""What the gazetteer scripts share: their command line, reading WordNet's data files and writing
(or checking) a generated file. Standard library only."""
import argparse
import os
import sys


def wordnet_arguments(doc, out):
    """The parsed command line of a script that reads WordNet (--wordnet DIR, --out PATH, --check),
    described by the first line of `doc`; exits with 1 and says what to install when the folder
    holds no WordNet data files."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=out)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not all(os.path.exists(os.path.join(args.wordnet, f"data.{pos}")) for pos in ("noun", "adj")):
        print(f"error: no WordNet in {args.wordnet}; install Debian's wordnet-base (apt-get install wordnet-base)", file=sys.stderr)
        sys.exit(1)
    return args


def read_synsets(folder, name):
    """{offset: ([words as WordNet writes them], [(pointer symbol, target offset, target pos)])}
    of a WordNet data file (data.noun, data.adj, ...)."""
    out = {}
    with open(os.path.join(folder, name), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ")[0].split()
            words = int(parts[3], 16)
            forms = [parts[4 + 2 * k] for k in range(words)]
            at = 4 + 2 * words
            pointers = [(parts[at + 1 + 4 * k], parts[at + 2 + 4 * k], parts[at + 3 + 4 * k]) for k in range(int(parts[at]))]
            out[parts[0]] = (forms, pointers)
    return out


def write_or_check(path, lines, check, source, unit):
    """Writes the lines to `path` (through a temporary file, renamed) and says how many entries
    (the lines but the two header comments) it holds; with `check`, writes nothing and returns 1
    when the file differs from them. `source` names what the data comes from, `unit` its entries."""
    text = "\n".join(lines) + "\n"
    if check:
        same = os.path.exists(path) and open(path, encoding="utf-8").read() == text
        print(f"{path}: {'up to date' if same else 'differs from what ' + source + ' gives'}")
        return 0 if same else 1
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
    print(f"{path}: {len(lines) - 2} {unit}")
    return 0
