// leakproof:check ran in verify, reported the warning, wrote both reports, and passed.
import dev.leakproof.checks.catalog.Rule
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('--- leakproof:') && log.contains(':check (default) @ single-module ---')
assert log.contains("[WARNING] src/main/java/example/Report.java:7:7: warning: [${Rule.STRING_CONCAT_IN_LOOP.ruleName()}]")
assert log.contains("how to fix: ${Rule.STRING_CONCAT_IN_LOOP.docUrl()}")
assert log.contains('leakproof: 1 file scanned, 1 finding')
assert !log.contains('generated/Reader.java') : 'generated code is excluded'
assert log.contains('BUILD SUCCESS')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/leakproof.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'StringConcatInLoop'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/example/Report.java'
assert new File(basedir, 'target/leakproof.txt').text.contains('warning: [StringConcatInLoop]')
def html = new File(basedir, 'target/leakproof.html').text
assert html.contains('id="rule-StringConcatInLoop"')
assert html.contains('src/main/java/example/Report.java')
return true
