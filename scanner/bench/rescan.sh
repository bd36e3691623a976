#!/usr/bin/env bash
# Re-scans with --cache as a pre-commit hook or an IDE sees them, over the nine bench libraries
# (cold.sh fetches them): per round a cold scan without cache, a cold scan that writes the
# cache, a re-scan with nothing changed, a re-scan after appending a comment to one file
# ("touched"; a different file per round: a leaf, a much-used type, ...), and one after then
# adding a line of code inside a method body of the same file ("edited": an empty statement
# before its first `return` line; the files that read its bodies are analysed again). Prints
# median, min and max wall and CPU time of each, as a share of the cold scan, and checks each
# re-scan's SARIF against a cold scan of the same tree. Run cold.sh (or bench.sh) once first.
#   scanner/bench/rescan.sh [-n ROUNDS] [JAR]     (default 3 rounds, scanner/target/leakproof.jar)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rounds=3
if [ "${1:-}" = -n ]; then rounds="$2"; shift 2; fi
jar="${1:-$repo/scanner/target/leakproof.jar}"
source "$here/build-jdk.sh"
out="$here/target/rescan"
rm -rf "$out"
mkdir -p "$out"
cp "$jar" "$out/leakproof.jar"
# A copy of the sources, since the re-scans edit them.
cp -r "$here/target/sources" "$out/sources"
sources="$out/sources"
# Files touched, one per round: a leaf class, a type used all over its library, a mid-size one.
touched=(commons-lang3/org/apache/commons/lang3/StringUtils.java
  guava/com/google/common/collect/ImmutableList.java
  h2/org/h2/util/Utils.java
  tomcat/org/apache/catalina/connector/Request.java
  jackson/com/fasterxml/jackson/databind/ObjectMapper.java)

TIMEFORMAT='%R %U %S'
declare -A walls cpus
measure() { # label, then the scan's extra arguments
  local label="$1"
  shift
  { time "$java" -jar "$out/leakproof.jar" scan --format sarif --fail-on none --root "$sources" \
      "$@" "$sources" > "$out/$label.sarif" 2> "$out/$label.log"; } 2> "$out/$label.time"
  read -r wall user sys < "$out/$label.time"
  walls[$label]="${walls[$label]:-} $wall"
  cpus[$label]="${cpus[$label]:-} $(echo "$user + $sys" | bc)"
  grep -v '"startTimeUtc\|"endTimeUtc' "$out/$label.sarif" > "$out/$label.cmp"
}
same() { cmp -s "$out/$1.cmp" "$out/$2.cmp" && echo identical || echo DIFFERENT; }

for round in $(seq 1 "$rounds"); do
  rm -f "$out/scan.cache"
  measure cold
  measure cold-with-cache --cache "$out/scan.cache"
  measure unchanged --cache "$out/scan.cache"
  file="${touched[$(( (round - 1) % ${#touched[@]} ))]}"
  echo "// touched by rescan.sh" >> "$sources/$file"
  measure touched --cache "$out/scan.cache"
  measure cold-after-touch
  analysed_touched="$(grep -o 'analysing [0-9]*' "$out/touched.log" || echo 'analysing all')"
  sed -i '0,/^\( *\)return /s//\1;\n\1return /' "$sources/$file"
  measure edited --cache "$out/scan.cache"
  measure cold-after-edit
  echo "round $round: touched $file; unchanged SARIF $(same cold unchanged)," \
    "touched SARIF $(same cold-after-touch touched) ($analysed_touched)," \
    "edited SARIF $(same cold-after-edit edited)" \
    "($(grep -o 'analysing [0-9]*' "$out/edited.log" || echo 'analysing all'))"
done

stats() {
  local sorted=($(tr ' ' '\n' <<< "$1" | grep . | sort -g))
  local n=${#sorted[@]}
  echo "${sorted[$((n / 2))]} ${sorted[0]} ${sorted[$((n - 1))]}"
}
read -r cold_wall _ _ <<< "$(stats "${walls[cold]}")"
read -r cold_cpu _ _ <<< "$(stats "${cpus[cold]}")"
printf '\n%-18s %26s %26s %14s\n' scan "wall s: median (min-max)" "CPU s: median (min-max)" "% of cold"
for label in cold cold-with-cache unchanged touched edited; do
  read -r wm wmin wmax <<< "$(stats "${walls[$label]}")"
  read -r cm cmin cmax <<< "$(stats "${cpus[$label]}")"
  printf '%-18s %10.2f (%6.2f-%6.2f) %10.2f (%6.2f-%6.2f) %5.0f%% / %3.0f%%\n' "$label" "$wm" \
    "$wmin" "$wmax" "$cm" "$cmin" "$cmax" "$(echo "100 * $wm / $cold_wall" | bc -l)" \
    "$(echo "100 * $cm / $cold_cpu" | bc -l)"
done
echo "(% of cold: wall / CPU)"
