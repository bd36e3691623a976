#!/usr/bin/env bash
# Does the scanner scale? Scans growing corpora made of copies of the nine bench libraries
# (cold.sh or bench.sh fetches them; the copies are hard links, so they cost no disk), each in
# one cold process with a 1 GiB heap as a CI job would run it, and prints per size the lines,
# wall and CPU time, lines per second (wall and CPU), the peak heap after a collection (the
# live data), the peak heap in use and the process's peak resident memory. Flat lines/s and a
# bounded heap mean linear time and memory that does not grow with the code base.
#   scanner/bench/scale.sh [-x HEAP] [MULTIPLES...]     (default: -x 1g, 1 4 8 copies)
# 8 copies are about 11 M lines; 16 about 22 M.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
heap=1g
if [ "${1:-}" = -x ]; then heap="$2"; shift 2; fi
multiples=("$@")
[ ${#multiples[@]} -gt 0 ] || multiples=(1 4 8)
source "$here/build-jdk.sh"
sources="$here/target/sources"
[ -d "$sources" ] || { echo "scale: run scanner/bench/cold.sh once first (it fetches the sources)" >&2; exit 2; }
out="$here/target/scale"
mkdir -p "$out"
cp "${LEAKPROOF_BENCH_JAR:-$repo/scanner/target/leakproof.jar}" "$out/leakproof.jar"
export LEAKPROOF_QUIET_JDK=1

printf '%7s %10s %9s %9s %10s %10s %11s %11s %9s %8s %s\n' copies lines "wall s" "CPU s" \
  "lines/s" "lines/CPUs" "live MiB" "used MiB" "RSS MiB" "full GCs" result
for copies in "${multiples[@]}"; do
  tree="$out/tree-$copies"
  if [ ! -d "$tree" ]; then
    for i in $(seq 1 "$copies"); do
      mkdir -p "$tree/copy-$i"
      cp -al "$sources/." "$tree/copy-$i/"
    done
  fi
  lines=$(find "$tree" -name '*.java' -print0 | xargs -0 cat | wc -l)
  rm -f "$out/gc-$copies.log"
  status=0
  /usr/bin/time -f '%e %U %S %M' -o "$out/time-$copies" "$java" -Xmx"$heap" \
    -Xlog:gc:file="$out/gc-$copies.log" -jar "$out/leakproof.jar" scan --format sarif \
    --output "$out/scan-$copies.sarif" --fail-on none "$tree" > "$out/scan-$copies.log" 2>&1 \
    || status=$?
  read -r wall user sys rss < "$out/time-$copies"
  cpu=$(echo "$user + $sys" | bc)
  # Unified GC log lines end in "BEFOREM->AFTERM(CAPACITYM) 12.345ms".
  live=$(grep -o '[0-9]*M->[0-9]*M' "$out/gc-$copies.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  used=$(grep -o '[0-9]*M->[0-9]*M' "$out/gc-$copies.log" | sed 's/M->.*//' | sort -n | tail -1)
  # Full collections: what a heap too small for the solvers' caches costs (they grow with it).
  full_gcs=$(grep -c 'Pause Full' "$out/gc-$copies.log" || true)
  result="exit $status: $(grep -o '[0-9]* files scanned.*' "$out/scan-$copies.log" | tail -1)"
  grep -q 'OutOfMemoryError\|StackOverflowError' "$out/scan-$copies.log" && result="CRASHED ($result)"
  printf '%7d %10d %9.1f %9.1f %10.0f %10.0f %11s %11s %9d %8s %s\n' "$copies" "$lines" \
    "$wall" "$cpu" "$(echo "$lines / $wall" | bc -l)" "$(echo "$lines / $cpu" | bc -l)" \
    "${live:-?}" "${used:-?}" "$((rss / 1024))" "$full_gcs" "$result"
done
