#!/usr/bin/env bash
# How much analysis time the Leakproof plugin adds to a SpotBugs run.
#
#   bench/spotbugs-cost.sh [-n ROUNDS] [-w WARMUPS] [LIBRARY ...]
#
# Runs SpotBugs 4.9.8 at default effort over the binary jars of real libraries (default: every
# library in bench/libs.conf, all in one SpotBugs run, dependencies as aux class path), two ways:
#   A  with the Leakproof plugin (-pluginList spotbugs-plugin/target/leakproof-spotbugs-*.jar)
#   B  without it
# Each run is a fresh JVM; after WARMUPS (default 1) untimed runs of B, the variants alternate
# for ROUNDS rounds (default 5; A B, then B A, ...). Prints every run's wall and CPU time and the
# A/B ratio per round: median, min, max. Target (issue 4): the plugin adds <= 10%.
# Logs and reports: target/bench/spotbugs-cost/.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$BENCH_DIR/lib/spotbugs.sh"
parse_rounds "$@"
libs=("${ARGS[@]}")
[[ ${#libs[@]} -gt 0 ]] || mapfile -t libs < <(all_libs)
logs="$ROOT/target/bench/spotbugs-cost"
rm -rf "$logs"; mkdir -p "$logs"

build_module spotbugs-plugin
sb_setup
IFS=$'\t' read -r targets aux < <(sb_inputs "${libs[@]}")

run_a() { sb_run "$logs/with.xml" with "$targets" "$aux"; }
run_b() { sb_run "$logs/without.xml" without "$targets" "$aux"; }

say "${libs[*]}; Leakproof bug types: ${SB_TYPES[*]}; $ROUNDS rounds"
start_note="$(machine_note)"
ab_rounds "with Leakproof" "without Leakproof" "$logs"
echo
echo "SpotBugs 4.9.8, default effort, over ${libs[*]} (one run), $ROUNDS rounds, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "at start: $start_note"
echo "at end:   $(machine_note)"
echo "The Leakproof plugin (${SB_TYPES[*]}) adds $(percent "$AB_WALL_MEDIAN") wall time," \
     "$(percent "$AB_CPU_MEDIAN") CPU time (median of per-round ratios; target <= +10%)."
