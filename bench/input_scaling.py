#!/usr/bin/env python3
"""Hostile-input resources: extraction time against article length, capitalised-word floods,
and memory over 10,000 in-process renders.

  - one article of 1 KB, 10 KB, 100 KB, 1 MB and 10 MB (the dev corpus's articles concatenated
    and cut at a sentence end): `newsgraph extract` wall time, microseconds per KB
  - 10,000, 20,000 and 40,000 consecutive capitalised words: wall time
  - `newsgraph-soak 10000`: resident memory after each 1,000 renders of random cyclic graphs
    with the dot engine (Graphviz's layouts freed per render)
Writes bench/input_results.md.

Usage: python3 bench/input_scaling.py [--skip-soak]
"""
import glob, os, random, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release")


def wall(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv):
    subprocess.run(["swift", "build", "-c", "release", "--product", "newsgraph"], cwd=ROOT, check=True, capture_output=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "newsgraph-soak"], cwd=ROOT, check=True, capture_output=True)
    corpus = "\n".join(open(path).read() for path in sorted(glob.glob(os.path.join(ROOT, "Tests/EvaluationTests/Corpus/dev/articles/*.txt"))))
    lines = [f"{os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}; whole `newsgraph extract` processes (start-up included).", "",
             "| article | seconds | µs per KB |", "|---|---:|---:|"]
    with tempfile.TemporaryDirectory() as work:
        for size in (1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20):
            text = (corpus * (size // len(corpus) + 1))[:size]
            text = text[: text.rfind(".") + 1]
            path = os.path.join(work, f"article-{size}.txt")
            open(path, "w").write(text)
            seconds = wall([os.path.join(BIN, "newsgraph"), "extract", path, "-o", os.path.join(work, "out.json")])
            lines.append(f"| {size >> 10:,} KB | {seconds:.3f} | {seconds * 1e6 / (size >> 10):,.0f} |")
            print(lines[-1], flush=True)
        lines += ["", "| consecutive capitalised words | seconds |", "|---|---:|"]
        words = ["Alpha", "Beta", "Gamma", "Delta", "Ministry", "Kremlin", "Telegram", "Ivan", "Petrov", "Of", "State", "Duma"]
        rnd = random.Random(1)
        for count in (10_000, 20_000, 40_000):
            path = os.path.join(work, f"caps-{count}.txt")
            open(path, "w").write(" ".join(rnd.choice(words) for _ in range(count)) + ".")
            seconds = wall([os.path.join(BIN, "newsgraph"), "extract", path, "-o", os.path.join(work, "out.json")])
            lines.append(f"| {count:,} | {seconds:.2f} |")
            print(lines[-1], flush=True)
    if "--skip-soak" not in argv:
        soak = subprocess.run([os.path.join(BIN, "newsgraph-soak"), "10000"], check=True, capture_output=True, text=True).stdout.splitlines()
        lines += ["", "| renders in one process (dot, 30 entities, 60 relations) | resident MB | seconds |", "|---:|---:|---:|"]
        lines += ["| " + " | ".join(row.split("\t")) + " |" for row in soak[1:]]
    with open(os.path.join(ROOT, "bench", "input_results.md"), "w") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
