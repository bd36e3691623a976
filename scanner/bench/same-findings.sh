#!/usr/bin/env bash
# Proves that a scanner change changes no finding: scans the conformance corpus and each of the
# nine bench libraries (fetched by cold.sh/bench.sh into target/sources) with an older jar and
# with this checkout's jar, with and without --cache (a cold cache, then a warm one), and
# compares the SARIF logs (minus their timestamps).
#   scanner/bench/same-findings.sh OLD.jar [NEW.jar]     (NEW: scanner/target/leakproof.jar)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
old="$1"
new="${2:-$repo/scanner/target/leakproof.jar}"
source "$here/build-jdk.sh"
out="$here/target/same-findings"
rm -rf "$out"
mkdir -p "$out"
inputs=("corpus:$repo/test-cases/src/main/java" "corpus11:$repo/test-cases/src/main/java11")
for lib in "$here"/target/sources/*/; do
  inputs+=("$(basename "$lib"):$lib")
done
differ=0
for input in "${inputs[@]}"; do
  name="${input%%:*}"
  path="${input#*:}"
  scan() { # jar sarif [more args]
    local jar="$1" sarif="$2"
    shift 2
    "$java" -jar "$jar" scan --format sarif --output "$sarif" --fail-on none --root "$path" "$@" \
      "$path" 2> /dev/null
    grep -v '"startTimeUtc\|"endTimeUtc' "$sarif" > "$sarif.cmp"
  }
  scan "$old" "$out/$name.old.sarif"
  scan "$new" "$out/$name.new.sarif"
  scan "$new" "$out/$name.cold-cache.sarif" --cache "$out/$name.cache"
  scan "$new" "$out/$name.warm-cache.sarif" --cache "$out/$name.cache"
  verdict=identical
  for variant in new cold-cache warm-cache; do
    if ! cmp -s "$out/$name.old.sarif.cmp" "$out/$name.$variant.sarif.cmp"; then
      verdict="DIFFERENT ($variant: diff $out/$name.old.sarif.cmp $out/$name.$variant.sarif.cmp)"
      differ=1
    fi
  done
  results=$(grep -c '"ruleId"' "$out/$name.old.sarif.cmp" || true)
  printf '%-18s %5d results  %s\n' "$name" "$results" "$verdict"
done
exit "$differ"
