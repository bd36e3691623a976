#!/usr/bin/env bash
# The real-leak benchmark: resource leaks that open-source projects fixed, each as the file
# before and after the fix, taken from the projects' sources jars on Maven Central (manifest.tsv:
# artifact, the last version with the leak, the first with the fix, the file, the leaking method
# and the fix commit). Scans both versions with the Leakproof scanner and with PMD 7's
# CloseResource, and reports per engine:
#   detected      buggy versions with a finding inside the leaking method
#   false alarms  fixed versions with a finding inside the (fixed) method
# Files are scanned alone, without their projects' jars, as a user trying the tools would.
# SpotBugs (with the Leakproof plugin, and its own resource detectors) runs on the leaking class
# of the released binary jars. LEAKPROOF_BENCH_SPOTBUGS=0 leaves SpotBugs out. Error Prone needs
# each file compiled against its project's jars: errorprone.sh (after this script, or
# LEAKPROOF_BENCH_ERRORPRONE=1 here) scores it on the pairs whose files compile alone.
#
#   bench/real-leaks/run.sh            every pair
#   bench/real-leaks/run.sh ID ...     the pairs named
#
# Output in target/bench/real-leaks/: results.tsv (one pair a line: id, then 1/0 per column),
# the extracted files (buggy/<id>/..., fixed/<id>/...), each engine's raw output, and the
# summary, also printed. Why Leakproof misses a pair is recorded by hand in notes.tsv.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
source "$BENCH_DIR/real-leaks/scoring.sh"

command -v jq >/dev/null 2>&1 || die "run.sh needs jq (apt-get install jq) to read the scanner's SARIF"
here="$BENCH_DIR/real-leaks"
manifest="$here/manifest.tsv"
out="$ROOT/target/bench/real-leaks"
rm -rf "$out"; mkdir -p "$out"

