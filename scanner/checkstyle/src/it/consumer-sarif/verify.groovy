// Checkstyle's SARIF carries the adapter's own description and the finding's full message.
import dev.leakproof.checks.catalog.Rule

def sarif = new File(basedir, 'target/checkstyle.sarif').text
assert sarif.contains('"id": "dev.leakproof.checkstyle.LeakproofCheck"')
assert sarif.contains('Leakproof finds leak-prone Java code') : 'the metadata XML was not read'
assert !sarif.contains('No description available')
assert sarif.contains(Rule.STRING_CONCAT_IN_LOOP.ruleName() + ": 's' grows on every iteration")
return true
