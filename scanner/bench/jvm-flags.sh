#!/usr/bin/env bash
# Which of the tuned JVM's options (TunedJvm) gain or cost on this machine: one cold scan of the
# nine libraries per configuration, the configurations alternating within each round (each round
# starts with the next one), all from the same jar copy, on the same files, one thread per
# processor. Prints, per configuration, the median and min-max of wall and CPU time (user +
# system) and of system time alone, and the CPU ratio to the JVM's defaults.
#   scanner/bench/jvm-flags.sh [-n ROUNDS] [--rescan] [CONFIG...]  (default 3 rounds, every config)
# With --rescan, each configuration's turn in a round is re-scans with --cache instead of a cold
# scan: one with nothing changed, then one after appending a comment to each of rescan.sh's five
# files (the cache restored before each); the files are a copy whose times are set back a year,
# as a settled checkout's, and the cache was written by one cold scan with the archive's.
# Configurations (all but the two `launcher-*` run the scan class directly, so that nothing is
# relaunched and only the named options differ from the JVM's defaults):
#   launcher-tuned   java -jar leakproof.jar scan: what users run (relaunches into the tuned JVM)
#   launcher-as-is   the same with LEAKPROOF_JVM=as-is (no relaunch, the JVM's defaults)
#   defaults         no options: tiered C1+C2, G1
#   c1               -XX:TieredStopAtLevel=1
#   parallel         -XX:+UseParallelGC
#   huge             -XX:-DontCompileHugeMethods
#   cds              the dynamic class-data-sharing archive, present (made before round 1)
#   cds-fresh        the archive deleted before each run, so made at that run's exit
#   tuned            all four, archive present (= launcher-tuned without the launching JVM)
#   tuned-no-cds     c1 + parallel + huge
#   tuned-cds-fresh  tuned, the archive deleted before each run (made at that run's exit)
#   tuned-no-c1      parallel + huge + cds
#   tuned-no-parallel c1 + huge + cds
#   tuned-no-huge    c1 + parallel + cds
#   thp              -XX:+UseTransparentHugePages (the kernel's huge pages for the heap; with the
#                    kernel's transparent_hugepage set to madvise a JVM gets them only on request)
#   tuned-thp        tuned + thp (= what `java -jar` runs where the kernel's setting is madvise)
# and, each alone on top of tuned-thp, candidates for the launcher (stop 26):
#   thp-codecache    -XX:ReservedCodeCacheSize=128m: with C1 only the code cache is 48 MB, and
#                    compiling 15% of it since the last unloading makes ParallelGC run a full
#                    collection ("CodeCache GC Threshold") in the middle of the scan
#   thp-xms          -Xms1g: a larger initial heap, fewer young collections while the heap grows
#   thp-serial       -XX:+UseSerialGC instead of the parallel collector
#   thp-tenure       -XX:MaxTenuringThreshold=1: the caches' trees promoted after one copy
# and, on top of what `java -jar` runs since stop 26 (now = tuned-thp + -Xms1g; stop 27):
#   now-codecache    -XX:ReservedCodeCacheSize=240m (the tiered default): no full collection
#                    for the code cache's growth
#   now-young        -Xmn768m: a young generation of fixed size, fewer young collections
#   now-young-codecache both
# and, stop 35, what the launcher gives since stop 27 (no huge pages), then one change each:
#   current          c1 + parallel + huge + -XX:ReservedCodeCacheSize=240m + -Xms1g + archive
#                    (+ -XX:MaxTenuringThreshold=1 since stop 36, -XX:CompileThresholdScaling=0.2
#                    since stop 37)
#   current-cds-fresh  current, its archive deleted before each run (made at that run's exit)
#   current-aot      current with JDK 24+'s AOT cache (-XX:AOTCache, JEP 483: classes loaded and
#                    linked ahead of time) instead of the dynamic archive; the cache made before
#                    round 1 by one C1 scan with -XX:AOTCacheOutput (JEP 514)
#   current-aot-fresh  current-aot, the cache made during each run (-XX:AOTCacheOutput: the run
#                    records, then a second JVM assembles the cache at its exit), as a first run
#   current-tiered   current without -XX:TieredStopAtLevel=1 (C1 and C2)
#   current-aot-tiered current-tiered with an AOT cache made by one tiered scan beforehand, so
#                    with that scan's method profiles (JEP 515)
#   current-cc1      + -XX:CICompilerCount=1
#   current-t3       + tier-3 thresholds halved: C1 compiles after fewer calls and loop turns
#   current-gc1      + -XX:ParallelGCThreads=1
# and, stop 36, the collector's tenuring (the parallel collector's adaptive threshold starts at 7
# copies between survivor spaces; the launcher gives 1 since stop 36):
#   current-mtt0     current with -XX:MaxTenuringThreshold=0: promoted at the first collection
#   current-mtt2     current with -XX:MaxTenuringThreshold=2
#   current-mtt7     current with the JVM's own adaptive tenuring (no threshold set)
#   current-fixed    + -XX:-UseAdaptiveSizePolicy: the young generation keeps its initial size
#   current-coh      + -XX:+UseCompactObjectHeaders (JDK 25+, JEP 519: 8-byte object headers; not
#                    adopted at stop 36: smaller heap, no robust time gain under load)
# and, stop 37, how soon C1 compiles (a re-scan with few stale files runs mostly interpreted;
# rescan-flags.sh measures the re-scans with the same configurations):
#   current-cts01, current-cts05  current with -XX:CompileThresholdScaling=0.1, 0.5 instead of 0.2
#                    (every compile threshold times that factor; measured as current-cts02 on
#                    top of the launcher of stop 36, which is now current)
#   current-cts10    current with the JVM's own thresholds (the launcher of stop 36)
#   current-t3low    current-cts10 + tier-3 thresholds lowered (Tier3InvocationThreshold=20,
#                    Tier3MinInvocationThreshold=10, Tier3CompileThreshold=100,
#                    Tier3BackEdgeThreshold=2000)
#   current-cds-one  current with an archive made before round 1 by a scan of one file (what the
#                    archive holds when a user's first run was small)
# LEAKPROOF_BENCH_NO_BUILD=1 uses the jar already in scanner/target; LEAKPROOF_BENCH_LIBS="guava h2"
# scans only those of the nine libraries (a shorter run when the machine is busy);
# LEAKPROOF_BENCH_GC_LOG=1 writes each direct run's GC log (target/jvm-flags*/CONFIG-gc-ROUND.log);
# LEAKPROOF_BENCH_RUN=NAME keeps this run's files apart (target/jvm-flags-NAME), for two at once.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rounds=3
rescan=
configs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) rounds="$2"; shift 2 ;;
    --rescan) rescan=1; shift ;;
    -*) echo "usage: $0 [-n ROUNDS] [--rescan] [CONFIG...]" >&2; exit 2 ;;
    *) configs+=("$1"); shift ;;
  esac
