// SpotBugs 4.9.8 (spotbugs-maven-plugin's default) writes no SARIF fullDescription yet. The pom is
// the README's snippet, with sarifFullPath: paths relative to the Maven project.
def shared = new File(basedir, '../../../src/it/sarif-assertions.groovy')
def binding = new Binding(basedir: basedir, requireFullDescription: false,
    expectedUri: 'src/main/java/example/Report.java')
return new GroovyShell(this.class.classLoader, binding).evaluate(shared)
