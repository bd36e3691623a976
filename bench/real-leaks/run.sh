#!/usr/bin/env bash
# The real-leak benchmark: resource leaks that open-source projects fixed, each as the file
# before and after the fix, taken from the projects' sources jars on Maven Central (manifest.tsv:
# artifact, the last version with the leak, the first with the fix, the file, the leaking method
# and the fix commit). Scans both versions with the Leakproof scanner and with PMD 7's
# CloseResource, and reports per engine:
#   detected      buggy versions with a finding inside the leaking method
#   false alarms  fixed versions with a finding inside the (fixed) method
# Files are scanned alone, without their projects' jars, as a user trying the tools would.
# Error Prone and SpotBugs are not run: they need each file to compile with its project.
#
#   bench/real-leaks/run.sh            every pair
#   bench/real-leaks/run.sh ID ...     the pairs named
#
# Output in target/bench/real-leaks/: results.tsv (one pair a line: id, then 1/0 per column),
# the extracted files (buggy/<id>/..., fixed/<id>/...), each engine's raw output, and the
# summary, also printed. Why Leakproof misses a pair is recorded by hand in notes.tsv.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

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

# One Maven run copies every sources jar (the same artifact may appear in several versions).
say "fetching the sources jars of ${#pairs[@]} pairs from Maven Central"
declare -A seen
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id ga buggy fixed _ <<<"$p"
  seen[$ga:$buggy]=1 seen[$ga:$fixed]=1
done
# The <artifactItem>s of every sources jar still wanted.
artifact_items() {
  local key ga v
  for key in "${!seen[@]}"; do
    ga="${key%:*}" v="${key##*:}"
    printf '<artifactItem><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>' "${ga%%:*}" "${ga#*:}" "$v"
    printf '<classifier>sources</classifier><destFileName>%s_%s-sources.jar</destFileName></artifactItem>' "${ga//:/_}" "$v"
  done
}
items="$(artifact_items)"
jars="$CACHE/real-leaks/jars"
mkdir -p "$jars" "$out/.pom"
: >"$out/unavailable.txt"
# One Maven run copies them all; Maven stops at the first jar Central does not have, so that one
# is listed as unavailable and the run is repeated without it (the jars before it are in the
# local repository by then). A pair with an unavailable jar is left out.
while :; do
  cat >"$out/.pom/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>leakproof-bench</groupId><artifactId>real-leaks</artifactId><version>1</version><packaging>pom</packaging>
<build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId>
<version>3.8.1</version><configuration><outputDirectory>$jars</outputDirectory><overWriteIfNewer>false</overWriteIfNewer>
<artifactItems>$items</artifactItems></configuration></plugin></plugins></build></project>
POM
  mvn_run -f "$out/.pom/pom.xml" dependency:copy >"$out/.pom/fetch.log" 2>&1 && break
  # "... could not be resolved: org.apache.tika:tika-app:jar:sources:3.2.0 (absent) ..."
  missing="$(grep -o 'could not be resolved: [^ ]*' "$out/.pom/fetch.log" | head -1 | awk '{ print $NF }')"
  [[ -n "$missing" ]] || { tail -20 "$out/.pom/fetch.log" >&2; die "could not fetch the sources jars (log: $out/.pom/fetch.log)"; }
  IFS=: read -r g a _ _ v <<<"$missing"
  say "Central has no $g:$a:$v sources jar"
  echo "$g:$a:$v" >>"$out/unavailable.txt"
  unset "seen[$g:$a:$v]"
  items="$(artifact_items)"
done

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

# A finding counts when its line lies in a range of the leaking method (any overload).
in_method() {
  awk -F'\t' 'FNR == NR { lo[$1] = lo[$1] " " $2; hi[$1] = hi[$1] " " $3; next }
    { n = split(lo[$1], l, " "); split(hi[$1], h, " ")
      for (i = 1; i <= n; i++) if ($2 >= l[i] && $2 <= h[i]) { print $1; break } }' \
    "$out/ranges.tsv" "$1" | sort -u
}
declare -A hit
for engine in leakproof pmd; do
  for side in buggy fixed; do
    while read -r key; do hit[$engine/$key]=1; done < <(in_method "$out/$engine-$side.lines")
  done
done
declare -A ranged
while IFS=$'\t' read -r key _; do ranged[$key]=1; done <"$out/ranges.tsv"

echo "id|artifact|method|leakproof buggy|leakproof fixed|pmd buggy|pmd fixed" >"$out/results.txt"
printf 'id\tleakproof_buggy\tleakproof_fixed\tpmd_buggy\tpmd_fixed\n' >"$out/results.tsv"
n=0 unranged=0 lb=0 lf=0 pb=0 pf=0
for p in "${pairs[@]}"; do
  IFS=$'\t' read -r id ga buggy fixed path method _ <<<"$p"
  n=$((n + 1))
  if [[ -z "${ranged[buggy/$id]:-}" || -z "${ranged[fixed/$id]:-}" ]]; then
    unranged=$((unranged + 1)); say "pair $id: method $method not found in both files"; continue
  fi
  a=${hit[leakproof/buggy/$id]:-0} b=${hit[leakproof/fixed/$id]:-0} c=${hit[pmd/buggy/$id]:-0} d=${hit[pmd/fixed/$id]:-0}
  lb=$((lb + a)) lf=$((lf + b)) pb=$((pb + c)) pf=$((pf + d))
  printf '%s\t%s\t%s\t%s\t%s\n' "$id" "$a" "$b" "$c" "$d" >>"$out/results.tsv"
  echo "$id|$ga:$buggy→$fixed|$method|$a|$b|$c|$d" >>"$out/results.txt"
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
    echo "Error Prone, SpotBugs|not run: the files do not compile alone|"
  } | print_table
} | tee "$out/summary.txt"