done
[ ${#configs[@]} -gt 0 ] || configs=(launcher-tuned launcher-as-is defaults c1 parallel huge cds
  cds-fresh tuned tuned-no-cds tuned-no-c1 tuned-no-parallel tuned-no-huge)
export LEAKPROOF_QUIET_JDK=1

if [ -z "${LEAKPROOF_BENCH_NO_BUILD:-}" ]; then
  echo "jvm-flags: building the scanner jar" >&2
  "$repo/build" -B -q -pl scanner -am package -DskipTests -Dinvoker.skip
fi
"$repo/build" -B -q -f "$here/pom.xml" generate-resources
source "$here/build-jdk.sh"
out="$here/target/jvm-flags${LEAKPROOF_BENCH_RUN:+-$LEAKPROOF_BENCH_RUN}"
mkdir -p "$out"
cp "$repo/scanner/target/leakproof.jar" "$out/leakproof.jar"
jar="$out/leakproof.jar"
sources="$here/target/sources"
if [ -n "${LEAKPROOF_BENCH_LIBS:-}" ]; then
  rm -rf "$out/sources"
  mkdir -p "$out/sources"
  for lib in $LEAKPROOF_BENCH_LIBS; do cp -r "$sources/$lib" "$out/sources/"; done
  sources="$out/sources"
fi
scan_cache=()
touched=()
if [ -n "$rescan" ]; then
  pristine="$sources"
  rm -rf "$out/rescan-sources"
  cp -r "$pristine" "$out/rescan-sources"
  sources="$out/rescan-sources"
  # Older than the cache's margin (ResultCache.Stamp), so a file's stat stands for its content.
  find "$sources" -exec touch -h -d '1 year ago' {} +
  for file in commons-lang3/org/apache/commons/lang3/StringUtils.java \
      guava/com/google/common/collect/ImmutableList.java h2/org/h2/util/Utils.java \
      tomcat/org/apache/catalina/connector/Request.java \
      jackson/com/fasterxml/jackson/databind/ObjectMapper.java; do
    [ ! -f "$sources/$file" ] || touched+=("$file")
  done
  scan_cache=(--cache "$out/rescan.cache")
fi
# The bench's own archives, not the user's cache folder's (which the launcher prunes).
archive="$out/leakproof-bench.jsa"
fresh_archive="$out/leakproof-bench-fresh.jsa"
one_file_archive="$out/leakproof-bench-one-file.jsa"
aot_cache="$out/leakproof-bench.aot"
aot_tiered_cache="$out/leakproof-bench-tiered.aot"
fresh_aot_cache="$out/leakproof-bench-fresh.aot"

c1=-XX:TieredStopAtLevel=1
parallel=-XX:+UseParallelGC
huge=-XX:-DontCompileHugeMethods
thp=-XX:+UseTransparentHugePages
cds=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$archive" '-Xlog:cds*=off')
options() { # the JVM options of configuration $1, one per line
  case "$1" in
    defaults|launcher-*) ;;
    c1) echo "$c1" ;;
    parallel) echo "$parallel" ;;
    huge) echo "$huge" ;;
    cds) printf '%s\n' "${cds[@]}" ;;
    cds-fresh) printf '%s\n' -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$fresh_archive" \
                 '-Xlog:cds*=off' ;;
    tuned) printf '%s\n' "$c1" "$parallel" "$huge" "${cds[@]}" ;;
    tuned-no-cds) printf '%s\n' "$c1" "$parallel" "$huge" ;;
    tuned-cds-fresh) printf '%s\n' "$c1" "$parallel" "$huge" -XX:+AutoCreateSharedArchive \
                       "-XX:SharedArchiveFile=$fresh_archive" '-Xlog:cds*=off' ;;
    tuned-no-c1) printf '%s\n' "$parallel" "$huge" "${cds[@]}" ;;
    tuned-no-parallel) printf '%s\n' "$c1" "$huge" "${cds[@]}" ;;
    tuned-no-huge) printf '%s\n' "$c1" "$parallel" "${cds[@]}" ;;
    thp) echo "$thp" ;;
    tuned-thp) printf '%s\n' "$c1" "$parallel" "$huge" "$thp" "${cds[@]}" ;;
    thp-codecache) options tuned-thp; echo -XX:ReservedCodeCacheSize=128m ;;
    thp-xms) options tuned-thp; echo -Xms1g ;;
    thp-serial) printf '%s\n' "$c1" -XX:+UseSerialGC "$huge" "$thp" "${cds[@]}" ;;
    thp-tenure) options tuned-thp; echo -XX:MaxTenuringThreshold=1 ;;
    now) options tuned-thp; echo -Xms1g ;;
    now-codecache) options now; echo -XX:ReservedCodeCacheSize=240m ;;
    now-young) options now; echo -Xmn768m ;;
    now-young-codecache) options now-young; echo -XX:ReservedCodeCacheSize=240m ;;
    current-base) printf '%s\n' "$c1" "$parallel" "$huge" -XX:ReservedCodeCacheSize=240m -Xms1g \
                    -XX:MaxTenuringThreshold=1 -XX:CompileThresholdScaling=0.2 ;;
    current) options current-base; printf '%s\n' "${cds[@]}" ;;
    current-cds-fresh) options current-base; printf '%s\n' -XX:+AutoCreateSharedArchive \
                         "-XX:SharedArchiveFile=$fresh_archive" '-Xlog:cds*=off' ;;
    # The AOT cache's notes (recorded, assembling, created) are printed to standard output
    # whatever -Xlog says; the scan writes its SARIF to a file here.
    current-aot) options current-base; echo "-XX:AOTCache=$aot_cache" ;;
    current-aot-fresh) options current-base; echo "-XX:AOTCacheOutput=$fresh_aot_cache" ;;
    current-tiered) options current | grep -v -- "$c1" ;;
    current-aot-tiered) options current-base | grep -v -- "$c1"; echo "-XX:AOTCache=$aot_tiered_cache" ;;
    current-cc1) options current; echo -XX:CICompilerCount=1 ;;
    current-t3) options current; printf '%s\n' -XX:Tier3InvocationThreshold=100 \
                  -XX:Tier3MinInvocationThreshold=50 -XX:Tier3CompileThreshold=1000 \
                  -XX:Tier3BackEdgeThreshold=30000 ;;
    current-gc1) options current; echo -XX:ParallelGCThreads=1 ;;
    current-mtt0) options current | grep -v MaxTenuringThreshold; echo -XX:MaxTenuringThreshold=0 ;;
    current-mtt2) options current | grep -v MaxTenuringThreshold; echo -XX:MaxTenuringThreshold=2 ;;
    current-mtt7) options current | grep -v MaxTenuringThreshold ;;
    current-fixed) options current; echo -XX:-UseAdaptiveSizePolicy ;;
    current-coh) options current; echo -XX:+UseCompactObjectHeaders ;;
    current-cts0[15]) options current | grep -v CompileThresholdScaling
                      echo "-XX:CompileThresholdScaling=0.${1#current-cts0}" ;;
    current-cts10) options current | grep -v CompileThresholdScaling ;;
    current-t3low) options current-cts10; printf '%s\n' -XX:Tier3InvocationThreshold=20 \
                     -XX:Tier3MinInvocationThreshold=10 -XX:Tier3CompileThreshold=100 \
                     -XX:Tier3BackEdgeThreshold=2000 ;;
    current-cds-one) options current-base; printf '%s\n' -XX:+AutoCreateSharedArchive \
                       "-XX:SharedArchiveFile=$one_file_archive" '-Xlog:cds*=off' ;;
    *) echo "jvm-flags: unknown configuration $1" >&2; exit 2 ;;
  esac
}
run() {
  case "$1" in
    launcher-tuned) "$java" -jar "$jar" scan --format sarif --output "$out/$1.sarif" \
                      --fail-on none "${scan_cache[@]}" "$sources" ;;
    launcher-as-is) LEAKPROOF_JVM=as-is "$java" -jar "$jar" scan --format sarif \
                      --output "$out/$1.sarif" --fail-on none "${scan_cache[@]}" "$sources" ;;
    *) case "$1" in *cds-fresh) rm -f "$fresh_archive" ;; *aot-fresh) rm -f "$fresh_aot_cache" ;; esac
       mapfile -t opts < <(options "$1")
       [ -z "${LEAKPROOF_BENCH_GC_LOG:-}" ] || opts+=("-Xlog:gc:file=$out/$1-gc-$round.log")
       "$java" "${opts[@]}" -Dleakproof.relaunched=true -cp "$jar" dev.leakproof.scanner.Main \
         scan --format sarif --output "$out/$1.sarif" --fail-on none "${scan_cache[@]}" \
         "$sources" ;;
  esac
}
for config in "${configs[@]}"; do options "$config" > /dev/null; done

