// SpotBugs 4.10+ writes SARIF fullDescription from messages.xml <Details>.
def shared = new File(basedir, '../../../src/it/sarif-assertions.groovy')
def binding = new Binding(basedir: basedir, requireFullDescription: true,
    expectedUri: 'example/Report.java')
return new GroovyShell(this.class.classLoader, binding).evaluate(shared)
