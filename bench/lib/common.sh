# Shared by the bench scripts (sourced, not run). Needs bash, a JDK 21+ (found the way ./build
# finds it) and network access to Maven Central on first use; everything fetched is cached.
#
#   LEAKPROOF_BENCH_CACHE   where libraries and tools are cached (default ~/.cache/leakproof-bench)
#   LEAKPROOF_BENCH_MVN     extra Maven options for every Maven call, e.g. "-o" when offline
#   LEAKPROOF_BENCH_NO_BUILD=1   use the plugin jars already in */target instead of rebuilding

set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
CACHE="${LEAKPROOF_BENCH_CACHE:-$HOME/.cache/leakproof-bench}"
DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
export LEAKPROOF_QUIET_JDK=1

say() { echo "== $*" >&2; }
die() { echo "error: $*" >&2; exit 1; }

# Maven through the project's ./build (Maven Wrapper on a JDK 21+).
mvn_run() {
  # shellcheck disable=SC2086
  "$ROOT/build" -B -q ${LEAKPROOF_BENCH_MVN:-} "$@"
}

# The JDK ./build runs on (JAVA_HOME when it is 21+, else the newest 21+ it finds), asked once
# (Maven prints it) and exported. Every java/javac the scripts start comes from there.
if [[ -z "${BENCH_JAVA_HOME:-}" ]]; then
  BENCH_JAVA_HOME="$("$ROOT/build" -v 2>/dev/null | sed -n 's/.*runtime: //p' | head -1)"
  [[ -x "$BENCH_JAVA_HOME/bin/javac" ]] || die "no JDK 21+ found (see ./build); set JAVA_HOME to one"
  export BENCH_JAVA_HOME
fi
java_home() { echo "$BENCH_JAVA_HOME"; }

# Writes a pom that declares the comma-separated GAVs in $2 into folder $1.
write_pom() {
  local dir="$1" declare="$2" deps="" gav g a v
  IFS=',' read -ra gavs <<<"$declare"
  for gav in "${gavs[@]}"; do
    IFS=':' read -r g a v <<<"$gav"
    deps+="<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"
  done
  mkdir -p "$dir"
  cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>leakproof-bench</groupId><artifactId>fetch</artifactId><version>1</version><packaging>pom</packaging>
<dependencies>$deps</dependencies></project>
POM
}

# Copies the runtime closure of GAVs $2 into $1/lib (skipped when $1 already holds that spec).
fetch_closure() {
  local dir="$1" declare="$2"
  [[ -f "$dir/.spec-lib" && "$(cat "$dir/.spec-lib")" == "$declare" ]] && return 0
  say "fetching $declare (and its runtime dependencies) from Maven Central"
  rm -rf "$dir/lib"; mkdir -p "$dir/lib"
  write_pom "$dir/.pom" "$declare"
  mvn_run -f "$dir/.pom/pom.xml" "$DEP_PLUGIN:copy-dependencies" -DincludeScope=runtime \
      -DoutputDirectory="$dir/lib" >"$dir/.pom/lib.log" 2>&1 \
    || { tail -20 "$dir/.pom/lib.log" >&2; die "could not fetch $declare"; }
  echo "$declare" >"$dir/.spec-lib"
}

# A library from libs.conf, fetched into $CACHE/libs/<name>:
#   lib/            its binary jars and runtime dependencies
#   own-jars.txt    the jars in lib/ that are the library itself (one name a line)
#   src/            the library's sources (only when $2 is "sources")
# Prints the folder.
lib_dir() {
  local name="$1" want="${2:-}" line declare own dir
  line="$(awk -v n="$name" '$1 == n { print; exit }' "$BENCH_DIR/libs.conf")"
  [[ -n "$line" ]] || die "library '$name' is not in bench/libs.conf"
  read -r _ declare own <<<"$line"
  dir="$CACHE/libs/$name"
  fetch_closure "$dir" "$declare"
  if [[ ! -f "$dir/own-jars.txt" || "$(cat "$dir/.spec-own" 2>/dev/null)" != "$declare $own" ]]; then
    : >"$dir/own-jars.txt"
    IFS=',' read -ra owns <<<"$own"
    for a in "${owns[@]}"; do
      # A version starts with a digit, or is NetBeans' RELEASE<n>.
      (cd "$dir/lib" && ls | grep -E "^${a}-([0-9]|RELEASE[0-9]).*\.jar$") >>"$dir/own-jars.txt"
    done
    echo "$declare $own" >"$dir/.spec-own"
  fi
  if [[ "$want" == sources && "$(cat "$dir/.spec-src" 2>/dev/null)" != "$declare $own" ]]; then
    say "fetching the sources of $own"
    rm -rf "$dir/src"; mkdir -p "$dir/src"
    mvn_run -f "$dir/.pom/pom.xml" "$DEP_PLUGIN:unpack-dependencies" -Dclassifier=sources \
        -DincludeArtifactIds="$own" -DoutputDirectory="$dir/src" \
        -DmarkersDirectory="$dir/.pom/markers-src" >"$dir/.pom/src.log" 2>&1 \
      || { tail -20 "$dir/.pom/src.log" >&2; die "could not fetch the sources of $own"; }
    echo "$declare $own" >"$dir/.spec-src"
  fi
  echo "$dir"
}

