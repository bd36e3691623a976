#!/usr/bin/env bash
# The real-leak benchmark's Error Prone column (run after run.sh, or by run.sh itself with
# LEAKPROOF_BENCH_ERRORPRONE=1). Each side of each pair run.sh scored is compiled ALONE with javac
# + Error Prone + Leakproof (only UnclosedResource on: -XepDisableAllChecks
# -Xep:UnclosedResource:WARN) against a class path of that version's own binary jar (the one
# run.sh fetched for SpotBugs) and its runtime dependencies from Maven Central (one generated
# Maven reactor, a module per artifact version, dependency:copy-dependencies + build-classpath;
# cached in ~/.cache/leakproof-bench/real-leaks/ep-deps, a version whose dependencies do not
# resolve is remembered there as well). A pair whose dependencies do not resolve, or whose file
# does not compile on either side, counts as "does not compile" and is listed with javac's first
# error. On the pairs that compile, Error Prone is scored as run.sh scores the other engines,
# and the scanner and the SpotBugs plugin are scored again on that same subset; the scanner also
# a second time given the class path javac had (a user's Maven run gives it the module's compile
# class path: its own classes and its dependencies), where run.sh scans each file without jars.
#
#   bench/real-leaks/run.sh && bench/real-leaks/errorprone.sh
#   LEAKPROOF_BENCH_ERRORPRONE=1 bench/real-leaks/run.sh        (the same, one command)
#
# Output in target/bench/real-leaks/errorprone/: results.tsv (id, compiled, Error Prone, scanner,
# SpotBugs plugin and scanner with the jars on buggy and fixed), not-compiled.tsv,
# disagree-in-method[-cp].txt, scanner-cp/ (the scanner's runs), disagreements.txt (every file of the
# subset where Error Prone's and the scanner's finding lines differ, anywhere in the file),
# summary.txt (also printed).
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
source "$BENCH_DIR/lib/errorprone.sh"
source "$BENCH_DIR/real-leaks/scoring.sh"

here="$BENCH_DIR/real-leaks"
manifest="$here/manifest.tsv"
rl="$ROOT/target/bench/real-leaks"
out="$rl/errorprone"
[[ -f "$rl/ranges.tsv" ]] || die "run bench/real-leaks/run.sh first (no $rl/ranges.tsv)"
rm -rf "$out"; mkdir -p "$out"

build_module errorprone-plugin
ep_setup
jars="$CACHE/real-leaks/jars"
deps="$CACHE/real-leaks/ep-deps"
mkdir -p "$deps/jars" "$deps/classpath"
touch "$deps/unresolved.txt"

# The pairs whose two files run.sh extracted (ranges.tsv has the leaking method of both).
declare -A ranged
while IFS=$'\t' read -r key _; do ranged[$key]=1; done <"$rl/ranges.tsv"
mapfile -t pairs < <(awk -F'\t' '!/^#/ && NF && $1 != "id"' "$manifest" | while IFS=$'\t' read -r id rest; do
  [[ -n "${ranged[buggy/$id]:-}" && -n "${ranged[fixed/$id]:-}" ]] && printf '%s\t%s\n' "$id" "$rest"; done)
