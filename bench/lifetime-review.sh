#!/usr/bin/env bash
# The lifetime review set of issue #11: the engines over libraries no earlier review used
# (undertow, jetty-server, maven-core, ant, freemarker, mybatis, eclipse-jface; widened with
# velocity, jgit, xstream, commons-net and spring-context at the third stop, logback, hikaricp and
# quartz at the eighth, wicket, httpclient and ehcache at the ninth; see libs.conf),
# for the five rules judged by lifetime: ThreadLocalNotRemoved, UnboundedStaticCache,
# ListenerLeak, OuterInstanceRetention, StringConcatInLoop. It lists every finding so that a
# person can read each one at its source and judge it (bench/lifetime-review.md holds the
# verdicts), and draws a reproducible sample of 20 per rule where there are more.
#
#   bench/lifetime-review.sh                  every library of the review set
#   bench/lifetime-review.sh ant freemarker   some of them (any library in bench/libs.conf; the
#                                             retention review's, for OuterInstanceRetention:
#                                             guava commons-io commons-lang3 jackson h2 log4j-core
#                                             netty tomcat commons-compress jfreechart flatlaf
#                                             swingx-core netty-transport tomcat-catalina)
#
# Engines: the source scanner over the sources jar (dependencies on the class path) and SpotBugs
# over the binary jars (the sources as its -sourcepath); Error Prone too where the library's sources compile from their runtime
# closure (LEAKPROOF_REVIEW_ERRORPRONE=1; most of this set needs more than that, so it is off by
# default). LEAKPROOF_REVIEW_SPOTBUGS=0 leaves SpotBugs out (minutes instead of an hour, for a
# change the corpus already holds SpotBugs to). Needs jq. Output in target/bench/lifetime-review/:
#   <library>/<engine>.tsv   file, line, rule, sentence (one finding a line)
#   findings.tsv             library, file, line, rule, engines, sentence: every finding once
#   sample.tsv               the findings to read: all of a rule's, or 20 drawn with a fixed seed
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$BENCH_DIR/lib/errorprone.sh"
source "$BENCH_DIR/lib/spotbugs.sh"

command -v jq >/dev/null 2>&1 || die "lifetime-review.sh needs jq (apt-get install jq) to read SARIF"

RULES=(ThreadLocalNotRemoved UnboundedStaticCache ListenerLeak OuterInstanceRetention StringConcatInLoop)
# LEAKPROOF_REVIEW_RULES=all adds UnclosedResource (a review of all six rules, e.g.
# bench/unseen-review.md); a comma-separated list picks rules.
case "${LEAKPROOF_REVIEW_RULES:-}" in
  "") ;;
  all) RULES=(UnclosedResource "${RULES[@]}") ;;
  *) IFS=',' read -ra RULES <<<"$LEAKPROOF_REVIEW_RULES" ;;
