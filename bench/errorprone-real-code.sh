#!/usr/bin/env bash
# Compiles the sources of real libraries with javac + Error Prone 2.50.0 + the Leakproof Error
# Prone plugin, with every Leakproof check on and every other Error Prone check off, and
# reports per library: files, whether javac succeeded, Leakproof crashes ("Leakproof internal
# error" warnings) and javac/Error Prone crashes, and findings per rule (from the SARIF that
# -Xplugin:LeakproofSarif writes).
#
#   bench/errorprone-real-code.sh                 guava, commons-io, commons-lang3
#   bench/errorprone-real-code.sh guava h2        any library in bench/libs.conf
#
# The rules come from the plugin jar (its BugChecker service list), so a rule that lands later
# is measured without changing this script; catalog rules the plugin does not implement yet
# show as "-". Output (javac.log, leakproof.sarif, findings.txt with one finding a line) goes to
# target/bench/errorprone-real-code/<library>/.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

libs=("$@")
[[ ${#libs[@]} -gt 0 ]] || libs=(guava commons-io commons-lang3)
out="$ROOT/target/bench/errorprone-real-code"
mkdir -p "$out"

build_module errorprone-plugin
source "$BENCH_DIR/lib/errorprone.sh"
ep_setup

# Every Leakproof check at WARN, every other Error Prone check off.
ep_flags="-XepDisableAllChecks"
for check in "${EP_CHECKS[@]}"; do ep_flags+=" -Xep:$check:WARN"; done
say "Leakproof checks in the plugin: ${EP_CHECKS[*]}"

declare -A row
for lib in "${libs[@]}"; do
  dir="$(lib_dir "$lib" sources)"
  work="$out/$lib"; rm -rf "$work"; mkdir -p "$work/classes"
  ep_sources "$dir/src" >"$work/sources.txt"
  files=$(wc -l <"$work/sources.txt")
  say "$lib: compiling $files files with Error Prone + Leakproof"
  start=$(now)
  status=0
  ep_javac "$work" "$(lib_deps_cp "$dir")" "$dir/src" "$ep_flags" "$work/leakproof.sarif" \
    >"$work/javac.log" 2>&1 || status=$?
  secs=$(elapsed "$start")
  internal=$(grep -c "Leakproof internal error" "$work/javac.log" || true)
  # javac's own crash banner, an Error Prone check that threw, or javac's "abnormal" exit (4).
  crashes=$(grep -cE "An exception has occurred in the compiler|An unhandled exception was thrown by the Error Prone" \
              "$work/javac.log" || true)
  [[ $status -ge 3 && $crashes -eq 0 ]] && crashes=1
  if [[ $status -eq 0 ]]; then result="ok"; else result="FAILED($status)"; fi
  line="$lib|$files|$result|$secs|$internal|$crashes"
  for rule in "${CATALOG_NAMES[@]}"; do
    if [[ " ${EP_CHECKS[*]} " != *" $rule "* ]]; then line+="|-"
    # javac stops before Error Prone's checks when the sources do not compile.
    elif [[ $status -ne 0 ]]; then line+="|n/a"
    elif [[ -f "$work/leakproof.sarif" ]]; then line+="|$(sarif_count "$work/leakproof.sarif" "$rule")"
    else line+="|no SARIF"; fi
  done
  row[$lib]="$line"
  [[ -f "$work/leakproof.sarif" ]] && sarif_findings "$work/leakproof.sarif" >"$work/findings.txt"
  [[ $status -eq 0 ]] || { say "$lib: javac exit $status; last lines of $work/javac.log:"; tail -15 "$work/javac.log" >&2; }
done

echo
echo "Error Prone 2.50.0 + Leakproof on real code ($(date -u '+%Y-%m-%d %H:%M UTC'); $(machine_note))"
echo "Findings per rule from the SARIF; '-' = the plugin does not implement the rule yet;"
echo "'n/a' = javac failed (a missing dependency), so Error Prone's checks did not run."
header="library|files|javac|seconds|Leakproof internal errors|javac/EP crashes"
for rule in "${CATALOG_NAMES[@]}"; do header+="|$rule"; done
{ echo "$header"; for lib in "${libs[@]}"; do echo "${row[$lib]}"; done; } | print_table
echo "Logs and SARIF: $out/<library>/ (findings.txt there: one finding a line, Rule path:line message)"
