// The second build passed on the baselined finding, and its SARIF marks it unchanged.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('leakproof: 1 file scanned, 0 new findings (1 in the baseline not shown)')
def results = new JsonSlurper().parse(new File(basedir, 'target/leakproof.sarif')).runs[0].results
assert results.size() == 1
assert results[0].baselineState == 'unchanged'
assert new File(basedir, 'leakproof-baseline.sarif').isFile()
return true
