// One module of consumer/ compiled with Error Prone (bindings: module, its folder; sources, the
// folder of its consumer/*.java; log, its part of build.log). The user sees the warning with its
// rule name and docs link, and the SARIF log holds exactly that one finding in Report.java (the
// @SuppressWarnings method and the StringBuilder one stay silent), with its fix. Then every rule of the catalog, shown by the classes in consumer/leaks/.
// Names and links come from the catalog (Rule, on the module's test classpath), and the SARIF is
// validated against the official 2.1.0 schema (SarifSchema, from the checks test-jar).
import dev.leakproof.checks.catalog.Rule
import dev.leakproof.checks.sarif.SarifSchema

def rule = Rule.STRING_CONCAT_IN_LOOP
assert log.contains("[${rule.ruleName()}]") : "no ${rule.ruleName()} warning in build.log"
assert log.contains('Report.java:[9,') : 'the warning does not point at the += line'
assert log.contains(rule.docUrl()) : 'the warning has no docs link'

def sarifFile = new File(module, 'target/leakproof-classes.sarif')
assert sarifFile.isFile() : "no SARIF at ${sarifFile}"
SarifSchema.assertValid(sarifFile.toPath())
def sarif = new groovy.json.JsonSlurper().parse(sarifFile)
def run = sarif.runs[0]
def sarifRule = run.tool.driver.rules.find { it.id == rule.ruleName() }
assert sarifRule != null : 'rule missing from tool.driver.rules'
assert sarifRule.helpUri == rule.docUrl()
def reportResults = run.results.findAll {
  it.locations[0].physicalLocation.artifactLocation.uri.endsWith('/Report.java')
}
assert reportResults.size() == 1 : "want exactly one result in Report.java, got ${reportResults}"
def result = reportResults[0]
assert result.ruleId == rule.ruleName()
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri.endsWith('src/main/java/consumer/Report.java')
assert location.region.startLine == 9
assert result.fixes[0].artifactChanges[0].replacements*.insertedContent.text
    .contains('report.append(line + "\\n")')

// Every rule of the catalog: a warning at each line marked "// leak: RuleName" under
// src/main/java/consumer/, with the rule's docs link, and the same finding in the SARIF.
def sarifResults = new groovy.json.JsonSlurper()
    .parse(new File(module, 'target/leakproof-classes.sarif')).runs[0].results
Rule.values().each { shown ->
  def marked = []
  sources.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    file.readLines().eachWithIndex { line, i ->
      if (line.endsWith("// leak: ${shown.ruleName()}")) marked << [file: file.name, line: i + 1]
    }
  }
  assert !marked.isEmpty() : "no consumer class shows ${shown.ruleName()}"
  marked.each { m ->
    assert log =~ /${java.util.regex.Pattern.quote(m.file)}:\[${m.line},\d+\] \[${shown.ruleName()}\]/ :
        "no ${shown.ruleName()} warning at ${m.file}:${m.line}"
    assert sarifResults.any { r ->
      r.ruleId == shown.ruleName() &&
          r.locations[0].physicalLocation.artifactLocation.uri.endsWith('/' + m.file) &&
          r.locations[0].physicalLocation.region.startLine == m.line
    } : "no SARIF result for ${shown.ruleName()} at ${m.file}:${m.line}"
  }
  assert log.contains(shown.docUrl()) : "no docs link for ${shown.ruleName()} in build.log"
}
return true