mapfile -t pairs < <(awk -F'\t' '!/^#/ && NF && $1 != "id"' "$manifest")
if [[ $# -gt 0 ]]; then
  mapfile -t pairs < <(printf '%s\n' "${pairs[@]}" | awk -F'\t' -v ids=" $* " 'index(ids, " " $1 " ")')
fi
[[ ${#pairs[@]} -gt 0 ]] || die "no pair selected from $manifest"

build_module scanner
scanner_jar="$(one_jar "$ROOT/scanner/target/leakproof.jar")"
pmd_cp="$(tool_cp pmd)"

# Every jar the pairs need (the same artifact may appear in several versions), copied by Maven
# into the cache. A jar already cached is not asked for again, and neither is one Central was
# found not to have (listed in $CACHE/real-leaks/unavailable-<kind>.txt), so a second run starts
# no Maven at all.
jars="$CACHE/real-leaks/jars"
mkdir -p "$jars" "$out/.pom"
: >"$out/unavailable.txt"
declare -A seen
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id ga buggy fixed _ <<<"$p"
  seen[$ga:$buggy]=1 seen[$ga:$fixed]=1
done
# Copies the jars of $1 ("sources" or "binary") that are still wanted.
fetch_jars() {
  local kind="$1" suffix="" classifier="" key ga v items missing g a
  [[ $kind == sources ]] && suffix="-sources" classifier="<classifier>sources</classifier>"
  local unavailable="$CACHE/real-leaks/unavailable-$kind.txt"
  touch "$unavailable"
  declare -A want=()
  for key in "${!seen[@]}"; do
    ga="${key%:*}" v="${key##*:}"
    [[ -f "$jars/${ga//:/_}_$v$suffix.jar" ]] && continue
    grep -qxF "$key" "$unavailable" && continue
    want[$key]=1
  done
  # One Maven run copies them all; Maven stops at the first jar Central does not have, so that
  # one is listed as unavailable and the run is repeated without it.
  while [[ ${#want[@]} -gt 0 ]]; do
    items=""
    for key in "${!want[@]}"; do
      ga="${key%:*}" v="${key##*:}"
      items+="<artifactItem><groupId>${ga%%:*}</groupId><artifactId>${ga#*:}</artifactId><version>$v</version>$classifier"
      items+="<destFileName>${ga//:/_}_$v$suffix.jar</destFileName></artifactItem>"
    done
    cat >"$out/.pom/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>leakproof-bench</groupId><artifactId>real-leaks</artifactId><version>1</version><packaging>pom</packaging>
<build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId>
<version>3.8.1</version><configuration><outputDirectory>$jars</outputDirectory><overWriteIfNewer>false</overWriteIfNewer>
<artifactItems>$items</artifactItems></configuration></plugin></plugins></build></project>
POM
    say "fetching ${#want[@]} $kind jars from Maven Central"
    mvn_run -f "$out/.pom/pom.xml" dependency:copy >"$out/.pom/fetch-$kind.log" 2>&1 && break
    # "... could not be resolved: org.apache.tika:tika-app:jar:sources:3.2.0 (absent) ..."
    missing="$(grep -o 'could not be resolved: [^ ]*' "$out/.pom/fetch-$kind.log" | head -1 | awk '{ print $NF }')"
    [[ -n "$missing" ]] || { tail -20 "$out/.pom/fetch-$kind.log" >&2; die "could not fetch the $kind jars (log: $out/.pom/fetch-$kind.log)"; }
    IFS=: read -r g a _ <<<"$missing"
    v="${missing##*:}"
    say "Central has no $g:$a:$v $kind jar"
    echo "$g:$a:$v" >>"$unavailable"
    unset "want[$g:$a:$v]"
  done
  if [[ $kind == sources ]]; then
    for key in "${!seen[@]}"; do grep -qxF "$key" "$unavailable" && echo "$key" >>"$out/unavailable.txt"; done
  fi
  return 0
}
fetch_jars sources

# Both versions of each file, under buggy/<id>/ and fixed/<id>/ with their package path.
ranges_in="$out/ranges.in"; : >"$ranges_in"
available=()
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id ga buggy fixed path method _ <<<"$p"
  if [[ ! -f "$jars/${ga//:/_}_$buggy-sources.jar" || ! -f "$jars/${ga//:/_}_$fixed-sources.jar" ]]; then
    say "pair $id: no sources jar on Central for $ga $buggy or $fixed; left out"; continue
  fi
  if ! unzip -l "$jars/${ga//:/_}_$buggy-sources.jar" "$path" >/dev/null 2>&1 \
      || ! unzip -l "$jars/${ga//:/_}_$fixed-sources.jar" "$path" >/dev/null 2>&1; then
    say "pair $id: $path is not in both sources jars; left out"; continue
  fi
  available+=("$p")
  for side in buggy fixed; do
    v="$buggy"; [[ $side == fixed ]] && v="$fixed"
    dest="$out/$side/$id/$path"
    mkdir -p "$(dirname "$dest")"
    unzip -p "$jars/${ga//:/_}_$v-sources.jar" "$path" >"$dest"
    printf '%s\t%s\t%s\n' "$side/$id" "$dest" "$method" >>"$ranges_in"
  done
done

pairs=("${available[@]}")
[[ ${#pairs[@]} -gt 0 ]] || die "no pair could be fetched"

# Where the leaking method is in each file (JavaParser from the scanner jar).
java="$(java_home)/bin/java"
"$java" -cp "$scanner_jar" "$here/MethodLines.java" ranges <"$ranges_in" >"$out/ranges.tsv" 2>"$out/ranges.log"

say "Leakproof scanner"
for side in buggy fixed; do
  "$java" -jar "$scanner_jar" scan --format sarif --output "$out/leakproof-$side.sarif" \
      --root "$out/$side" --rules UnclosedResource --fail-on none "$out/$side" >"$out/leakproof-$side.log" 2>&1 \
    || { tail -15 "$out/leakproof-$side.log" >&2; die "the scanner failed on the $side files"; }
  # "side/id<TAB>line" per finding (the SARIF path starts with the pair's id)
  jq -r --arg side "$side" '.runs[].results[]? | select(.ruleId == "UnclosedResource") |
      .locations[0].physicalLocation | "\($side)/\(.artifactLocation.uri | split("/")[0])\t\(.region.startLine)"' \
      "$out/leakproof-$side.sarif" >"$out/leakproof-$side.lines"
  # An owning field's finding sits at its store and names the release method that forgets it:
  # "side/id<TAB>sentence" for those, so that it counts for that method (see below).
  jq -r --arg side "$side" '.runs[].results[]? | select(.ruleId == "UnclosedResource")
      | select(.message.text | contains(" does not close it")) |
      "\($side)/\(.locations[0].physicalLocation.artifactLocation.uri | split("/")[0])\t\(.message.text)"' \
      "$out/leakproof-$side.sarif" >"$out/leakproof-$side.releases"
done

say "PMD 7.20.0 CloseResource"
for side in buggy fixed; do
  status=0
  "$java" -cp "$pmd_cp" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress \
      -R category/java/errorprone.xml/CloseResource -f csv -r "$out/pmd-$side.csv" \
      -d "$out/$side" >"$out/pmd-$side.log" 2>&1 || status=$?
  # 0: no violation, 4: violations found; anything else is PMD failing.
  [[ $status -eq 0 || $status -eq 4 ]] || { tail -15 "$out/pmd-$side.log" >&2; die "PMD failed on the $side files ($status)"; }
  # CSV: "Problem","Package","File","Priority","Line","Description","Rule set","Rule"
  awk -F'","' -v root="$out/" -v side="$side" 'NR > 1 { f = $3; sub("^" root side "/", "", f); split(f, parts, "/")
      print side "/" parts[1] "\t" $5 }' "$out/pmd-$side.csv" >"$out/pmd-$side.lines"
done

# SpotBugs on bytecode: the leaking class (with its nested classes) from the released binary jar
# of each side, analysed with that jar as aux class path (not its dependencies: resolving them
# for every version would cost more than the rest of the benchmark). Two reports: the Leakproof
# plugin's UnclosedResource, and SpotBugs' own resource detectors (OS_OPEN_STREAM, ODR_*,
# OBL_UNSATISFIED_OBLIGATION*). LEAKPROOF_BENCH_SPOTBUGS=0 skips this part.
spotbugs=0
if [[ "${LEAKPROOF_BENCH_SPOTBUGS:-1}" != 0 ]]; then
  spotbugs=1
  build_module spotbugs-plugin
  sb_plugin="$(one_jar "$ROOT"/spotbugs-plugin/target/leakproof-spotbugs-*.jar)"
  sb_cp="$(tool_cp spotbugs)"
  fetch_jars binary
  say "SpotBugs 4.9.8 with the Leakproof plugin, on the released classes"
  mkdir -p "$out/spotbugs"
  : >"$out/spotbugs/jobs.tsv"
  for p in "${pairs[@]}"; do
    IFS=$'\t' read -r id ga buggy fixed path _ <<<"$p"
    class="${path%.java}"
    for side in buggy fixed; do
      v="$buggy"; [[ $side == fixed ]] && v="$fixed"
      jar="$jars/${ga//:/_}_$v.jar"
      dir="$out/spotbugs/$side/$id"
      mkdir -p "$dir"
      # (unzip exits 11 when the class has no nested classes)
      if [[ -f "$jar" ]]; then unzip -q -o "$jar" "$class.class" "$class\$*.class" -d "$dir" >/dev/null 2>&1 || true; fi
      [[ -f "$dir/$class.class" ]] || continue
      printf '%s\t%s\t%s\t%s\t%s\t%s\t\n' "$side/$id" "$ga" "$v" "$jar" "$dir" "${class//\//.}" >>"$out/spotbugs/jobs.tsv"
    done
  done
  "$java" -cp "$sb_cp" "$here/SpotBugsPairs.java" "$sb_plugin" "$out/spotbugs" \
      "FindOpenStream,BuildObligationPolicyDatabase,FindUnsatisfiedObligation,UnclosedResourceDetector" \
      <"$out/spotbugs/jobs.tsv" >"$out/spotbugs/findings.tsv" 2>"$out/spotbugs/run.log" \
    || { tail -15 "$out/spotbugs/run.log" >&2; die "SpotBugs failed (log: $out/spotbugs/run.log)"; }
  # A pair counts for SpotBugs when both sides were analysed (in a batch that did not fail).
  failed="$(grep -o 'FAILED.*' "$out/spotbugs/run.log" | grep -o '\(buggy\|fixed\)/[^],]*' || true)"
  cut -f1 "$out/spotbugs/jobs.tsv" | grep -vxF -e "${failed:-@none@}" >"$out/spotbugs/analysed.txt" || true
  for side in buggy fixed; do
    awk -F'\t' -v s="$side/" 'index($1, s) == 1 && $2 == "LEAK_UNCLOSED_RESOURCE" { print $1 "\t" $3 }' \
        "$out/spotbugs/findings.tsv" >"$out/spotbugs-$side.lines"
    awk -F'\t' -v s="$side/" 'index($1, s) == 1 && $2 ~ /^(OS_OPEN_STREAM|ODR_OPEN_DATABASE_RESOURCE|OBL_UNSATISFIED_OBLIGATION)/ { print $1 "\t" $3 }' \
        "$out/spotbugs/findings.tsv" >"$out/sbown-$side.lines"
  done
fi

# A finding counts when its line lies in a range of the leaking method (any overload).
declare -A hit
engines=(leakproof pmd); [[ $spotbugs == 1 ]] && engines+=(spotbugs sbown)
for engine in "${engines[@]}"; do
  for side in buggy fixed; do
    while read -r key; do hit[$engine/$key]=1; done < <(in_method "$out/ranges.tsv" "$out/$engine-$side.lines")
  done
done
# The leaking method of a pair may be a release method that forgets a field (zookeeper-26's
# shutdown()): the finding is at the field's store, elsewhere, but names the method.
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id _ _ _ _ method _ <<<"$p"
  for side in buggy fixed; do
    if grep -F "$side/$id"$'\t' "$out/leakproof-$side.releases" | grep -qF "\`$method()\` does not close it"; then
      hit[leakproof/$side/$id]=1
    fi
  done
done
declare -A ranged
while IFS=$'\t' read -r key _; do ranged[$key]=1; done <"$out/ranges.tsv"
declare -A analysed
if [[ $spotbugs == 1 ]]; then while read -r key; do analysed[$key]=1; done <"$out/spotbugs/analysed.txt"; fi

# SpotBugs columns come after the others (a pair SpotBugs could not analyse shows "-").
echo "id|artifact|method|leakproof buggy|leakproof fixed|pmd buggy|pmd fixed|lp-spotbugs buggy|lp-spotbugs fixed|spotbugs buggy|spotbugs fixed" >"$out/results.txt"
printf 'id\tleakproof_buggy\tleakproof_fixed\tpmd_buggy\tpmd_fixed\tlpspotbugs_buggy\tlpspotbugs_fixed\tspotbugs_buggy\tspotbugs_fixed\n' >"$out/results.tsv"
n=0 unranged=0 lb=0 lf=0 pb=0 pf=0 covered=0 sb=0 sf=0 ob=0 of=0 clb=0 clf=0 cpb=0 cpf=0
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id ga buggy fixed path method _ <<<"$p"
  n=$((n + 1))
  if [[ -z "${ranged[buggy/$id]:-}" || -z "${ranged[fixed/$id]:-}" ]]; then
    unranged=$((unranged + 1)); say "pair $id: method $method not found in both files"; continue
  fi
  a=${hit[leakproof/buggy/$id]:-0} b=${hit[leakproof/fixed/$id]:-0} c=${hit[pmd/buggy/$id]:-0} d=${hit[pmd/fixed/$id]:-0}
  lb=$((lb + a)) lf=$((lf + b)) pb=$((pb + c)) pf=$((pf + d))
  e=- f=- g=- h=-
  if [[ -n "${analysed[buggy/$id]:-}" && -n "${analysed[fixed/$id]:-}" ]]; then
    e=${hit[spotbugs/buggy/$id]:-0} f=${hit[spotbugs/fixed/$id]:-0} g=${hit[sbown/buggy/$id]:-0} h=${hit[sbown/fixed/$id]:-0}
    covered=$((covered + 1)) sb=$((sb + e)) sf=$((sf + f)) ob=$((ob + g)) of=$((of + h))
    clb=$((clb + a)) clf=$((clf + b)) cpb=$((cpb + c)) cpf=$((cpf + d))
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$a" "$b" "$c" "$d" "$e" "$f" "$g" "$h" >>"$out/results.tsv"
  echo "$id|$ga:$buggy→$fixed|$method|$a|$b|$c|$d|$e|$f|$g|$h" >>"$out/results.txt"
done
scored=$((n - unranged))
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%d/%d (%.0f%%)", a, b, b ? 100 * a / b : 0 }'; }
{
  echo "Real-leak benchmark: $scored pairs scored of $n ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo "A finding counts when it is inside the leaking method; files are scanned alone."
  echo
  print_table <"$out/results.txt"
  echo
  { echo "engine|leaks detected (buggy versions)|false alarms (fixed versions)"
    echo "Leakproof scanner|$(pct $lb $scored)|$(pct $lf $scored)"
    echo "PMD 7.20.0 CloseResource|$(pct $pb $scored)|$(pct $pf $scored)"
    if [[ $spotbugs == 1 ]]; then
      echo "Leakproof SpotBugs plugin (bytecode)|$(pct $sb $covered)|$(pct $sf $covered)"
      echo "SpotBugs 4.9.8 own (OS/ODR/OBL)|$(pct $ob $covered)|$(pct $of $covered)"
      if [[ $covered -lt $scored ]]; then
        echo "Leakproof scanner, SpotBugs' pairs|$(pct $clb $covered)|$(pct $clf $covered)"
        echo "PMD CloseResource, SpotBugs' pairs|$(pct $cpb $covered)|$(pct $cpf $covered)"
      fi
    fi
    [[ "${LEAKPROOF_BENCH_ERRORPRONE:-0}" == 1 ]] \
      || echo "Error Prone|not run (bench/real-leaks/errorprone.sh: on the pairs that compile)|"
  } | print_table
  if [[ $spotbugs == 1 ]]; then echo "SpotBugs: $covered pairs whose leaking class is in both released binary jars; the jar alone is the aux class path."; fi
} | tee "$out/summary.txt"

# A Leakproof detector that threw on a method logs "could not analyze" and SpotBugs goes on, so
# the method's findings are missing from the numbers above: name each with its exception, and
# fail (the reports stay in $out/spotbugs/batch-*.xml).
if [[ $spotbugs == 1 ]]; then
  errors="$(awk 'BEGIN { RS = "</AnalysisError>" }
      /<AnalysisError>/ && /Leakproof/ {
        m = substr($0, index($0, "Leakproof")); sub(/<.*/, "", m)
        e = $0; if (sub(/.*<Exception>/, "", e)) { sub(/<\/Exception>.*/, "", e) } else e = "?"
        print m " (" e ")" }' "$out"/spotbugs/batch-*.xml | sort -u)"
  if [[ -n "$errors" ]]; then
    printf '%s\n' "$errors" >&2
    die "the Leakproof SpotBugs plugin could not analyze $(wc -l <<<"$errors") method(s); their findings are missing above"
  fi
fi

# Error Prone on the pairs whose files compile alone against their version's jars (optional:
# it resolves every version's dependencies once, then compiles ~300 files).
if [[ "${LEAKPROOF_BENCH_ERRORPRONE:-0}" == 1 ]]; then
  "$here/errorprone.sh"
fi
