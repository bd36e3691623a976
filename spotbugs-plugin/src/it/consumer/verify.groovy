// SpotBugs 4.9.8 (spotbugs-maven-plugin's default) writes no SARIF fullDescription yet.
def shared = new File(basedir, '../../../src/it/sarif-assertions.groovy')
def binding = new Binding(basedir: basedir, requireFullDescription: false)
return new GroovyShell(this.class.classLoader, binding).evaluate(shared)
