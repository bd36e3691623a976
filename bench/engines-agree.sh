#!/usr/bin/env bash
# Runs the three Leakproof engines over the same real libraries and prints where they disagree:
# every (file, line, rule) that not all three report, and every finding that all three report
# with different sentences. The engines are the Error Prone plugin (javac + Error Prone 2.50.0
# over the library's sources, as errorprone-real-code.sh), the SpotBugs plugin (SpotBugs 4.9.8
# over the library's jar, as spotbugs-real-jars.sh) and the source scanner (scanner jar over the
# same sources).
#
#   bench/engines-agree.sh                  guava, commons-io, commons-lang3, commons-net, ant, jgit: every
#                                           library in libs.conf whose sources compile from its runtime
#                                           closure alone (the others need optional or provided
#                                           dependencies: javax.annotation, commons-io, servlet, …)
#   bench/engines-agree.sh commons-io       any library in bench/libs.conf whose sources compile
#
# Needs jq. Each engine's findings become one line "file<TAB>line<TAB>rule<TAB>sentence" in
# target/bench/engines-agree/<library>/<engine>.tsv; the report is printed and written to
# target/bench/engines-agree/report.txt. The exit status is 0 whether or not the engines agree
# (the report is the result); it is non-zero only when an engine could not run.
#
# A difference an engine cannot avoid (it cannot see the code or the type that decides) is listed
# with its reason in bench/engines-agree-explained.tsv and printed apart from the unexplained
# ones. LEAKPROOF_AGREE_REUSE=1 compares the findings of the last run again without running
# the engines (for editing that file).
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$BENCH_DIR/lib/errorprone.sh"
source "$BENCH_DIR/lib/spotbugs.sh"

command -v jq >/dev/null 2>&1 || die "engines-agree.sh needs jq (apt-get install jq) to read SARIF"

