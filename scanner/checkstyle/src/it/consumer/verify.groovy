// checkstyle:check failed the build for Leakproof's finding, and only for it.
import dev.leakproof.checks.catalog.Rule
import javax.xml.parsers.DocumentBuilderFactory

def rule = Rule.STRING_CONCAT_IN_LOOP
def log = new File(basedir, 'build.log').text
assert log.contains('You have 1 Checkstyle violation.') : 'expected exactly one violation'
assert log.contains("Report.java:[7,7] (extension) Leakproof: ${rule.ruleName()}: 's' grows on every iteration") : 'the finding is missing from the build log'

def report = DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(basedir, 'target/checkstyle-result.xml'))
def errors = report.getElementsByTagName('error')
assert errors.length == 1
def error = errors.item(0)
assert error.getAttribute('line') == '7'
assert error.getAttribute('column') == '7'
assert error.getAttribute('source') == 'dev.leakproof.checkstyle.LeakproofCheck'
assert error.getAttribute('message').startsWith(rule.ruleName() + ": 's' grows")
assert error.getAttribute('message').endsWith("(${rule.docUrl()})")
return true
