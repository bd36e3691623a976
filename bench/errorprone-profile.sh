#!/usr/bin/env bash
# Where compile time goes: one compile of a real library with Error Prone's default checks and
# every Leakproof check on, recorded with JDK Flight Recorder; prints the share of execution
# samples spent inside Leakproof (any dev.leakproof frame on the stack), per check.
#
#   bench/errorprone-profile.sh [LIBRARY]      (default commons-lang3)
#
# The A/B script (errorprone-overhead.sh) measures the whole cost, including loading the plugin,
# but on a small machine its rounds swing by ±10%; this one measures the checks' own CPU in a
# single run, which that noise does not blur. Recording and log: target/bench/errorprone-profile/.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
lib="${1:-commons-lang3}"
logs="$ROOT/target/bench/errorprone-profile"
rm -rf "$logs"; mkdir -p "$logs/work/classes"

build_module errorprone-plugin
source "$BENCH_DIR/lib/errorprone.sh"
ep_setup
dir="$(lib_dir "$lib" sources)"
ep="-XepAllErrorsAsWarnings"
for check in "${EP_CHECKS[@]}"; do ep+=" -Xep:$check:WARN"; done
ep_sources "$dir/src" >"$logs/work/sources.txt"
say "$lib: $(wc -l <"$logs/work/sources.txt") files, recording with JFR (settings=profile)"
EP_EXTRA_JFLAGS="-J-XX:StartFlightRecording=filename=$logs/compile.jfr,settings=profile" \
  ep_javac "$logs/work" "$(lib_deps_cp "$dir")" "$dir/src" "$ep" "" >"$logs/javac.log" 2>&1 \
  || die "javac failed, see $logs/javac.log"
echo "Error Prone 2.50.0 (default checks) + Leakproof compiling $lib, $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_note)"
"$(java_home)/bin/java" "$BENCH_DIR/lib/SampleShare.java" "$logs/compile.jfr" dev.leakproof.
