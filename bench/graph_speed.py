#!/usr/bin/env python3
"""Graph analysis speed: `newsgraph analyze` against igraph and networkx on the same graphs.

Generates Barabasi-Albert graphs with ../shared/tools/graphgen.py (5 edges per node, seed 1) of
1,000, 10,000 and 100,000 nodes, then times per step (load, components, betweenness, closeness,
PageRank, Louvain) and in all:
  - newsgraph analyze GRAPH --json --timings (the whole process, JSON loading included;
    betweenness sampled from 1,000 sources at 100k, as --samples does)
  - ../shared/tools/peers_bench.py GRAPH igraph|networkx (the reference libraries, as their users run them)
igraph runs at 1k and 10k (at 100k its exact betweenness and closeness take tens of minutes; pass
--igraph-100k to run it anyway); networkx at 1k (pass --networkx-10k for its 10k betweenness, about
7 minutes). Peak memory of newsgraph comes from /usr/bin/time. Writes bench/graph_results.md.

Usage: python3 bench/graph_speed.py [--igraph-100k] [--networkx-10k] [--memory-1m]
Needs: pip install igraph networkx scipy
"""
import os, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = os.path.join(ROOT, "..", "shared", "tools")
BINARY = os.path.join(ROOT, ".build", "release", "newsgraph")
STEPS = ["load", "components", "betweenness", "closeness", "pagerank", "louvain", "total"]


def timed_run(command):
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "MAXRSS %M"] + command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr[-500:]}")
    rss = int(re.search(r"MAXRSS (\d+)", result.stderr).group(1))
    return result, wall, rss


def ours(graph, samples=None, extra=()):
    command = [BINARY, "analyze", graph, "--json", "--timings"] + (["--samples", str(samples)] if samples else []) + list(extra)
    result, wall, rss = timed_run(command)
    times = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)s", result.stderr)}
    times["load"] = times.get("load", 0) + times.get("index", 0)
    times["total"] = wall
    return times, rss


def peer(graph, library, extra=()):
    result = subprocess.run([sys.executable, os.path.join(TOOLS, "peers_bench.py"), graph, library, *extra], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"peers_bench {library} failed: {result.stderr[-500:]}")
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)s", result.stdout)}


def cell(value):
    return "-" if value is None else f"{value:.3f}"


def main(argv):
    if not os.path.exists(BINARY):
        subprocess.run(["swift", "build", "-c", "release", "--product", "newsgraph"], cwd=ROOT, check=True)
    lines = [f"Barabasi-Albert graphs from graphgen.py (5 edges per node, seed 1); seconds per step; "
             f"{os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}.", ""]
    with tempfile.TemporaryDirectory() as work:
        for nodes in (1000, 10000, 100000):
            graph = os.path.join(work, f"ba-{nodes}.json")
            subprocess.run([sys.executable, os.path.join(TOOLS, "graphgen.py"), str(nodes), "5", "1", graph, "--model", "ba"],
                           check=True, capture_output=True)
            mine, rss = ours(graph, samples=1000 if nodes >= 100000 else None)
            igraph = peer(graph, "igraph") if nodes <= 10000 or "--igraph-100k" in argv else None
            networkx = None
            if nodes <= 1000:
                networkx = peer(graph, "networkx")
            elif nodes == 10000 and "--networkx-10k" in argv:
                networkx = peer(graph, "networkx", ["--betweenness-only"])
            title = f"{nodes:,} nodes, {nodes * 5:,} relations" + (" (newsgraph betweenness sampled from 1,000 sources)" if nodes >= 100000 else "")
            lines += [f"**{title}**; newsgraph peak memory {rss / 1024:.0f} MB", "",
                      "| step | newsgraph | igraph | networkx | igraph / newsgraph | networkx / newsgraph |",
                      "| --- | ---: | ---: | ---: | ---: | ---: |"]
            for step in STEPS:
                a = mine.get(step)
                b = igraph.get(step) if igraph else None
                c = networkx.get(step) if networkx else None
                ratio = lambda other: f"{other / a:.1f}x" if other is not None and a else "-"
                lines.append(f"| {step} | {cell(a)} | {cell(b)} | {cell(c)} | {ratio(b)} | {ratio(c)} |")
            lines.append("")
            print("\n".join(lines[-(len(STEPS) + 4):]), flush=True)
        if "--memory-1m" in argv:
            graph = os.path.join(work, "ba-200000.json")
            subprocess.run([sys.executable, os.path.join(TOOLS, "graphgen.py"), "200000", "5", "1", graph, "--model", "ba"], check=True, capture_output=True)
            mine, rss = ours(graph, samples=100, extra=["--skip", "closeness"])
            lines += [f"**200,000 nodes, 1,000,000 relations** (betweenness from 100 sources, closeness skipped): newsgraph analyze peak memory "
                      f"{rss / 1024:.0f} MB, {mine['total']:.1f} s in all", ""]
    table = "\n".join(lines)
    with open(os.path.join(ROOT, "bench", "graph_results.md"), "w") as out:
        out.write(table + "\n")
    print(table)


if __name__ == "__main__":
    main(sys.argv[1:])