# The archive the `cds` configurations use, made by one scan of the same sources beforehand (as
# a user's second scan finds it).
# With --rescan, the same scan writes the cache every re-scan starts from.
rm -f "$archive" "$aot_cache" "$aot_tiered_cache" "$out/rescan-base.cache"
"$java" "${cds[@]}" -Dleakproof.relaunched=true -cp "$jar" dev.leakproof.scanner.Main scan \
  --format sarif --output "$out/warm-up.sarif" --fail-on none \
  ${rescan:+--cache "$out/rescan-base.cache"} "$sources" > /dev/null 2>&1 || true
grep -v '"startTimeUtc\|"endTimeUtc' "$out/warm-up.sarif" > "$out/warm-up.cmp"
# The archive of `current-cds-one`, made by a scan of one file that the scan analyses (commons-io's
# IOUtils.java, else the first file).
case " ${configs[*]} " in *" current-cds-one "*)
  rm -f "$one_file_archive"
  one_file="$sources/commons-io/org/apache/commons/io/IOUtils.java"
  [ -f "$one_file" ] || one_file="$(find "$sources" -name '*.java' | sort | head -1)"
  mapfile -t opts < <(options current-cds-one)
  "$java" "${opts[@]}" -Dleakproof.relaunched=true -cp "$jar" dev.leakproof.scanner.Main scan \
    --format sarif --output "$out/warm-up.sarif" --fail-on none \
    "$one_file" > /dev/null 2>&1 || true ;;
