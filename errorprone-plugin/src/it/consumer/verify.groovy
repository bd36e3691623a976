// Each module's part of build.log (Maven prints "Building <artifactId> <version>" before it).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def sections = [:]
def current = null
log.eachLine { line ->
  def header = line =~ /^\[INFO\] Building (\S+) 1\.0-SNAPSHOT/
  if (header.find()) current = header.group(1)
  else if (current != null) sections[current] = (sections[current] ?: '') + line + '\n'
}

// errorprone-2.52 (the README's configuration as it is) and errorprone-2.50 (the same sources on
// Error Prone 2.50.0): every rule's warning, link and SARIF result.
def shared = new File(basedir, '../../../src/it/errorprone-consumer-assertions.groovy')
def sources = new File(basedir, 'errorprone-2.52/src/main/java/consumer')
['errorprone-2.52', 'errorprone-2.50'].each { name ->
  assert sections[name] : "no section for ${name} in build.log"
  def binding = new Binding(module: new File(basedir, name), sources: sources, log: sections[name])
  new GroovyShell(this.class.classLoader, binding).evaluate(shared)
}
// root= is the module itself, so its SARIF paths are the module-relative ones ...
def sarif = new groovy.json.JsonSlurper()
    .parse(new File(basedir, 'errorprone-2.52/target/leakproof-classes.sarif'))
assert sarif.runs[0].results.any {
  it.locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/consumer/Report.java'
}
// ... and the versions are the ones each module asks for.
assert new File(basedir, 'pom.xml').text.contains('<errorprone.version>2.52.0</errorprone.version>')
assert new File(basedir, 'errorprone-2.50/pom.xml').text.contains('<errorprone.version>2.50.0</errorprone.version>')

// patch: -XepPatchChecks rewrote the sources in place with Leakproof's fixes.
def patched = new File(basedir, 'patch/src/main/java/consumer/Lines.java').text
def expected = new File(basedir, 'patch/expected/consumer/Lines.java').text
assert patched == expected : "patched source differs from the expected one:\n${patched}"
return true
