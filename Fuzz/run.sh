#!/usr/bin/env bash
# Builds NewsGraph's libFuzzer targets (-sanitize=fuzzer,address) and runs each for SECONDS.
#   bash Fuzz/run.sh [SECONDS] [TARGET...]      (make fuzz SECONDS=N runs all three)
# Targets: FuzzArticles (document reader + whole extractor), FuzzGraphJSON (graph JSON reader),
# FuzzDOT (DOT writer, then Graphviz's agmemread on every DOT written). Each starts from the
# committed seed corpus (Fuzz/corpus/<name>) and grows a working corpus in Fuzz/.work/<target>;
# crashing inputs land in Fuzz/findings/<target>/ and make the script exit 1.
# Per input: 10 s timeout (a hang is a finding), 2 GB memory limit.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzArticles FuzzGraphJSON FuzzDOT)
declare -A seeds=([FuzzArticles]=articles [FuzzGraphJSON]=graph-json [FuzzDOT]=dot)

echo "building ${targets[*]} with -sanitize=fuzzer,address..."
for target in "${targets[@]}"; do
    swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$target" >/dev/null
done
status=0
for target in "${targets[@]}"; do
    work=".work/$target"
    findings="findings/$target"
    mkdir -p "$work" "$findings"
    echo "== $target for ${seconds} s"
    if ! ".build/release/$target" "$work" "corpus/${seeds[$target]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 2>"$work.log"; then
        status=1
        echo "$target found a failure: see $findings/ and $work.log"
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE" "$work.log" || tail -3 "$work.log"
done
exit $status
