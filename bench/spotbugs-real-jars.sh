#!/usr/bin/env bash
# Runs SpotBugs 4.9.8 with the Leakproof plugin over the binary jars of real libraries (default
# effort; their dependencies as aux class path) and reports per library: SpotBugs' exit status,
# analysis errors that mention Leakproof (our detectors failing) and all other analysis errors
# separately, missing classes, and Leakproof findings per rule.
#
#   bench/spotbugs-real-jars.sh                   guava, commons-io, commons-lang3, jackson, h2
#   bench/spotbugs-real-jars.sh guava h2          any library in bench/libs.conf
#
# The rules come from the plugin jar's findbugs.xml, so a rule that lands later is measured
# without changing this script; catalog rules the plugin does not implement yet show as "-".
# A count "N" is findings at SpotBugs' default (medium) threshold; "N (+L low)" adds L
# low-priority ones. Reports (SpotBugs XML with messages) and <library>.findings.txt (one Leakproof
# finding a line) go to target/bench/spotbugs-real-jars/.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$BENCH_DIR/lib/spotbugs.sh"

libs=("$@")
[[ ${#libs[@]} -gt 0 ]] || mapfile -t libs < <(all_libs)
out="$ROOT/target/bench/spotbugs-real-jars"
mkdir -p "$out"

build_module spotbugs-plugin
sb_setup
say "Leakproof bug types in the plugin: ${SB_TYPES[*]}"

declare -A row
for lib in "${libs[@]}"; do
  IFS=$'\t' read -r targets aux < <(sb_inputs "$lib")
  classes=0
  IFS=: read -ra jars <<<"$targets"
  for j in "${jars[@]}"; do classes=$((classes + $(unzip -l "$j" | grep -c '\.class$' || true))); done
  say "$lib: SpotBugs + Leakproof over $classes classes"
  start=$(now)
  status=0
  sb_run "$out/$lib.xml" with "$targets" "$aux" || status=$?
  secs=$(elapsed "$start")
  if [[ $status -eq 0 && -s "$out/$lib.xml" ]]; then result="ok"; else result="FAILED($status)"; fi
  read -r ours others missing < <(sb_errors "$out/$lib.xml" 2>/dev/null || echo "? ? ?")
  line="$lib|$classes|$result|$secs|$ours|$others|$missing"
  for i in "${!CATALOG_NAMES[@]}"; do
    type="${CATALOG_TYPES[$i]}"
    if [[ " ${SB_TYPES[*]} " != *" $type "* ]]; then line+="|-"; continue; fi
    read -r hi low < <(sb_count "$out/$lib.xml" "$type")
    if [[ $low -gt 0 ]]; then line+="|$hi (+$low low)"; else line+="|$hi"; fi
  done
  row[$lib]="$line"
  sb_findings "$out/$lib.xml" >"$out/$lib.findings.txt" 2>/dev/null || true
  [[ "$result" == ok ]] || { say "$lib: SpotBugs exit $status; last lines of $out/$lib.xml.log:"; tail -15 "$out/$lib.xml.log" >&2; }
done

echo
echo "SpotBugs 4.9.8 + Leakproof on real jars, default effort ($(date -u '+%Y-%m-%d %H:%M UTC'); $(machine_note))"
echo "Findings per rule at the default threshold (+ low priority); '-' = the plugin does not implement the rule yet."
header="library|classes|SpotBugs|seconds|errors mentioning Leakproof|other analysis errors|missing classes"
for rule in "${CATALOG_NAMES[@]}"; do header+="|$rule"; done
{ echo "$header"; for lib in "${libs[@]}"; do echo "${row[$lib]}"; done; } | print_table
echo "Reports: $out/<library>.xml (SpotBugs XML with messages), <library>.xml.log (console),"
echo "         <library>.findings.txt (one Leakproof finding a line: TYPE path:line message)"