[[ ${#pairs[@]} -gt 0 ]] || die "run.sh extracted no pair"

# Each artifact version's runtime dependencies, resolved once: a reactor with one module per
# version still wanted, run with --fail-at-end so that one version Central cannot resolve does
# not stop the others. A module writes classpath/<g>_<a>_<v>.cp (':'-joined jars in jars/).
key_of() { local g="${1%%:*}" rest="${1#*:}"; echo "${g}_${rest%%:*}_${1##*:}"; }
want=()
declare -A asked
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id ga buggy fixed _ <<<"$p"
  for v in "$buggy" "$fixed"; do
    gav="$ga:$v"
    [[ -n "${asked[$gav]:-}" ]] && continue
    asked[$gav]=1
    [[ -f "$deps/classpath/$(key_of "$gav").cp" ]] && continue
    grep -qxF "$gav" "$deps/unresolved.txt" && continue
    want+=("$gav")
  done
done
if [[ ${#want[@]} -gt 0 ]]; then
  say "resolving the dependencies of ${#want[@]} artifact versions from Maven Central"
  reactor="$out/.pom"
  mkdir -p "$reactor"
  modules=""
  for gav in "${want[@]}"; do
    IFS=: read -r g a v <<<"$gav"
    m="m-$(key_of "$gav")"
    modules+="<module>$m</module>"
    mkdir -p "$reactor/$m"
    cat >"$reactor/$m/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<parent><groupId>leakproof-bench</groupId><artifactId>ep-deps</artifactId><version>1</version></parent>
<artifactId>$m</artifactId><packaging>pom</packaging>
<dependencies><dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency></dependencies>
<build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version>
<executions><execution><id>cp</id><phase>validate</phase><goals><goal>copy-dependencies</goal><goal>build-classpath</goal></goals>
<configuration><includeScope>runtime</includeScope><prependGroupId>true</prependGroupId><outputDirectory>$deps/jars</outputDirectory>
<overWriteIfNewer>false</overWriteIfNewer><prefix>$deps/jars</prefix><outputFile>$deps/classpath/$(key_of "$gav").cp</outputFile></configuration>
</execution></executions></plugin></plugins></build></project>
POM
  done
  cat >"$reactor/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>leakproof-bench</groupId><artifactId>ep-deps</artifactId><version>1</version><packaging>pom</packaging>
<modules>$modules</modules></project>
POM
  mvn_run -f "$reactor/pom.xml" --fail-at-end -T 4 validate >"$reactor/resolve.log" 2>&1 || true
  for gav in "${want[@]}"; do
    if [[ ! -f "$deps/classpath/$(key_of "$gav").cp" ]]; then
      say "the dependencies of $gav do not resolve (log: $reactor/resolve.log)"
      echo "$gav" >>"$deps/unresolved.txt"
    fi
  done
fi

# One job per side: key, class path (the binary jar first, then its dependencies), the file.
: >"$out/jobs.tsv"
declare -A reason
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id ga buggy fixed path _ <<<"$p"
  for side in buggy fixed; do
    v="$buggy"; [[ $side == fixed ]] && v="$fixed"
    jar="$jars/${ga//:/_}_$v.jar" cpfile="$deps/classpath/$(key_of "$ga:$v").cp"
    if [[ ! -f "$jar" ]]; then reason[$id]="${reason[$id]:-$side: no binary jar for $ga:$v on Central}"; continue; fi
    if [[ ! -f "$cpfile" ]]; then reason[$id]="${reason[$id]:-$side: the dependencies of $ga:$v do not resolve}"; continue; fi
    printf '%s\t%s\t%s\n' "$side/$id" "$jar:$(cat "$cpfile")" "$rl/$side/$id/$path" >>"$out/jobs.tsv"
  done
done

say "javac + Error Prone (UnclosedResource only) on $(wc -l <"$out/jobs.tsv") files, each alone"
jflags=()
for p in api file main model parser processing tree util; do jflags+=("--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED"); done
jflags+=("--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED" "--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED")
# LEAKPROOF_BENCH_EP_JVMS (default 3) JVMs, each compiling every n-th file: on a loaded
# machine one JVM compiling ~320 files one after the other takes twenty minutes.
jvms="${LEAKPROOF_BENCH_EP_JVMS:-3}"
pids=()
for ((i = 0; i < jvms; i++)); do
  awk -v n="$jvms" -v i="$i" '(NR - 1) % n == i' "$out/jobs.tsv" \
    | "$(java_home)/bin/java" "${jflags[@]}" -cp "$EP_CP:$LP_CP" "$here/ErrorPronePairs.java" "$EP_CP:$LP_CP" \
        "-XepDisableAllChecks -Xep:UnclosedResource:WARN" >"$out/javac-$i.tsv" 2>"$out/javac-$i.log" &
  pids+=($!)
done
for ((i = 0; i < jvms; i++)); do
  wait "${pids[$i]}" || { tail -15 "$out/javac-$i.log" >&2; die "the Error Prone run failed (log: $out/javac-$i.log)"; }
done
cat "$out"/javac-*.tsv >"$out/javac.tsv"
cat "$out"/javac-*.log >"$out/javac.log"

declare -A compiled
while IFS=$'\t' read -r key what detail; do
  case "$what" in
    compiled) compiled[$key]=1 ;;
    error) id="${key#*/}"; reason[$id]="${reason[$id]:-${key%%/*}: $detail}" ;;
  esac
done <"$out/javac.tsv"
for side in buggy fixed; do
  awk -F'\t' -v s="$side/" 'index($1, s) == 1 && $2 == "finding" { print $1 "\t" $3 }' "$out/javac.tsv" >"$out/errorprone-$side.lines"
done
# An Error Prone crash inside Leakproof is a bug, not a "does not compile": say so.
if grep -q 'javac crashed\|An unhandled exception was thrown' "$out/javac.tsv" "$out/javac.log"; then
  say "javac or Error Prone crashed on some file (see $out/javac.tsv)"
fi

# The scanner again, given the class path a user's Maven run gives it (the Maven plugin passes
# the module's compile class path: its own classes, here the version's binary jar, and its
# dependencies), the one javac used above. run.sh scans each file alone, without any jar, as a
# user trying the scanner on a file would; this column says what the jars add. Files whose
# class path is the same (one artifact version) are scanned in one run, as run.sh scans all the
# files of a side in one run.
build_module scanner
scanner_jar="$(one_jar "$ROOT/scanner/target/leakproof.jar")"
cpdir="$out/scanner-cp"
mkdir -p "$cpdir"
awk -F'\t' '!($2 in g) { g[$2] = ++n; print n "\t" $2 > (dir "/classpaths.tsv") } { print g[$2] "\t" $1 "\t" $3 }' \
  dir="$cpdir" "$out/jobs.tsv" >"$cpdir/files.tsv"
while IFS=$'\t' read -r group key file; do
  rel="${file#"$rl/$key/"}"
  mkdir -p "$cpdir/g$group/$key/$(dirname "$rel")"
  cp "$file" "$cpdir/g$group/$key/$rel"
done <"$cpdir/files.tsv"
say "the scanner (UnclosedResource only) on the same files with the same class paths ($(wc -l <"$cpdir/classpaths.tsv") runs)"
scan_group() {
  local group="$1" cp="$2"
  "$(java_home)/bin/java" -jar "$scanner_jar" scan --format sarif --output "$cpdir/g$group.sarif" \
    --root "$cpdir/g$group" --classpath "$cp" --rules UnclosedResource --fail-on none "$cpdir/g$group" \
    >"$cpdir/g$group.log" 2>&1 || { tail -15 "$cpdir/g$group.log" >&2; return 1; }
}
pids=()
while IFS=$'\t' read -r group cp; do
  scan_group "$group" "$cp" &
  pids+=($!)
  if [[ ${#pids[@]} -ge $jvms ]]; then wait "${pids[0]}" || die "the scanner failed (log: $cpdir)"; pids=("${pids[@]:1}"); fi
done <"$cpdir/classpaths.tsv"
for pid in "${pids[@]}"; do wait "$pid" || die "the scanner failed (log: $cpdir)"; done
# "side/id<TAB>line" per finding, and "side/id<TAB>sentence" for an owning field's (as run.sh).
for side in buggy fixed; do
  jq -r --arg side "$side" '.runs[].results[]? | select(.ruleId == "UnclosedResource") |
      .locations[0].physicalLocation | (.artifactLocation.uri | split("/")) as $p
      | select($p[0] == $side) | "\($side)/\($p[1])\t\(.region.startLine)"' \
      "$cpdir"/g*.sarif >"$out/scanner-cp-$side.lines"
  jq -r --arg side "$side" '.runs[].results[]? | select(.ruleId == "UnclosedResource")
      | select(.message.text | contains(" does not close it"))
      | (.locations[0].physicalLocation.artifactLocation.uri | split("/")) as $p
      | select($p[0] == $side) | "\($side)/\($p[1])\t\(.message.text)"' \
      "$cpdir"/g*.sarif >"$out/scanner-cp-$side.releases"
done

# The same scoring as run.sh: a finding counts inside the leaking method (any overload).
declare -A hit cphit
for side in buggy fixed; do
  while read -r key; do hit[$key]=1; done < <(in_method "$rl/ranges.tsv" "$out/errorprone-$side.lines")
  while read -r key; do cphit[$key]=1; done < <(in_method "$rl/ranges.tsv" "$out/scanner-cp-$side.lines")
done
# As run.sh does for the scanner: an owning field's finding sits at its store and names the
# release method that forgets it; it counts for that method (zookeeper-26's shutdown()).
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id _ _ _ _ method _ <<<"$p"
  for side in buggy fixed; do
    if awk -F'\t' -v k="$side/$id" '$1 == k && $2 == "finding" { print $4 }' "$out/javac.tsv" \
        | grep -qF "\`$method()\` does not close it"; then
      hit[$side/$id]=1
    fi
    if grep -F "$side/$id"$'\t' "$out/scanner-cp-$side.releases" | grep -qF "\`$method()\` does not close it"; then
      cphit[$side/$id]=1
    fi
  done
done
# The other engines' columns, as run.sh scored them (run.sh writes results.tsv last).
[[ -f "$rl/results.tsv" ]] || die "no $rl/results.tsv: let run.sh finish, then run this again"
declare -A row
while IFS=$'\t' read -r id lb lf _ _ sb sf _; do row[$id]="$lb $lf $sb $sf"; done <"$rl/results.tsv"

printf 'id\tcompiled\terrorprone_buggy\terrorprone_fixed\tleakproof_buggy\tleakproof_fixed\tlpspotbugs_buggy\tlpspotbugs_fixed\tleakproof_cp_buggy\tleakproof_cp_fixed\n' >"$out/results.tsv"
printf 'id\twhy\n' >"$out/not-compiled.tsv"
echo "id|Error Prone buggy|Error Prone fixed|scanner buggy|scanner fixed|SpotBugs plugin buggy|SpotBugs plugin fixed|scanner with the jars buggy|fixed" >"$out/results.txt"
: >"$out/disagree-in-method.txt"
: >"$out/disagree-in-method-cp.txt"
n=0 c=0 eb=0 ef=0 lb=0 lf=0 sc=0 sb=0 sf=0 slb=0 slf=0 kb=0 kf=0
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id ga buggy fixed _ method _ <<<"$p"
  n=$((n + 1))
  read -r a b s t <<<"${row[$id]}"
  if [[ -z "${compiled[buggy/$id]:-}" || -z "${compiled[fixed/$id]:-}" ]]; then
    printf '%s\t%s\n' "$id" "${reason[$id]:-not compiled}" >>"$out/not-compiled.tsv"
    printf '%s\t0\t-\t-\t%s\t%s\t%s\t%s\t-\t-\n' "$id" "$a" "$b" "$s" "$t" >>"$out/results.tsv"
    continue
  fi
  c=$((c + 1))
  e=${hit[buggy/$id]:-0} f=${hit[fixed/$id]:-0}
  k=${cphit[buggy/$id]:-0} l=${cphit[fixed/$id]:-0}
  eb=$((eb + e)) ef=$((ef + f)) lb=$((lb + a)) lf=$((lf + b)) kb=$((kb + k)) kf=$((kf + l))
  if [[ $s != - && $t != - ]]; then sc=$((sc + 1)) sb=$((sb + s)) sf=$((sf + t)) slb=$((slb + a)) slf=$((slf + b)); fi
  printf '%s\t1\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$e" "$f" "$a" "$b" "$s" "$t" "$k" "$l" >>"$out/results.tsv"
  echo "$id|$e|$f|$a|$b|$s|$t|$k|$l" >>"$out/results.txt"
  if [[ $e != "$k" ]]; then echo "$id buggy ($method): Error Prone $e, scanner with the jars $k" >>"$out/disagree-in-method-cp.txt"; fi
  if [[ $f != "$l" ]]; then echo "$id fixed ($method): Error Prone $f, scanner with the jars $l" >>"$out/disagree-in-method-cp.txt"; fi
  if [[ $e != "$a" ]]; then echo "$id buggy ($method): Error Prone $e, scanner $a" >>"$out/disagree-in-method.txt"; fi
  if [[ $f != "$b" ]]; then echo "$id fixed ($method): Error Prone $f, scanner $b" >>"$out/disagree-in-method.txt"; fi
done

# Anywhere in the file: the lines each engine reports, for every compiled file where they differ.
: >"$out/disagreements.txt"
for key in $(printf '%s\n' "${!compiled[@]}" | sort); do
  side="${key%%/*}"
  ep="$(awk -F'\t' -v k="$key" '$1 == k { print $2 }' "$out/errorprone-$side.lines" | sort -nu | paste -sd' ' -)"
  scan="$(awk -F'\t' -v k="$key" '$1 == k { print $2 }' "$rl/leakproof-$side.lines" | sort -nu | paste -sd' ' -)"
  if [[ "$ep" != "$scan" ]]; then echo "$key: Error Prone [${ep}] scanner [${scan}]" >>"$out/disagreements.txt"; fi
done

pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%d/%d (%.0f%%)", a, b, b ? 100 * a / b : 0 }'; }
{
  echo "Real-leak benchmark, Error Prone: $c of $n pairs compile alone on both sides ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  print_table <"$out/results.txt"
  echo
  { echo "engine, on the $c pairs that compile|leaks detected (buggy versions)|false alarms (fixed versions)"
    echo "Leakproof Error Prone plugin (javac, with the jars)|$(pct $eb $c)|$(pct $ef $c)"
    echo "Leakproof scanner (source, alone)|$(pct $lb $c)|$(pct $lf $c)"
    echo "Leakproof scanner (source, with the jars javac had)|$(pct $kb $c)|$(pct $kf $c)"
    if [[ $sc -gt 0 ]]; then echo "Leakproof SpotBugs plugin (bytecode)|$(pct $sb $sc)|$(pct $sf $sc)"; fi
  } | print_table
  echo
  echo "Does not compile ($((n - c)) pairs; $out/not-compiled.tsv):"
  tail -n +2 "$out/not-compiled.tsv" | sed 's/^/  /'
  echo
  echo "Error Prone and the scanner disagree inside the leaking method ($(wc -l <"$out/disagree-in-method.txt")):"
  sed 's/^/  /' "$out/disagree-in-method.txt"
  echo "Error Prone and the scanner with the same jars disagree inside the leaking method ($(wc -l <"$out/disagree-in-method-cp.txt")):"
  sed 's/^/  /' "$out/disagree-in-method-cp.txt"
  echo "Files whose finding lines differ anywhere: $(wc -l <"$out/disagreements.txt") ($out/disagreements.txt)"
} | tee "$out/summary.txt"
