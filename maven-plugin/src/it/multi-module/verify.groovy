// Each module was scanned on its own, with its class path: app's finding needs lib's jar.
// The log shows paths relative to where mvn ran; SARIF paths are relative to the module.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Leakproof found leaks in app')
assert log.contains('[WARNING] app/src/main/java/app/Report.java:6:7: warning: [StringConcatInLoop]')

def results = { module -> new JsonSlurper().parse(new File(basedir, "${module}/target/leakproof.sarif")).runs[0].results }
assert results('lib').isEmpty()
def app = results('app')
assert app.size() == 1
assert app[0].ruleId == 'StringConcatInLoop'
assert app[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/app/Report.java'
assert log.contains("leakproof: note: --exclude '**/generated/**' matched no file")
assert !log.contains('generated/Gen.java')
// The parent has no sources: nothing to scan, no report.
assert log.contains('Leakproof: no Java source folder in multi-module; nothing to scan')
return true