esac
# The AOT caches, each made by one scan with its compilers (JDK 25+), only when a configuration
# asks for one.
case " ${configs[*]} " in *" current-aot "*)
  mapfile -t opts < <(options current-base)
  "$java" "${opts[@]}" "-XX:AOTCacheOutput=$aot_cache" -Dleakproof.relaunched=true -cp "$jar" \
    dev.leakproof.scanner.Main scan --format sarif --output "$out/warm-up.sarif" --fail-on none \
    "$sources" > /dev/null 2>&1 || true ;;
esac
case " ${configs[*]} " in *" current-aot-tiered "*)
  mapfile -t opts < <(options current-base | grep -v -- "$c1")
  "$java" "${opts[@]}" "-XX:AOTCacheOutput=$aot_tiered_cache" -Dleakproof.relaunched=true \
    -cp "$jar" dev.leakproof.scanner.Main scan --format sarif --output "$out/warm-up.sarif" \
    --fail-on none "$sources" > /dev/null 2>&1 || true ;;
esac
echo "jvm-flags: $(ls "$sources" | tr '\n' ' ')($(find "$sources" -name '*.java' | wc -l) files); $(nproc) processors, $(lscpu | sed -n 's/^Model name: *//p'), $("$java" -version 2>&1 | head -1); transparent huge pages: $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo unknown); load $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A walls cpus syss failures
labels=()
for config in "${configs[@]}"; do
  if [ -n "$rescan" ]; then labels+=("$config:unchanged" "$config:touched"); else labels+=("$config"); fi