# Every library name in libs.conf, in order.
all_libs() { awk '!/^#/ && NF { print $1 }' "$BENCH_DIR/libs.conf"; }

# The runtime classpath (':'-joined) of a tool from tools.conf, fetched into $CACHE/tools/<name>.
tool_cp() {
  local name="$1" gav dir
  gav="$(awk -v n="$name" '$1 == n { print $2; exit }' "$BENCH_DIR/tools.conf")"
  [[ -n "$gav" ]] || die "tool '$name' is not in bench/tools.conf"
  dir="$CACHE/tools/$name"
  fetch_closure "$dir" "$gav"
  find "$dir/lib" -name '*.jar' | sort | paste -sd: -
}

# ':'-joined classpath of a library's dependency jars (everything in lib/ but its own jars).
lib_deps_cp() {
  local dir="$1"
  find "$dir/lib" -name '*.jar' | sort | grep -vxF -f <(sed "s|^|$dir/lib/|" "$dir/own-jars.txt") \
    | paste -sd: - || true
}

# Builds one plugin module (and what it needs) unless LEAKPROOF_BENCH_NO_BUILD=1.
build_module() {
  [[ "${LEAKPROOF_BENCH_NO_BUILD:-}" == 1 ]] && return 0
  say "building $1 (./build -pl $1 -am package -DskipTests -Dinvoker.skip)"
  (cd "$ROOT" && mvn_run -pl "$1" -am package -DskipTests -Dinvoker.skip)
}

# The one jar matching a glob (dies when there is none).
one_jar() {
  local f
  # Not shade's original-*, nor the sources/javadoc/test jars a release build leaves beside it.
  for f in "$@"; do
    [[ -f "$f" && "$f" != */original-* && ! "$f" =~ -(sources|javadoc|tests)\.jar$ ]] \
      && { echo "$f"; return 0; }
  done
  die "missing $* (build the plugin first)"
}

# Wall-clock seconds since the epoch, with milliseconds.
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Median, min and max of the numbers on stdin: "median min max".
median_min_max() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) exit 1
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }'
}

# One line saying how busy the machine is, to print next to timings.
machine_note() {
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)," \
       "JDK $("$(java_home)/bin/java" -version 2>&1 | head -1 | sed 's/.*"\(.*\)".*/\1/')"
}

# "name<TAB>spotbugsType" for every rule in the catalog (from the checks jar just built).
catalog_rules() {
  local jar; jar="$(one_jar "$ROOT"/checks/target/leakproof-checks-*[0-9T].jar)"
  "$(java_home)/bin/java" -cp "$jar" "$BENCH_DIR/lib/CatalogRules.java"
}

# Prints '|'-separated lines (the first is the header) as an aligned Markdown table.
print_table() {
  awk -F'|' '
    { n = NR; cols = (NF > cols ? NF : cols); for (i = 1; i <= NF; i++) { c[NR, i] = $i;
        if (length($i) > w[i]) w[i] = length($i) } }
    END {
      for (r = 1; r <= n; r++) {
        line = "|"
        for (i = 1; i <= cols; i++) line = line sprintf(" %-" w[i] "s |", c[r, i])
        print line
        if (r == 1) { line = "|"; for (i = 1; i <= cols; i++) { s = ""; for (k = 0; k < w[i]; k++) s = s "-"
            line = line "-" s "-|" } print line }
      }
    }'
}

