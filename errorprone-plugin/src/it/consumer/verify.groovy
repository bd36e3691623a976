// The user sees the warning with its rule name and docs link, and the SARIF log holds exactly
// that one finding (the @SuppressWarnings method and the StringBuilder one stay silent).
def log = new File(basedir, 'build.log').text
assert log.contains('[StringConcatInLoop]') : 'no StringConcatInLoop warning in build.log'
assert log.contains('Report.java:[9,') : 'the warning does not point at the += line'
assert log.contains('/docs/rules/StringConcatInLoop.md') : 'the warning has no docs link'
assert log.contains('BUILD SUCCESS')

def sarifFile = new File(basedir, 'target/leakproof-classes.sarif')
assert sarifFile.isFile() : "no SARIF at ${sarifFile}"
def sarif = new groovy.json.JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
def rule = run.tool.driver.rules.find { it.id == 'StringConcatInLoop' }
assert rule != null : 'rule missing from tool.driver.rules'
assert rule.helpUri.endsWith('/docs/rules/StringConcatInLoop.md')
assert run.results.size() == 1 : "want exactly one result, got ${run.results}"
def result = run.results[0]
assert result.ruleId == 'StringConcatInLoop'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/main/java/consumer/Report.java'
assert location.region.startLine == 9
assert result.fixes[0].artifactChanges[0].replacements*.insertedContent.text
    .contains('report.append(line + "\\n")')
return true
