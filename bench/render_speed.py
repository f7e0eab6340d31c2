#!/usr/bin/env python3
"""Map rendering speed: `newsgraph render` with the automatic engine choice against the `dot`
program on the same graphs.

Generates graphs with ../shared/tools/graphgen.py (2 edges per node, seed 7) of 100, 1,000 and
5,000 nodes, Barabasi-Albert (heavy-tailed, like news graphs) and Erdos-Renyi (random, cyclic),
then times, as whole processes (JSON loading included):
  - newsgraph render GRAPH -o map.svg: the automatic choice (which engine is in the table), median
    of --repeats runs; and the same to PNG and to the interactive HTML page once each
  - dot -Tsvg on the DOT that `newsgraph export --format dot --layout dot` writes (newsgraph's own
    DOT for the dot engine, nslimit/mclimit included), killed after --timeout seconds
  - the Graphviz program of the automatically chosen engine on newsgraph's DOT for it (same work
    as the in-process render, through the command line)
Writes bench/render_results.md. Needs Debian's graphviz package for the programs.

Usage: python3 bench/render_speed.py [--timeout SECONDS] [--repeats N]
"""
import os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GRAPHGEN = os.path.join(ROOT, "..", "shared", "tools", "graphgen.py")
BINARY = os.path.join(ROOT, ".build", "release", "newsgraph")


def wall(command, timeout=None):
    """Seconds the command took, or None when it ran past `timeout` and was killed."""
    start = time.perf_counter()
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr[-500:]}")
    return time.perf_counter() - start


def engine_of(dot_file):
    with open(dot_file) as text:
        header = text.read(400)
    return header.split("layout=", 1)[1].split(",", 1)[0]


def cell(seconds, timeout):
    return f"> {timeout} (killed)" if seconds is None else f"{seconds:.2f}"


def main(argv):
    timeout = int(argv[argv.index("--timeout") + 1]) if "--timeout" in argv else 120
    repeats = int(argv[argv.index("--repeats") + 1]) if "--repeats" in argv else 3
    if not os.path.exists(BINARY):
        subprocess.run(["swift", "build", "-c", "release", "--product", "newsgraph"], cwd=ROOT, check=True)
    dot_version = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    lines = [f"graphgen.py graphs, 2 edges per node, seed 7; seconds, whole processes; {os.cpu_count()} cores; "
             f"{dot_version}; {time.strftime('%Y-%m-%d')}. `dot` program killed after {timeout} s.", "",
             "| graph | nodes | relations | auto engine | newsgraph render svg (auto) | png (auto) | html (auto) "
             "| same engine, Graphviz program, svg | `dot` program, svg |",
             "|---|---:|---:|---|---:|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as work:
        for model in ("ba", "er"):
            for nodes in (100, 1000, 5000):
                graph = os.path.join(work, f"{model}{nodes}.json")
                subprocess.run([sys.executable, GRAPHGEN, str(nodes), "2", "7", graph, "--model", model], check=True, capture_output=True)
                relations = len(__import__("json").load(open(graph))["relations"])
                auto_dot, dot_dot = os.path.join(work, "auto.gv"), os.path.join(work, "dot.gv")
                subprocess.run([BINARY, "export", graph, "--format", "dot", "-o", auto_dot], check=True)
                subprocess.run([BINARY, "export", graph, "--format", "dot", "--layout", "dot", "-o", dot_dot], check=True)
                engine = engine_of(auto_dot)
                svg = os.path.join(work, "map.svg")
                ours = statistics.median(wall([BINARY, "render", graph, "-o", svg]) for _ in range(repeats))
                ours_png = wall([BINARY, "render", graph, "-o", os.path.join(work, "map.png")])
                ours_html = wall([BINARY, "render", graph, "-o", os.path.join(work, "map.html")])
                program = wall([engine, "-Tsvg", auto_dot, "-o", os.devnull], timeout)
                dot_program = wall(["dot", "-Tsvg", dot_dot, "-o", os.devnull], timeout)
                row = (f"| {model} | {nodes:,} | {relations:,} | {engine} | {ours:.2f} | {ours_png:.2f} | {ours_html:.2f} | "
                       f"{cell(program, timeout)} | {cell(dot_program, timeout)} |")
                print(row, flush=True)
                lines.append(row)
    with open(os.path.join(ROOT, "bench", "render_results.md"), "w") as out:
        out.write("\n".join(lines) + "\n")
    print("wrote bench/render_results.md")


if __name__ == "__main__":
    main(sys.argv[1:])
