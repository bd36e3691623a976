# Running SpotBugs 4.9.8 with and without the Leakproof plugin (sourced after common.sh).

# Sets SB_CP (SpotBugs and its dependencies), LP_SB_JAR (the plugin), SB_TYPES (the bug types
# the plugin jar registers, from its findbugs.xml), CATALOG_NAMES / CATALOG_TYPES (every
# catalog rule and its SpotBugs type, in catalog order) and SB_RULE_OF_TYPE (type -> rule).
sb_setup() {
  LP_SB_JAR="$(one_jar "$ROOT"/spotbugs-plugin/target/leakproof-spotbugs-*.jar)"
  SB_CP="$(tool_cp spotbugs)"
  mapfile -t SB_TYPES < <(unzip -p "$LP_SB_JAR" findbugs.xml \
      | grep -o '<BugPattern[^>]*type="[^"]*"' | sed 's/.*type="\([^"]*\)"/\1/')
  [[ ${#SB_TYPES[@]} -gt 0 ]] || die "$LP_SB_JAR declares no BugPattern"
  mapfile -t CATALOG_NAMES < <(catalog_rules | cut -f1)
  mapfile -t CATALOG_TYPES < <(catalog_rules | cut -f2)
  declare -gA SB_RULE_OF_TYPE
  local i
  for i in "${!CATALOG_TYPES[@]}"; do SB_RULE_OF_TYPE[${CATALOG_TYPES[$i]}]="${CATALOG_NAMES[$i]}"; done
}

# Prints "target jars<TAB>aux classpath" for the libraries given (their own jars are analysed,
# their dependencies are the aux class path).
sb_inputs() {
  local targets=() aux=() lib dir j
  for lib in "$@"; do
    dir="$(lib_dir "$lib")"
    while read -r j; do targets+=("$dir/lib/$j"); done <"$dir/own-jars.txt"
    j="$(lib_deps_cp "$dir")"; [[ -n "$j" ]] && aux+=("$j")
  done
  printf '%s\t%s\n' "$(IFS=:; echo "${targets[*]}")" "$(IFS=:; echo "${aux[*]:-}")"
}

# Runs SpotBugs (default effort, low threshold so every finding is written) in a fresh JVM.
#   $1 XML report file   $2 "with" or "without" the plugin   $3 target jars (':'-joined)
#   $4 aux class path (may be empty)   $5 source path (optional: detectors may read the sources,
#   as they do for generated-code headers)
# The array SB_EXTRA_ARGS, when set, adds options (e.g. -visitors to run only some detectors).
# stdout/stderr go to the report file with .log appended. Returns SpotBugs' exit status.
sb_run() {
  local xml="$1" plugin="$2" targets="$3" aux="$4" sources="${5:-}" args=()
  [[ "$plugin" == with ]] && args+=(-pluginList "$LP_SB_JAR")
  [[ -n "${SB_EXTRA_ARGS[*]:-}" ]] && args+=("${SB_EXTRA_ARGS[@]}")
  [[ -n "$aux" ]] && args+=(-auxclasspath "$aux")
  [[ -n "$sources" ]] && args+=(-sourcepath "$sources")
  IFS=: read -ra jars <<<"$targets"
  # shellcheck disable=SC2086
  "$(java_home)/bin/java" ${LEAKPROOF_BENCH_SPOTBUGS_JVM:--Xmx3g} -cp "$SB_CP" \
      edu.umd.cs.findbugs.FindBugs2 -effort:default -low -noClassOk \
      "${args[@]}" -xml:withMessages="$xml" "${jars[@]}" >"$xml.log" 2>&1
}

# Findings of bug type $2 in report $1: "<medium-or-higher> <low>".
sb_count() {
  awk -v t="$2" '
    /<BugInstance / && index($0, "type=\"" t "\"") {
      if (match($0, /priority="[0-9]+"/)) { p = substr($0, RSTART + 10, RLENGTH - 11) + 0 }
      if (p >= 3) low++; else hi++ }
    END { print hi + 0, low + 0 }' "$1"
}

# Analysis errors in report $1: "<mentioning Leakproof> <others> <missing classes>".
sb_errors() {
  awk 'BEGIN { RS = "</AnalysisError>" }
    { missing += gsub(/<MissingClass>/, "&") }
    /<AnalysisError>/ { s = substr($0, index($0, "<AnalysisError>"));
      if (s ~ /[Ll]eakproof/) ours++; else others++ }
    END { print ours + 0, others + 0, missing + 0 }' "$1"
}

# Lists the Leakproof findings of report $1, one a line: "TYPE path/File.java:LINE message".
sb_findings() {
  awk '
    function attr(name,   r) { if (match($0, name "=\"[^\"]*\"")) { r = substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3); return r } return "" }
    /<BugInstance / { inb = ($0 ~ /type="LEAK_/); if (inb) { type = attr("type"); line = ""; fallback = ""; msg = "" } next }
    !inb { next }
    /<LongMessage>/ { msg = $0; sub(/.*<LongMessage>/, "", msg); sub(/<\/LongMessage>.*/, "", msg)
      # the XML escapes of the message text; &amp; last, so "&amp;lt;" stays "&lt;"
      gsub(/&apos;/, "\047", msg); gsub(/&quot;/, "\"", msg); gsub(/&lt;/, "<", msg)
      gsub(/&gt;/, ">", msg); gsub(/&amp;/, "\\&", msg) }
    /^    <SourceLine / && /primary="true"/ { line = attr("sourcepath") ":" attr("start") }
    /<SourceLine / && fallback == "" { fallback = attr("sourcepath") ":" attr("start") }
    /<\/BugInstance>/ { print type, (line != "" ? line : fallback), msg; inb = 0 }' "$1"
}

# "file<TAB>line<TAB>rule<TAB>sentence" for every Leakproof finding of SpotBugs report $1, as
# sarif_tsv gives them for the other engines: SpotBugs reports a bug type where the others report
# a rule name (the catalog maps one to the other), and its <SourceLine sourcepath> is relative to
# the package root, as a sources jar is.
spotbugs_tsv() {
  local type loc msg
  sb_findings "$1" | while read -r type loc msg; do
    printf '%s\t%s\t%s\t%s\n' "${loc%:*}" "${loc##*:}" "${SB_RULE_OF_TYPE[$type]:-$type}" "$msg"
  done | sort -u
}
