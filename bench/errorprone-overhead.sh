#!/usr/bin/env bash
# How much compile time the Leakproof checks add to an Error Prone build.
#
#   bench/errorprone-overhead.sh [-n ROUNDS] [-w WARMUPS] [LIBRARY]
#
# Compiles one real library's sources (default commons-lang3; any library in bench/libs.conf)
# with javac + Error Prone 2.50.0 and its default checks, two ways:
#   A  every Leakproof check on (-Xep:<Rule>:WARN for each check the plugin jar registers)
#   B  every Leakproof check off (-Xep:<Rule>:OFF), the plugin still on the processor path
# Both use -XepAllErrorsAsWarnings so an Error Prone error cannot end one compile early.
# Each run is a fresh javac JVM; after WARMUPS (default 1) untimed runs of B, the variants
# alternate for ROUNDS rounds (default 5; A B, then B A, ...). Prints every run's wall and CPU
# time and the A/B ratio per round: median, min, max. Target (issue 3): Leakproof adds <= 3%.
# Logs: target/bench/errorprone-overhead/.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
parse_rounds "$@"
lib="${ARGS[0]:-commons-lang3}"
logs="$ROOT/target/bench/errorprone-overhead"
rm -rf "$logs"; mkdir -p "$logs"

build_module errorprone-plugin
source "$BENCH_DIR/lib/errorprone.sh"
ep_setup
dir="$(lib_dir "$lib" sources)"
cp="$(lib_deps_cp "$dir")"
on="-XepAllErrorsAsWarnings" off="-XepAllErrorsAsWarnings"
for check in "${EP_CHECKS[@]}"; do on+=" -Xep:$check:WARN"; off+=" -Xep:$check:OFF"; done

compile() { # $1 = Error Prone options; a fresh output folder per run
  local work="$logs/work"
  rm -rf "$work"; mkdir -p "$work/classes"
  ep_sources "$dir/src" >"$work/sources.txt"
  ep_javac "$work" "$cp" "$dir/src" "$1" ""
}
run_a() { compile "$on"; }
run_b() { compile "$off"; }

files=$(ep_sources "$dir/src" | wc -l)
say "$lib: $files files; Leakproof checks: ${EP_CHECKS[*]}; $ROUNDS rounds"
start_note="$(machine_note)"
ab_rounds "Leakproof on" "Leakproof off" "$logs"
echo
echo "Error Prone 2.50.0 (default checks) compiling $lib ($files files), $ROUNDS rounds, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "at start: $start_note"
echo "at end:   $(machine_note)"
echo "Leakproof checks (${EP_CHECKS[*]}) add $(percent "$AB_WALL_MEDIAN") wall time," \
     "$(percent "$AB_CPU_MEDIAN") CPU time (median of per-round ratios; target <= +3%)."
