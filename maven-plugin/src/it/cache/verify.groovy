// The second build reused the first build's cache in target/ and reported the same finding.
import groovy.json.JsonSlurper

def cache = new File(basedir, 'target/leakproof.cache')
def log = new File(basedir, 'build.log').text
assert cache.isFile() && cache.length() > 0
assert log.contains("leakproof: 2 of 2 files' results still hold in the scan cache ")
assert log.contains("leakproof.cache; analysing 0")
assert log.contains('leakproof: 2 files scanned, 1 finding')
def results = new JsonSlurper().parse(new File(basedir, 'target/leakproof.sarif')).runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'StringConcatInLoop'
return true