done
TIMEFORMAT='%R %U %S'
measure() { # label, configuration
  local label="$1" config="$2" status=0 wall user sys cpu
  { time run "$config" > "$out/$config.log" 2>&1 || status=$?; } 2> "$out/$config.time"
  [ "$status" = 0 ] || failures[$label]=$(( ${failures[$label]:-0} + 1 ))
  read -r wall user sys < "$out/$config.time"
  cpu=$(echo "$user + $sys" | bc)
  walls[$label]="${walls[$label]:-} $wall"
  cpus[$label]="${cpus[$label]:-} $cpu"
  syss[$label]="${syss[$label]:-} $sys"
  printf 'round %d  %-17s %7.2f s wall %7.2f s CPU (%5.2f sys)  exit %d  load %s\n' "$round" \
    "$label" "$wall" "$cpu" "$sys" "$status" "$(cut -d' ' -f1 /proc/loadavg)"
  # A re-scan must find what the cold scan found (the comment appended changes no line).
  if [ -n "$rescan" ] && ! grep -v '"startTimeUtc\|"endTimeUtc' "$out/$config.sarif" \
      | cmp -s - "$out/warm-up.cmp"; then
    echo "SARIF of $label differs from the cold scan's (see $out/$config.sarif)"
  fi
}
for round in $(seq 1 "$rounds"); do
  shift_by=$(( (round - 1) % ${#configs[@]} ))
  order=("${configs[@]:$shift_by}" "${configs[@]:0:$shift_by}")
  for config in "${order[@]}"; do
    if [ -z "$rescan" ]; then
      measure "$config" "$config"
      continue
    fi
    cp "$out/rescan-base.cache" "$out/rescan.cache"
    measure "$config:unchanged" "$config"
    for file in "${touched[@]}"; do
      cp "$out/rescan-base.cache" "$out/rescan.cache"
      echo "// touched by jvm-flags.sh" >> "$sources/$file"
      measure "$config:touched" "$config"
      cp "$pristine/$file" "$sources/$file"
      touch -d '1 year ago' "$sources/$file"
    done
  done
done

source "$here/stats.sh"
echo
printf '%-17s %24s %24s %20s %9s %6s\n' run "wall s: median (min-max)" \
  "CPU s: median (min-max)" "sys s: median" "CPU/dflt" failed
read -r default_cpu _ <<< "$(stats "${cpus[defaults]:-${cpus[launcher-as-is]:-0}}")"
for label in "${labels[@]}"; do
  read -r wm wmin wmax <<< "$(stats "${walls[$label]}")"
  read -r cm cmin cmax <<< "$(stats "${cpus[$label]}")"
  read -r sm _ <<< "$(stats "${syss[$label]}")"
  printf '%-17s %8.3f (%6.3f-%6.3f) %8.3f (%6.3f-%6.3f) %20.3f %9s %3d/%d\n' "$label" "$wm" \
    "$wmin" "$wmax" "$cm" "$cmin" "$cmax" "$sm" \
    "$( [ "$default_cpu" != 0 ] && printf '%.2f' "$(echo "$cm / $default_cpu" | bc -l)" || echo -)" \
    "${failures[$label]:-0}" "$(wc -w <<< "${walls[$label]}")"
done
# Every configuration must find the same: the options change speed, never results.
[ -z "$rescan" ] || exit 0
first="${configs[0]}"
for config in "${configs[@]}"; do
  if ! cmp -s <(grep -v '"startTimeUtc\|"endTimeUtc' "$out/$first.sarif") \
              <(grep -v '"startTimeUtc\|"endTimeUtc' "$out/$config.sarif"); then
    echo "SARIF of $config differs from $first's (see $out)"
  fi
done
