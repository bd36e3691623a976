#!/usr/bin/env bash
# The scanner's speed as users see it: one cold process per tool over the sources of the nine
# libraries in pom.xml (fetched from Maven Central), the tools alternating within each round:
#   leakproof   java -jar leakproof.jar scan --format sarif (every rule)
#   pmd         PMD 7's CLI, `pmd check` with CloseResource and UseStringBufferForStringAppends
#   parse-only  JavaParser parsing every file with the scanner's settings (ParseOnly.java)
# plus, with LEAKPROOF_BENCH_BASELINE_JAR=path/to/leakproof.jar, an older scanner jar.
# All use one thread per processor. Prints median, min and max wall and CPU time per tool, the
# throughput ratio to PMD, the share of files the scanner's text prefilter skips, and (with
# --check) whether the scanner's findings (SARIF results) are the same with and without that prefilter.
#   scanner/bench/cold.sh [-n ROUNDS] [--check]     (default 3 rounds)
# LEAKPROOF_BENCH_NO_BUILD=1 uses the jar already in scanner/target.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rounds=3
check=
while [ $# -gt 0 ]; do
  case "$1" in
    -n) rounds="$2"; shift 2 ;;
    --check) check=--check; shift ;;
    *) echo "usage: $0 [-n ROUNDS] [--check]" >&2; exit 2 ;;
  esac
done
export LEAKPROOF_QUIET_JDK=1

if [ -z "${LEAKPROOF_BENCH_NO_BUILD:-}" ]; then
  echo "cold: building the scanner jar" >&2
  "$repo/build" -B -q -pl scanner -am package -DskipTests -Dinvoker.skip
fi
echo "cold: fetching sources and PMD from Maven Central (cached in ~/.m2)" >&2
"$repo/build" -B -q -f "$here/pom.xml" generate-resources

source "$here/build-jdk.sh"
out="$here/target/cold"
mkdir -p "$out/classes"
# A copy, so that a build while the benchmark runs cannot change the jar under it.
cp "$repo/scanner/target/leakproof.jar" "$out/leakproof.jar"
"$javac" -nowarn -d "$out/classes" -cp "$out/leakproof.jar" "$here/src/ParseOnly.java" \
  "$here/src/PrefilterCheck.java"
