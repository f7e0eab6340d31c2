#!/usr/bin/env python3
"""Store scale: ingest 100,000 synthetic wire articles, then time path queries on the store.

Generates the articles with bench/wiregen.py (seed 1), then measures, as whole processes:
  - newsgraph ingest ARTICLES --store S: wall time, articles/s, peak memory (/usr/bin/time), store size
  - the same ingest again (every article skipped: the idempotent re-run)
  - newsgraph path --store S --pairs PAIRS: 1,000 random entity pairs (seed 1) answered against the
    loaded store, latency per pair (entity lookup, shortest path, citation) p50 and p99, and the load time
Writes bench/store_results.md.

Usage: python3 bench/store_speed.py [--articles N]
"""
import json, os, random, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "newsgraph")


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "MAXRSS %M"] + command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr[-800:]}")
    return result, wall, int(re.search(r"MAXRSS (\d+)", result.stderr).group(1))


def main(argv):
    count = int(argv[argv.index("--articles") + 1]) if "--articles" in argv else 100_000
    if not os.path.exists(BINARY):
        subprocess.run(["swift", "build", "-c", "release", "--product", "newsgraph"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as work:
        articles = os.path.join(work, "wires.jsonl")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "wiregen.py"), str(count), "1", articles], check=True)
        store = os.path.join(work, "store.sqlite")
        result, ingest_wall, ingest_rss = timed([BINARY, "ingest", articles, "--store", store])
        print(result.stdout.strip())
        size = sum(os.path.getsize(os.path.join(work, f)) for f in os.listdir(work) if f.startswith("store.sqlite"))
        _, again_wall, _ = timed([BINARY, "ingest", articles, "--store", store])
        graph = json.loads(subprocess.run([BINARY, "export", "--store", store, "--format", "json"], capture_output=True, text=True, check=True).stdout)
        ids = [entity["id"] for entity in graph["entities"]]
        rnd = random.Random(1)
        pairs = os.path.join(work, "pairs.tsv")
        with open(pairs, "w") as out:
            for _ in range(1000):
                out.write(f"{rnd.choice(ids)}\t{rnd.choice(ids)}\n")
        result, _, path_rss = timed([BINARY, "path", "--store", store, "--pairs", pairs])
        answered = [line.split("\t") for line in result.stdout.splitlines()]
        found = sum(1 for line in answered if line[2] != "none")
        summary = re.search(r"p50 ([\d.]+) ms, p99 ([\d.]+) ms, max ([\d.]+) ms; graph loaded in ([\d.]+) s", result.stderr)
        p50, p99, worst, load = (float(x) for x in summary.groups())
        lines = [
            f"{count:,} synthetic wire articles (bench/wiregen.py, seed 1, {os.path.getsize(articles) / 1e6:.1f} MB); "
            f"{os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}.", "",
            "| measure | value |", "|---|---:|",
            f"| ingest, wall | {ingest_wall:.1f} s |",
            f"| ingest rate | {count / ingest_wall:,.0f} articles/s |",
            f"| ingest peak memory | {ingest_rss / 1024:.0f} MB |",
            f"| store size (database and WAL files) | {size / 1e6:.1f} MB |",
            f"| store contents | {len(graph['documents']):,} documents, {len(graph['entities']):,} entities, {len(graph['relations']):,} relations |",
            f"| re-ingest of the same articles (all skipped) | {again_wall:.1f} s |",
            f"| path, 1,000 random pairs: p50 | {p50:.3f} ms |",
            f"| path, 1,000 random pairs: p99 | {p99:.3f} ms |",
            f"| path: worst pair | {worst:.3f} ms |",
            f"| path: pairs connected | {found} of 1,000 |",
            f"| path: loading the store once | {load:.2f} s (peak memory {path_rss / 1024:.0f} MB) |",
        ]
    text = "\n".join(lines) + "\n"
    print(text)
    with open(os.path.join(ROOT, "bench", "store_results.md"), "w") as out:
        out.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
