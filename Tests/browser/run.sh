#!/usr/bin/env bash
# Loads NewsGraph's HTML maps in headless Chromium and checks them after their scripts ran:
# the seed's map, a graph whose names are hostile, and a hostile article built end to end.
# Skips (exit 0) when Chromium is missing, unless NEWSGRAPH_REQUIRE_BROWSER=1 (as .ci/run sets).
set -euo pipefail
cd "$(dirname "$0")/../.."
newsgraph=.build/release/newsgraph
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
    if [ "${NEWSGRAPH_REQUIRE_BROWSER:-0}" = 1 ]; then
        echo "browser test: Chromium is not installed; apt-get install chromium" >&2
        exit 1
    fi
    echo "SKIP browser test: Chromium is not installed (apt-get install chromium)"
    exit 0
fi
out=.build/browser-check
rm -rf "$out"
mkdir -p "$out"
check=Tests/browser/browser_check.py

echo "== the seed's map"
"$newsgraph" build seeds -o "$out/seed" >/dev/null
python3 "$check" "$chromium" "$out/seed/graph.html" "Dmitry Peskov" --screenshot "$out/seed.png"

echo "== a graph with hostile names, documents and sentences"
"$newsgraph" render Tests/Hostile/hostile_graph.json -o "$out/hostile_graph.html"
python3 "$check" "$chromium" "$out/hostile_graph.html" '</text><script>window.pwned=1</script>' --hostile --screenshot "$out/hostile_graph.png"

echo "== a hostile article, built end to end"
"$newsgraph" build Tests/Hostile/hostile_article.txt -o "$out/hostile_article" >/dev/null
python3 "$check" "$chromium" "$out/hostile_article/graph.html" "Dmitry Peskov" --hostile --screenshot "$out/hostile_article.png"
echo "screenshots in $out"
