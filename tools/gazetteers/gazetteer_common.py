"""What the gazetteer scripts share: reading WordNet's data files and writing (or checking) a
generated file. Standard library only."""
import os


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
