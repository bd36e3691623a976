#!/usr/bin/env bash
# Compares two builds of the Leakproof SpotBugs plugin on the bench libraries: runs SpotBugs 4.9.8
# with each jar over each library's binary jars (default effort, low threshold, the library's
# dependencies as aux class path and its sources as source path, as lifetime-review.sh does) and
# prints per library both jars' finding counts and every (file, line, rule) that only one of them
# reports, with its sentence; findings both report under different sentences are listed apart.
#
#   bench/spotbugs-diff.sh -o OLD.jar                 every library in bench/libs.conf
#   bench/spotbugs-diff.sh -o OLD.jar h2 ant          some of them
#
#   -o JAR   the plugin jar to compare against (required). To build one of an older commit:
#              git worktree add /tmp/lp-old <commit>
#              (cd /tmp/lp-old && ./build -B -q -pl spotbugs-plugin -am package -DskipTests -Dinvoker.skip)
#              cp /tmp/lp-old/spotbugs-plugin/target/leakproof-spotbugs-*[T].jar /tmp/old.jar
#              git worktree remove --force /tmp/lp-old
#   -n JAR   the other jar (default: this tree's spotbugs-plugin jar, built first unless
#            LEAKPROOF_BENCH_NO_BUILD=1)
#   -a       run every SpotBugs detector beside the plugin's (default: only the plugin's own
#            detectors, SpotBugs' -visitors; they build their own graphs and ask no other
#            detector, so their findings are the same and a run takes a fraction of the time)
#
# A finding is a distinct (file, line, rule): SpotBugs' primary SourceLine (path relative to the
# package root) and the catalog rule of the bug type. Counts are distinct findings at any
# priority. Reports go to target/bench/spotbugs-diff/<library>/{old,new}.xml (SpotBugs XML with
# messages) and {old,new}.tsv (file, line, rule, sentence); only-old.tsv, only-new.tsv and
# reworded.tsv hold the differences; the printed report is also report.txt. Exit status 0 whether
# or not the jars differ; non-zero when SpotBugs could not run. LEAKPROOF_DIFF_REUSE=1 compares
# the reports of the last run again without running SpotBugs.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$BENCH_DIR/lib/spotbugs.sh"

old_jar="" new_jar="" all_detectors=0 libs=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -o) old_jar="$2"; shift 2 ;;
    -n) new_jar="$2"; shift 2 ;;
    -a) all_detectors=1; shift ;;
    -h|--help) sed -n '2,/^[^#]/{/^#/s/^# \{0,1\}//p}' "$0"; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) libs+=("$1"); shift ;;
  esac
