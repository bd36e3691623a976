# Running javac with Error Prone and the Leakproof plugin (sourced after common.sh).

# Sets EP_CP (Error Prone and its dependencies), LP_CP (the Leakproof plugin and the catalog it
# needs), EP_CHECKS (the -Xep names of the checks the plugin jar registers) and CATALOG_NAMES
# (every rule in the catalog, in catalog order).
ep_setup() {
  local plugin checks classes
  plugin="$(one_jar "$ROOT"/errorprone-plugin/target/leakproof-errorprone-*.jar)"
  checks="$(one_jar "$ROOT"/checks/target/leakproof-checks-*[0-9T].jar)"
  EP_CP="$(tool_cp errorprone)"
  LP_CP="$plugin:$checks"
  classes="$(unzip -p "$plugin" META-INF/services/com.google.errorprone.bugpatterns.BugChecker \
               | sed 's/#.*//' | tr -d ' \r' | grep . || true)"
  [[ -n "$classes" ]] || die "$plugin registers no BugChecker"
  # shellcheck disable=SC2086
  mapfile -t EP_CHECKS < <("$(java_home)/bin/java" -cp "$EP_CP:$LP_CP" \
      "$BENCH_DIR/lib/ErrorProneCheckNames.java" $classes)
  mapfile -t CATALOG_NAMES < <(catalog_rules | cut -f1)
}

# The .java files under $1 that javac should compile: module-info.java is left out so the
# library compiles in the unnamed module against plain class-path dependencies.
ep_sources() {
  find "$1" -name '*.java' ! -name module-info.java | sort
}

# javac with Error Prone + Leakproof on the processor path.
#   $1 work dir (gets classes/, sources.txt must be there)   $2 class path
#   $3 source root (SARIF paths are relative to it)   $4 the -Xplugin:ErrorProne options
#   $5 SARIF output file, or empty for none
ep_javac() {
  local work="$1" cp="$2" root="$3" ep="$4" sarif="$5" args="$1/javac.args"
  {
    # Error Prone needs javac's internals (https://errorprone.info/docs/installation).
    for p in api file main model parser processing tree util; do
      echo "-J--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED"
    done
    echo "-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED"
    echo "-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED"
  } >"$work/javac.jflags"
  {
    echo "-XDcompilePolicy=simple"
    echo "--should-stop=ifError=FLOW"
    echo "-processorpath"; echo "$EP_CP:$LP_CP"
    # Only plugins are wanted from the processor path; no annotation processing.
    echo "-proc:none"
    echo "\"-Xplugin:ErrorProne $ep\""
    [[ -n "$sarif" ]] && echo "\"-Xplugin:LeakproofSarif out=$sarif root=$root\""
    # javac stops printing after 100 warnings by default; we count them all.
    echo "-Xmaxwarns"; echo "1000000"
    echo "-Xlint:none"
    echo "-encoding"; echo "UTF-8"
    echo "-d"; echo "$work/classes"
    [[ -n "$cp" ]] && { echo "-cp"; echo "$cp"; }
    cat "$work/sources.txt"
  } >"$args"
  # -J options must be on the command line (javac does not read them from @files).
  mapfile -t jflags <"$work/javac.jflags"
  # EP_EXTRA_JFLAGS: more -J options for this javac (errorprone-profile.sh records with JFR).
  # shellcheck disable=SC2206
  [[ -n "${EP_EXTRA_JFLAGS:-}" ]] && jflags+=($EP_EXTRA_JFLAGS)
  "$(java_home)/bin/javac" "${jflags[@]}" "@$args"
}

# How many results for rule $2 the SARIF file $1 holds.
sarif_count() {
  { grep -o "\"ruleId\" *: *\"$2\"" "$1" || true; } | wc -l
}

# Lists the results of SARIF file $1, one a line: "Rule path:line message" (needs jq; without
# it, says so).
sarif_findings() {
  if ! command -v jq >/dev/null 2>&1; then echo "(install jq to list findings; the SARIF has them)"; return 0; fi
  jq -r '.runs[].results[]? | "\(.ruleId) \(.locations[0].physicalLocation.artifactLocation.uri):\(.locations[0].physicalLocation.region.startLine) \(.message.text | split("\n")[0])"' "$1"
}