esac
SAMPLE=20
libs=("$@")
[[ ${#libs[@]} -gt 0 ]] || libs=(undertow jetty-server maven-core ant freemarker mybatis eclipse-jface
  velocity jgit xstream commons-net spring-context logback hikaricp quartz wicket httpclient ehcache)
out="$ROOT/target/bench/lifetime-review"
mkdir -p "$out"

with_ep="${LEAKPROOF_REVIEW_ERRORPRONE:-0}"
with_sb="${LEAKPROOF_REVIEW_SPOTBUGS:-1}"
if [[ $with_ep == 1 ]]; then build_module errorprone-plugin,spotbugs-plugin,scanner; ep_setup
else build_module spotbugs-plugin,scanner; fi
sb_setup
scanner_jar="$(one_jar "$ROOT/scanner/target/leakproof.jar")"
rules_csv="$(IFS=,; echo "${RULES[*]}")"
wanted() { grep -E $'\t('"$(IFS='|'; echo "${RULES[*]}")"$')\t' || true; }

engines=(scanner)
[[ $with_sb == 1 ]] && engines+=(spotbugs)
[[ $with_ep == 1 ]] && engines+=(errorprone)
for lib in "${libs[@]}"; do
  dir="$(lib_dir "$lib" sources)"
  work="$out/$lib"; rm -rf "$work"; mkdir -p "$work/classes"
  cp="$(lib_deps_cp "$dir")"

  say "$lib: scanner"
  "$(java_home)/bin/java" -jar "$scanner_jar" scan --format sarif --output "$work/scanner.sarif" \
      --rules "$rules_csv" --root "$dir/src" ${cp:+--classpath "$cp"} --fail-on none "$dir/src" \
      >"$work/scanner.log" 2>&1 || { tail -15 "$work/scanner.log" >&2; die "$lib: the scanner failed"; }
  sarif_tsv "$work/scanner.sarif" | wanted >"$work/scanner.tsv"

  if [[ $with_sb == 1 ]]; then
    say "$lib: SpotBugs"
    IFS=$'\t' read -r targets aux < <(sb_inputs "$lib")
    # With the sources, as a build gives SpotBugs its source folders: the plugin reads there a
    # class's header (generated code: JavaCC's parsers) and //noinspection comments.
    sb_run "$work/spotbugs.xml" with "$targets" "$aux" "$dir/src" \
      || { tail -15 "$work/spotbugs.xml.log" >&2; die "$lib: SpotBugs failed"; }
    spotbugs_tsv "$work/spotbugs.xml" | wanted >"$work/spotbugs.tsv"
  fi

  if [[ $with_ep == 1 ]]; then
    say "$lib: Error Prone"
    ep_sources "$dir/src" >"$work/sources.txt"
    flags="-XepDisableAllChecks"; for r in "${RULES[@]}"; do flags+=" -Xep:$r:WARN"; done
    if ep_javac "$work" "$cp" "$dir/src" "$flags" "$work/errorprone.sarif" >"$work/javac.log" 2>&1 \
        && [[ -f "$work/errorprone.sarif" ]]; then
      sarif_tsv "$work/errorprone.sarif" | wanted >"$work/errorprone.tsv"
    else
      say "$lib: its sources do not compile from the runtime closure; no Error Prone column"
      rm -f "$work/errorprone.tsv"
    fi
  fi
done

# Every (library, file, line, rule) once, with the engines that report it and the first sentence.
for lib in "${libs[@]}"; do
  for e in "${engines[@]}"; do
    # (an if, not &&: a last library without Error Prone's file must not fail the pipeline)
    if [[ -f "$out/$lib/$e.tsv" ]]; then
      awk -F'\t' -v l="$lib" -v e="$e" -v OFS='\t' '{ print l, $1, $2, $3, e, $4 }' "$out/$lib/$e.tsv"
    fi
  done
done | awk -F'\t' -v OFS='\t' '
  { k = $1 FS $2 FS $3 FS $4; if (!(k in eng)) { order[++n] = k; msg[k] = $6; eng[k] = $5 } else eng[k] = eng[k] "," $5 }
  END { for (i = 1; i <= n; i++) print order[i], eng[order[i]], msg[order[i]] }' \
  | sort -t$'\t' -k4,4 -k1,1 -k2,2 -k3,3n >"$out/findings.tsv"

# The reading sample: a rule's findings, or SAMPLE of them drawn with a fixed seed.
: >"$out/sample.tsv"
for r in "${RULES[@]}"; do
  awk -F'\t' -v r="$r" '$4 == r' "$out/findings.tsv" \
    | shuf -n "$SAMPLE" --random-source=<(openssl enc -aes-256-ctr -pass pass:"$r" -nosalt </dev/zero 2>/dev/null) \
    | sort -t$'\t' -k1,1 -k2,2 -k3,3n >>"$out/sample.tsv"
done

echo
echo "Lifetime review set ($(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$ROOT" rev-parse --short HEAD)): findings per rule (union of engines; per engine)"
{
  header="library"; for r in "${RULES[@]}"; do header+="|$r"; done; echo "$header"
  for lib in "${libs[@]}" total; do
    line="$lib"
    for r in "${RULES[@]}"; do
      cell="$(awk -F'\t' -v l="$lib" -v r="$r" '($1 == l || l == "total") && $4 == r' "$out/findings.tsv" | wc -l)"
      per=""
      for e in "${engines[@]}"; do
        n="$(awk -F'\t' -v l="$lib" -v r="$r" -v e="$e" '($1 == l || l == "total") && $4 == r && index("," $5 ",", "," e ",")' "$out/findings.tsv" | wc -l)"
        per+="${per:+ }${e:0:2} $n"
      done
      line+="|$cell ($per)"
    done
    echo "$line"
  done
} | print_table
echo
echo "Every finding: $out/findings.tsv; the sample to read ($SAMPLE per rule where more): $out/sample.tsv"
