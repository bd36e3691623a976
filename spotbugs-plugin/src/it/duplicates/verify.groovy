// Without a filter SpotBugs reports the leaks twice, once by its own detectors and once by
// Leakproof's; with exclude-duplicates.xml only Leakproof's remain, and none of them is lost.
import dev.leakproof.checks.catalog.Rule
import groovy.json.JsonSlurper

def typesIn = { String name ->
  def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, "target/${name}"))
  xml.BugInstance.collect { it.@type.text() }
}
def all = typesIn('spotbugsXml-all.xml')
def filtered = typesIn('spotbugsXml.xml')
// The filter as shipped in the plugin jar (target/classes is on this script's classpath).
def filterText = this.class.classLoader.getResource('dev/leakproof/spotbugs/exclude-duplicates.xml').text
def excluded = (filterText =~ /pattern="([A-Z_,]+)"/).collect { it[1].split(',') }.flatten() as Set
def leakproof = { List<String> types -> types.findAll { it.startsWith('LEAK_') }.sort() }

// The duplicates exist: SpotBugs' own resource and string detectors fire on Leaks.java.
assert all.contains('OS_OPEN_STREAM') : "no OS_OPEN_STREAM without the filter: ${all}"
assert all.contains('SBSC_USE_STRINGBUFFER_CONCATENATION') : "no SBSC without the filter: ${all}"
assert all.contains('OBL_UNSATISFIED_OBLIGATION') : "no OBL without the filter: ${all}"
[Rule.UNCLOSED_RESOURCE, Rule.STRING_CONCAT_IN_LOOP].each { rule ->
  assert all.contains(rule.spotBugsType()) : "Leakproof's ${rule.spotBugsType()} missing: ${all}"
}
// The filter removes exactly them, and keeps every Leakproof finding.
assert filtered.intersect(excluded).isEmpty() : "duplicates left: ${filtered.intersect(excluded)}"
assert leakproof(filtered) == leakproof(all)
assert filtered.size() < all.size()
assert (all - excluded).sort() == filtered.sort() : "the filter removed more than the duplicates"

// sarifFullPath: every result names its file relative to the Maven project (src/main/java/...),
// not to the source folder (example/Leaks.java) as without it; for a project at the repository
// root that is the path GitHub code scanning wants.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/spotbugsSarif.json'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert !uris.isEmpty()
assert uris.every { it == 'src/main/java/example/Leaks.java' } : "not project-relative: ${uris}"
println "SpotBugs without filter: ${all.countBy { it }}; with: ${filtered.countBy { it }}; SARIF uri ${uris[0]}"
return true