libs=("$@")
[[ ${#libs[@]} -gt 0 ]] || libs=(guava commons-io commons-lang3 commons-net ant jgit)
out="$ROOT/target/bench/engines-agree"
mkdir -p "$out"

reuse="${LEAKPROOF_AGREE_REUSE:-}"
if [[ "$reuse" != 1 ]]; then
  build_module errorprone-plugin,spotbugs-plugin,scanner
  ep_setup
  sb_setup
  scanner_jar="$(one_jar "$ROOT/scanner/target/leakproof.jar")"
fi

ep_flags="-XepDisableAllChecks"
for check in "${EP_CHECKS[@]}"; do ep_flags+=" -Xep:$check:WARN"; done

engines=(errorprone spotbugs scanner)
for lib in "${libs[@]}"; do
  [[ "$reuse" == 1 ]] && continue
  dir="$(lib_dir "$lib" sources)"
  work="$out/$lib"; rm -rf "$work"; mkdir -p "$work/classes"

  say "$lib: Error Prone"
  ep_sources "$dir/src" >"$work/sources.txt"
  status=0
  ep_javac "$work" "$(lib_deps_cp "$dir")" "$dir/src" "$ep_flags" "$work/errorprone.sarif" \
    >"$work/javac.log" 2>&1 || status=$?
  [[ $status -eq 0 && -f "$work/errorprone.sarif" ]] \
    || { tail -15 "$work/javac.log" >&2; die "$lib: javac failed ($status); its sources do not compile here, so the engines cannot be compared on it"; }
  sarif_tsv "$work/errorprone.sarif" >"$work/errorprone.tsv"

  say "$lib: SpotBugs"
  IFS=$'\t' read -r targets aux < <(sb_inputs "$lib")
  sb_run "$work/spotbugs.xml" with "$targets" "$aux" \
    || { tail -15 "$work/spotbugs.xml.log" >&2; die "$lib: SpotBugs failed"; }
  spotbugs_tsv "$work/spotbugs.xml" >"$work/spotbugs.tsv"

  say "$lib: scanner"
  cp="$(lib_deps_cp "$dir")"
  "$(java_home)/bin/java" -jar "$scanner_jar" scan --format sarif --output "$work/scanner.sarif" \
      --root "$dir/src" ${cp:+--classpath "$cp"} --fail-on none "$dir/src" >"$work/scanner.log" 2>&1 \
    || { tail -15 "$work/scanner.log" >&2; die "$lib: the scanner failed"; }
  sarif_tsv "$work/scanner.sarif" >"$work/scanner.tsv"
done

# Joins every library's findings by (file, line, rule) and prints the disagreements, each under
# "explained" when bench/engines-agree-explained.tsv gives its reason (for the same set of
# reporting engines; an explanation whose engines no longer match, or that matches nothing, is
# printed as stale so the file cannot drift), else under "unexplained".
compare() {
  local lib e
  for lib in "${libs[@]}"; do
    for e in "${engines[@]}"; do
      awk -F'\t' -v OFS='\t' -v lib="$lib" -v e="$e" '{ print lib, e, $1, $2, $3, $4 }' "$out/$lib/$e.tsv"
    done
  done | awk -F'\t' -v engines="${engines[*]}" -v libs=" ${libs[*]} " '
    BEGIN { n = split(engines, E, " ") }
    # The explanations: where (library/file:line), rule, reported by, reason, known-gaps case.
    FNR == NR {
      if ($0 ~ /^#/ || NF < 4) next
      split($1, wl, "/"); if (index(libs, " " wl[1] " ") == 0) next
      why[$1 "\t" $2] = $4; whyBy[$1 "\t" $2] = $3; whyCase[$1 "\t" $2] = $5; whyOrder[++w] = $1 "\t" $2
      next
    }
    { key = $1 "/" $3 ":" $4 "\t" $5; if (!(key in seen)) { order[++k] = key; seen[key] = 1 }
      has[key, $2] = 1; said[key, $2] = $6; rule[key] = $5; total[$5]++ }
    function explain(key, by, text,    reason) {
      if (!(key in why)) { unexplained++; return text }
      if (whyBy[key] != by) { unexplained++; stale[key] = "reported by " by ", explained for " whyBy[key]; return text }
      used[key] = 1; explained++
      reason = "\n      explained: " why[key] (whyCase[key] != "" && whyCase[key] != "-" ? " (known gap: " whyCase[key] ")" : "")
      return text reason
    }
    END {
      for (i = 1; i <= k; i++) {
        key = order[i]; r = rule[key]; rules[r] = 1; found = ""; missing = ""; count = 0
        for (j = 1; j <= n; j++) if ((key, E[j]) in has) { found = found " " E[j]; count++ } else missing = missing " " E[j]
        split(key, kf, "\t")
        if (count < n) {
          notAll[r]++; text = sprintf("%s  %s  reported by:%s  not by:%s", kf[2], kf[1], found, missing)
          before = unexplained; text = explain(key, substr(found, 2), text)
          if (unexplained > before) only[++a] = text; else onlyExplained[++ae] = text
        } else {
          all[r]++; same = 1
          for (j = 2; j <= n; j++) if (said[key, E[j]] != said[key, E[1]]) same = 0
          if (!same) { differ[r]++; d = sprintf("%s  %s", kf[2], kf[1])
            for (j = 1; j <= n; j++) d = d sprintf("\n    %-10s %s", E[j], said[key, E[j]])
            before = unexplained; d = explain(key, "sentence", d)
            if (unexplained > before) words[++b] = d; else wordsExplained[++be] = d }
        }
      }
      print "rule|findings (file, line) by any engine|by all three|not by all|all three, sentences differ"; fflush()
      for (r in rules) print r "|" (notAll[r] + all[r]) "|" (all[r] + 0) "|" (notAll[r] + 0) "|" (differ[r] + 0) | "sort"
      close("sort")
      print "--"
      printf "%d differences, %d explained, %d unexplained\n", explained + unexplained, explained + 0, unexplained + 0
      print ""
      print "Not reported by every engine, unexplained (" a + 0 "):"
      for (i = 1; i <= a; i++) print "  " only[i]
      print "Reported by every engine with different sentences, unexplained (" b + 0 "):"
      for (i = 1; i <= b; i++) print "  " words[i]
      print ""
      print "Not reported by every engine, explained (" ae + 0 "):"
      for (i = 1; i <= ae; i++) print "  " onlyExplained[i]
      print "Reported by every engine with different sentences, explained (" be + 0 "):"
      for (i = 1; i <= be; i++) print "  " wordsExplained[i]
      for (i = 1; i <= w; i++) if (!(whyOrder[i] in used)) {
        if (!stales++) print "\nStale explanations in bench/engines-agree-explained.tsv (fix or drop them):"
        key = whyOrder[i]; split(key, kf, "\t")
        print "  " kf[2] "  " kf[1] "  " (key in stale ? stale[key] : "no longer a difference")
      }
    }' "$BENCH_DIR/engines-agree-explained.tsv" -
}

{
  echo "Leakproof engines on the same code: Error Prone (sources), SpotBugs (jar), scanner (sources)"
  echo "libraries: ${libs[*]} ($(date -u '+%Y-%m-%d %H:%M UTC'); $(machine_note))"
  echo
  compare >"$out/compare.txt"
  sed '/^--$/,$d' "$out/compare.txt" | print_table
  echo
  sed '1,/^--$/d' "$out/compare.txt"
  echo
  echo "Per engine and library: $out/<library>/<engine>.tsv (file, line, rule, sentence)"
} | tee "$out/report.txt"
