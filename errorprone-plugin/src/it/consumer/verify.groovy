// The user sees the warning with its rule name and docs link, and the SARIF log holds exactly
// that one finding (the @SuppressWarnings method and the StringBuilder one stay silent).
// Names and links come from the catalog (Rule, on the module's test classpath), and the SARIF is
// validated against the official 2.1.0 schema (SarifSchema, from the checks test-jar).
import dev.leakproof.checks.catalog.Rule
import dev.leakproof.checks.sarif.SarifSchema

def rule = Rule.STRING_CONCAT_IN_LOOP
def log = new File(basedir, 'build.log').text
assert log.contains("[${rule.ruleName()}]") : "no ${rule.ruleName()} warning in build.log"
assert log.contains('Report.java:[9,') : 'the warning does not point at the += line'
assert log.contains(rule.docUrl()) : 'the warning has no docs link'
assert log.contains('BUILD SUCCESS')

def sarifFile = new File(basedir, 'target/leakproof-classes.sarif')
assert sarifFile.isFile() : "no SARIF at ${sarifFile}"
SarifSchema.assertValid(sarifFile.toPath())
def sarif = new groovy.json.JsonSlurper().parse(sarifFile)
def run = sarif.runs[0]
def sarifRule = run.tool.driver.rules.find { it.id == rule.ruleName() }
assert sarifRule != null : 'rule missing from tool.driver.rules'
assert sarifRule.helpUri == rule.docUrl()
assert run.results.size() == 1 : "want exactly one result, got ${run.results}"
def result = run.results[0]
assert result.ruleId == rule.ruleName()
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/main/java/consumer/Report.java'
assert location.region.startLine == 9
assert result.fixes[0].artifactChanges[0].replacements*.insertedContent.text
    .contains('report.append(line + "\\n")')
return true
