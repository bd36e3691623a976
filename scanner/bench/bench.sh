#!/usr/bin/env bash
# Scanner speed against PMD 7 and a JavaParser parse-only pass, on real sources from Maven
# Central (the nine libraries of pom.xml), all in one warm JVM; cold.sh runs the tools as users
# do, one cold process each. Not part of the test suite: run by hand.
#   scanner/bench/bench.sh [ROUNDS]        (default 3 timed rounds after one warm-up)
# Prints files/s and lines/s per engine, the ratios the scanner aims at (>= 2x PMD's
# throughput, <= 1.5x the parse-only time), and the scanner's live heap on growing subsets.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rounds="${1:-3}"
export LEAKPROOF_QUIET_JDK=1

echo "bench: building the scanner jar" >&2
"$repo/build" -B -q -pl scanner -am package -DskipTests -Dinvoker.skip
echo "bench: fetching sources and PMD from Maven Central" >&2
"$repo/build" -B -q -f "$here/pom.xml" generate-resources

source "$here/build-jdk.sh"
# A copy, so that building the scanner while the benchmark runs cannot change the jar under it.
mkdir -p "$here/target/classes"
cp "$repo/scanner/target/leakproof.jar" "$here/target/leakproof.jar"
cp="$here/target/leakproof.jar:$(cat "$here/target/pmd.classpath")"
"$javac" -nowarn -d "$here/target/classes" -cp "$cp" "$here/src/Bench.java" "$here/src/ParseOnly.java"
exec "$java" -Xmx2g -Xss32m -cp "$here/target/classes:$cp" Bench "$rounds" "$here/target/sources"