# Runs "$@" with stdout and stderr to file $1 and sets WALL (wall-clock seconds), CPU (user +
# system seconds of the command and its children: less disturbed by other load than WALL) and
# STATUS (its exit status).
measure() {
  local log="$1" tf u s TIMEFORMAT='%R %U %S'
  shift
  tf="$(mktemp)"
  STATUS=0
  { time "$@" >"$log" 2>&1; } 2>"$tf" || STATUS=$?
  read -r WALL u s <"$tf"
  CPU="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')"
  rm -f "$tf"
}

# Parses "-n ROUNDS" and "-w WARMUPS" from the arguments; sets ROUNDS, WARMUPS and ARGS (the rest).
parse_rounds() {
  ROUNDS=5 WARMUPS=1 ARGS=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      -n) ROUNDS="$2"; shift 2 ;;
      -w) WARMUPS="$2"; shift 2 ;;
      -h|--help) sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
      *) ARGS+=("$1"); shift ;;
    esac
  done
  [[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "-n needs a positive number of rounds"
  [[ "$WARMUPS" =~ ^[0-9]+$ ]] || die "-w needs a number of warm-up runs"
}

# Runs variants A and B alternately for $ROUNDS rounds (A B, then B A, ... so slow drift of the
# machine's load hits both alike), after $WARMUPS untimed runs of B, and prints every run and
# the A/B ratios of wall and CPU time per round: median, min, max.
#   $1 label of A   $2 label of B   $3 log folder; functions run_a and run_b do one run each
#   (they are called as: measure LOG run_a).
ab_rounds() {
  local la="$1" lb="$2" logs="$3" r i v first second
  local -a wa wb ca cb
  for ((i = 1; i <= WARMUPS; i++)); do
    say "warm-up $i/$WARMUPS ($lb)"
    measure "$logs/warmup-$i.log" run_b
    [[ $STATUS -eq 0 ]] || { tail -15 "$logs/warmup-$i.log" >&2; die "warm-up run failed ($STATUS)"; }
  done
  echo "round|variant|wall s|cpu s" >"$logs/runs.txt"
  for ((r = 1; r <= ROUNDS; r++)); do
    if ((r % 2)); then first=a second=b; else first=b second=a; fi
    for v in $first $second; do
      say "round $r/$ROUNDS: $([[ $v == a ]] && echo "$la" || echo "$lb")"
      measure "$logs/round-$r-$v.log" "run_$v"
      [[ $STATUS -eq 0 ]] || { tail -15 "$logs/round-$r-$v.log" >&2; die "run failed ($STATUS), log: $logs/round-$r-$v.log"; }
      if [[ $v == a ]]; then wa[r]=$WALL ca[r]=$CPU; else wb[r]=$WALL cb[r]=$CPU; fi
      echo "$r|$([[ $v == a ]] && echo "A: $la" || echo "B: $lb")|$WALL|$CPU" >>"$logs/runs.txt"
    done
  done
  print_table <"$logs/runs.txt"
  echo
  read -r wm wmin wmax < <(for ((r = 1; r <= ROUNDS; r++)); do awk -v a="${wa[r]}" -v b="${wb[r]}" 'BEGIN { print a / b }'; done | median_min_max)
  read -r cm cmin cmax < <(for ((r = 1; r <= ROUNDS; r++)); do awk -v a="${ca[r]}" -v b="${cb[r]}" 'BEGIN { print a / b }'; done | median_min_max)
  {
    echo "A/B per round|median|min|max"
    echo "wall time|$wm|$wmin|$wmax"
    echo "CPU time|$cm|$cmin|$cmax"
  } | print_table
  AB_WALL_MEDIAN=$wm AB_CPU_MEDIAN=$cm
}

# "+x.x%" for a ratio like 1.023.
percent() { awk -v r="$1" 'BEGIN { printf "%+.1f%%", (r - 1) * 100 }'; }

# "file<TAB>line<TAB>rule<TAB>sentence" for every result of a SARIF file (paths relative to the
# source root; the first line of the message, which is the finding's sentence). Needs jq.
sarif_tsv() {
  jq -r '.runs[].results[]? | [.locations[0].physicalLocation.artifactLocation.uri,
      (.locations[0].physicalLocation.region.startLine | tostring), .ruleId,
      (.message.text | split("\n")[0])] | @tsv' "$1" | sort -u
}
