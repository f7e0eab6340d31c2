#!/usr/bin/env bash
# Cross-checks `newsgraph analyze` and `newsgraph path` against networkx on random graphs from
# ../shared/tools/graphgen.py: models ba, er and ws, 50 to 3,000 nodes, several seeds.
# Run by `make test` after the unit tests; needs ../shared/tools beside the checkout and Python 3
# (networkx and scipy are pip-installed when missing). Exit 1 on any mismatch.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/../shared/tools"
if [[ ! -f "$tools/crosscheck.py" ]]; then
    echo "crosscheck: $tools not found; skipped (it needs the shared tools beside the checkout)"
    exit 0
fi
python3 -c "import networkx, scipy" 2>/dev/null || python3 -m pip install --quiet networkx scipy
binary="$root/.build/release/newsgraph"
[[ -x "$binary" ]] || (cd "$root" && swift build -c release --product newsgraph)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
run() { # nodes edges-per-node seed model
    local graph="$work/$4-$1-$3.json"
    python3 "$tools/graphgen.py" "$1" "$2" "$3" "$graph" --model "$4" > /dev/null
    python3 "$tools/crosscheck.py" "$graph" "$binary" --pairs 20 | tail -n 20 || failures=$((failures + 1))
}
for seed in 1 2 3; do
    for model in ba er ws; do
        run 50 2 "$seed" "$model"
        run 300 3 "$seed" "$model"
    done
done
for model in ba er ws; do run 1000 4 7 "$model"; done
run 3000 5 11 ba
if (( failures > 0 )); then
    echo "crosscheck: $failures graph(s) with mismatches"
    exit 1
fi
echo "crosscheck: every graph agrees with networkx"