sources="$here/target/sources"
pmd_cp="$(cat "$here/target/pmd.classpath")"
threads="$(nproc)"
# PMD 7.20.0's type resolution overflows the stack, whatever -Xss, on two spots of these
# libraries, and that StackOverflowError ends the whole PMD run early (a partial run would look
# fast): h2's mvstore/tx package (a class named Record) and log4j-core's AsyncLoggerConfig
# (`RootLogger.Builder<B> extends RootLogger.Builder<B>`, an endless supertype walk in
# JavaResolvers.walkSelf). Those 15 files of 5,242 are left out for PMD only.
pmd_excludes=()
for file in "$sources"/h2/org/h2/mvstore/tx/*.java \
    "$sources"/log4j-core/org/apache/logging/log4j/core/async/AsyncLoggerConfig.java; do
  pmd_excludes+=(--exclude "$file")
done

files=$(find "$sources" -name '*.java' | wc -l)
lines=$(find "$sources" -name '*.java' -print0 | xargs -0 cat | wc -l)
echo "corpus: $(ls "$sources" | tr '\n' ' '): $files files, $lines lines; $threads threads; $("$java" -version 2>&1 | head -1)"
"$java" -Xss32m -cp "$out/classes:$out/leakproof.jar" PrefilterCheck "$sources" $check

run() {
  case "$1" in
    leakproof) "$java" -jar "$out/leakproof.jar" scan --format sarif --output "$out/leakproof.sarif" \
                 --fail-on none "$sources" ;;
    baseline)  "$java" -jar "$LEAKPROOF_BENCH_BASELINE_JAR" scan --format sarif \
                 --output "$out/baseline.sarif" --fail-on none "$sources" ;;
    pmd)       "$java" -Xss16m -cp "$pmd_cp" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress \
                 --threads "$threads" --format text --report-file "$out/pmd.txt" --dir "$sources" \
                 "${pmd_excludes[@]}" \
                 --rulesets category/java/errorprone.xml/CloseResource,category/java/performance.xml/UseStringBufferForStringAppends ;;
    parse-only) "$java" -cp "$out/classes:$out/leakproof.jar" ParseOnly "$sources" ;;
  esac
}

tools=(leakproof pmd parse-only)
[ -n "${LEAKPROOF_BENCH_BASELINE_JAR:-}" ] && tools+=(baseline)
# Wall time is what users wait for; CPU time (user + system, all threads) is what the tool
# costs, and is far less disturbed by other load on a shared machine.
declare -A walls cpus failures
TIMEFORMAT='%R %U %S'
for round in $(seq 1 "$rounds"); do
  # Each round starts with the next tool, so that no tool always runs first (cold disk cache)
  # or right after the same neighbour.
  order=("${tools[@]:$(( (round - 1) % ${#tools[@]} ))}" "${tools[@]:0:$(( (round - 1) % ${#tools[@]} ))}")
  for tool in "${order[@]}"; do
    status=0
    { time run "$tool" > "$out/$tool.log" 2>&1 || status=$?; } 2> "$out/$tool.time"
    # A run that did not finish (PMD: anything but 0 or 4, "violations found"; the others: not
    # 0) is no measurement of the whole corpus: it is counted and reported as a failure.
    if { [ "$tool" = pmd ] && [ "$status" != 0 ] && [ "$status" != 4 ]; } \
        || { [ "$tool" != pmd ] && [ "$status" != 0 ]; } || grep -q StackOverflowError "$out/$tool.log"; then
      failures[$tool]=$(( ${failures[$tool]:-0} + 1 ))
    fi
    read -r wall user sys < "$out/$tool.time"
    cpu=$(echo "$user + $sys" | bc)
    walls[$tool]="${walls[$tool]:-} $wall"
    cpus[$tool]="${cpus[$tool]:-} $cpu"
    printf 'round %d  %-10s %7.2f s wall %7.2f s CPU  exit %d  %s\n' "$round" "$tool" "$wall" \
      "$cpu" "$status" "$(grep -v '^\s*at \|ERROR' "$out/$tool.log" | tail -1 | cut -c1-80)"
  done
done

source "$here/stats.sh"
echo
printf '%-10s %26s %26s %10s %8s\n' tool "wall s: median (min-max)" "CPU s: median (min-max)" lines/s failed
declare -A wall_median cpu_median
for tool in "${tools[@]}"; do
  read -r wm wmin wmax <<< "$(stats "${walls[$tool]}")"
  read -r cm cmin cmax <<< "$(stats "${cpus[$tool]}")"
  wall_median[$tool]=$wm
  cpu_median[$tool]=$cm
  printf '%-10s %10.2f (%6.2f-%6.2f) %10.2f (%6.2f-%6.2f) %10.0f %4d/%d\n' "$tool" "$wm" "$wmin" \
    "$wmax" "$cm" "$cmin" "$cmax" "$(echo "$lines / $wm" | bc -l)" "${failures[$tool]:-0}" "$rounds"
done
echo
ratio() { echo "$1 / $2" | bc -l; }
printf 'leakproof throughput / PMD throughput: %.2fx wall, %.2fx CPU (target >= 2)\n' \
  "$(ratio "${wall_median[pmd]}" "${wall_median[leakproof]}")" \
  "$(ratio "${cpu_median[pmd]}" "${cpu_median[leakproof]}")"
printf 'leakproof time / parse-only time:      %.2fx wall, %.2fx CPU\n' \
  "$(ratio "${wall_median[leakproof]}" "${wall_median[parse-only]}")" \
  "$(ratio "${cpu_median[leakproof]}" "${cpu_median[parse-only]}")"
if [ -n "${LEAKPROOF_BENCH_BASELINE_JAR:-}" ]; then
  printf 'baseline time / leakproof time:        %.2fx wall, %.2fx CPU\n' \
    "$(ratio "${wall_median[baseline]}" "${wall_median[leakproof]}")" \
    "$(ratio "${cpu_median[baseline]}" "${cpu_median[leakproof]}")"
  if cmp -s <(grep -v '"startTimeUtc\|"endTimeUtc' "$out/baseline.sarif") \
            <(grep -v '"startTimeUtc\|"endTimeUtc' "$out/leakproof.sarif"); then
    echo "baseline and leakproof SARIF: identical"
  else
    echo "baseline and leakproof SARIF: DIFFERENT (see $out/*.sarif)"
  fi
fi