done
[[ -n "$old_jar" ]] || die "-o OLD.jar is required (see --help)"
[[ -f "$old_jar" ]] || die "no such jar: $old_jar"
[[ ${#libs[@]} -gt 0 ]] || mapfile -t libs < <(all_libs)
out="$ROOT/target/bench/spotbugs-diff"
mkdir -p "$out"
reuse="${LEAKPROOF_DIFF_REUSE:-}"

[[ "$reuse" == 1 ]] || [[ -n "$new_jar" ]] || build_module spotbugs-plugin
sb_setup   # SpotBugs' class path, the catalog's rule of each bug type
[[ -n "$new_jar" ]] || new_jar="$LP_SB_JAR"
[[ -f "$new_jar" ]] || die "no such jar: $new_jar"
declare -A jar_of=([old]="$(cd "$(dirname "$old_jar")" && pwd)/$(basename "$old_jar")"
                   [new]="$(cd "$(dirname "$new_jar")" && pwd)/$(basename "$new_jar")")

# The plugin's detectors (short class names, as -visitors wants them), from the jar's findbugs.xml.
detectors_of() {
  unzip -p "$1" findbugs.xml | grep -o '<Detector [^>]*class="[^"]*"' \
    | sed 's/.*class="\([^"]*\)"/\1/; s/.*\.//' | paste -sd, -
}

# "file<TAB>line<TAB>rule" keys of a findings TSV.
keys() { cut -f1-3 "$1" | sort -u; }
# The lines of findings TSV $2 whose key is in keys file $1.
with_keys() { awk -F'\t' 'NR == FNR { k[$0]; next } ($1 FS $2 FS $3) in k' "$1" "$2"; }

summary="library|classes|old findings|new findings|only old|only new|reworded|Leakproof errors old/new|seconds old/new"
for lib in "${libs[@]}"; do
  work="$out/$lib"
  if [[ "$reuse" != 1 ]]; then
    dir="$(lib_dir "$lib" sources)"
    IFS=$'\t' read -r targets aux < <(sb_inputs "$lib")
    rm -rf "$work"; mkdir -p "$work"
    classes=0
    IFS=: read -ra jars <<<"$targets"
    for j in "${jars[@]}"; do classes=$((classes + $(unzip -l "$j" | grep -c '\.class$' || true))); done
    echo "$classes" >"$work/classes"
    for side in old new; do
      LP_SB_JAR="${jar_of[$side]}"
      SB_EXTRA_ARGS=()
      [[ $all_detectors == 1 ]] || SB_EXTRA_ARGS=(-visitors "$(detectors_of "$LP_SB_JAR")")
      say "$lib: SpotBugs with the $side jar over $classes classes"
      start=$(now)
      status=0
      sb_run "$work/$side.xml" with "$targets" "$aux" "$dir/src" || status=$?
      elapsed "$start" >"$work/$side.seconds"
      [[ $status -eq 0 && -s "$work/$side.xml" ]] \
        || { tail -15 "$work/$side.xml.log" >&2; die "$lib: SpotBugs with the $side jar failed ($status)"; }
    done
  fi
  for side in old new; do spotbugs_tsv "$work/$side.xml" >"$work/$side.tsv"; done
  comm -23 <(keys "$work/old.tsv") <(keys "$work/new.tsv") >"$work/only-old.keys"
  comm -13 <(keys "$work/old.tsv") <(keys "$work/new.tsv") >"$work/only-new.keys"
  with_keys "$work/only-old.keys" "$work/old.tsv" >"$work/only-old.tsv"
  with_keys "$work/only-new.keys" "$work/new.tsv" >"$work/only-new.tsv"
  # Same (file, line, rule) on both sides, but not the same sentences.
  comm -12 <(keys "$work/old.tsv") <(keys "$work/new.tsv") | while IFS=$'\t' read -r f l r; do
    a="$(awk -F'\t' -v f="$f" -v l="$l" -v r="$r" '$1 == f && $2 == l && $3 == r { print $4 }' "$work/old.tsv")"
    b="$(awk -F'\t' -v f="$f" -v l="$l" -v r="$r" '$1 == f && $2 == l && $3 == r { print $4 }' "$work/new.tsv")"
    [[ "$a" == "$b" ]] || printf '%s\t%s\t%s\told: %s\tnew: %s\n' "$f" "$l" "$r" "${a//$'\n'/ / }" "${b//$'\n'/ / }"
  done >"$work/reworded.tsv"
  read -r ours_old _ _ < <(sb_errors "$work/old.xml")
  read -r ours_new _ _ < <(sb_errors "$work/new.xml")
  summary+=$'\n'"$lib|$(cat "$work/classes")|$(keys "$work/old.tsv" | wc -l)|$(keys "$work/new.tsv" | wc -l)"
  summary+="|$(wc -l <"$work/only-old.keys")|$(wc -l <"$work/only-new.keys")|$(wc -l <"$work/reworded.tsv")"
  summary+="|$ours_old/$ours_new|$(cat "$work/old.seconds")/$(cat "$work/new.seconds")"
done

{
  echo "SpotBugs 4.9.8 + Leakproof: old ${jar_of[old]} vs new ${jar_of[new]}"
  echo "($(date -u '+%Y-%m-%d %H:%M UTC'); $( [[ $all_detectors == 1 ]] && echo "all detectors" || echo "only the plugin's detectors"); $(machine_note))"
  echo
  print_table <<<"$summary"
  for lib in "${libs[@]}"; do
    work="$out/$lib"
    [[ -s "$work/only-old.tsv" || -s "$work/only-new.tsv" || -s "$work/reworded.tsv" ]] || continue
    echo
    echo "## $lib"
    [[ -s "$work/only-old.tsv" ]] && { echo "only old (gone):"; sed 's/^/  /' "$work/only-old.tsv"; }
    [[ -s "$work/only-new.tsv" ]] && { echo "only new:"; sed 's/^/  /' "$work/only-new.tsv"; }
    [[ -s "$work/reworded.tsv" ]] && { echo "same finding, other sentence:"; sed 's/^/  /' "$work/reworded.tsv"; }
  done
} | tee "$out/report.txt"
