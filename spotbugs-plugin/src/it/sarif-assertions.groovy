// Shared by the consumers' verify.groovy: the build failed on the Leakproof finding and the SARIF
// describes it. Every expected name, text and link comes from the catalog (Rule, on the plugin
// module's test classpath), never from this script.
import dev.leakproof.checks.catalog.Rule
import dev.leakproof.checks.model.concat.ConcatModel
import dev.leakproof.checks.model.concat.LoopCarriedString
import dev.leakproof.checks.sarif.SarifSchema
import groovy.json.JsonSlurper

def rule = Rule.STRING_CONCAT_IN_LOOP
def type = rule.spotBugsType()

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'spotbugs:check must fail the build'
assert log.contains(type) : "the build log must name ${type}"

def sarifFile = new File(basedir, 'target/spotbugsSarif.json')
assert sarifFile.isFile() : "no SARIF at ${sarifFile}"
SarifSchema.assertValid(sarifFile.toPath())
def run = new JsonSlurper().parse(sarifFile).runs[0]

def leakproof = run.tool.extensions.find { it.name == 'dev.leakproof.spotbugs' }
assert leakproof != null : "the plugin must be listed in tool.extensions: ${run.tool.extensions*.name}"
assert leakproof.informationUri == Rule.Links.INDEX

def sarifRule = run.tool.driver.rules.find { it.id == type }
assert sarifRule != null : "no SARIF rule ${type} among ${run.tool.driver.rules*.id}"
assert sarifRule.helpUri == Rule.Links.INDEX + '#' + type
assert sarifRule.shortDescription.text == rule.summary() + '.'
if (requireFullDescription) {
  assert sarifRule.fullDescription != null : 'this SpotBugs writes fullDescription from <Details>'
}
if (sarifRule.fullDescription != null) {
  // <Details> is the rule's docs page, whose summary block quotes the catalog summary; SpotBugs
  // wraps the plain text at 80 columns.
  assert sarifRule.fullDescription.text.replaceAll(/\s+/, ' ').contains(rule.summary())
}

def source = new File(basedir, '../consumer/src/main/java/example/Report.java').readLines()
def expectedLine = source.findIndexOf { it.contains('// the finding') } + 1
def results = run.results.findAll { it.ruleId == type }
assert results.size() == 1 : "want one ${type} result, got ${results}"
def location = results[0].locations[0].physicalLocation
assert location.artifactLocation.uri == expectedUri
assert location.region.startLine == expectedLine

// The result carries the finding's own sentence, not only the summary: SpotBugs writes the
// summary as message.text and the bug's message annotations as message.arguments, which the
// rule's messageStrings (messages.xml's LongDescription, the sentence) format. The sentence is
// the model's for Report.java's facts: 'report' extended with += across a for-each loop.
def facts = [extendsItself: { true }, isOwnStringVariable: { true },
    carriedAcrossIterations: { true }, loopTestReadsIt: { false },
    readWholeOnEveryIteration: { false }, fixedIterations: { OptionalLong.empty() },
    builtOnlyOnFailure: { false }, boundedByStructure: { false }, variable: { 'report' }] as LoopCarriedString
def sentence = ConcatModel.judge(facts).orElseThrow()
def message = results[0].message
assert message.arguments?.contains(sentence) :
    "the result's message must carry the sentence \"${sentence}\": ${message}"
def template = sarifRule.messageStrings?.get(message.id)?.text
assert template != null : "no messageStrings '${message.id}' for ${type}: ${sarifRule.messageStrings}"
def shown = template.replaceAll(/\{(\d+)\}/) { all, n -> message.arguments[n as int] }
assert shown.contains(sentence) : "the result's message renders as \"${shown}\", not the sentence"
println "SARIF ok: ${type} at line ${expectedLine}, message \"${shown}\", helpUri ${sarifRule.helpUri}," +
    " fullDescription ${sarifRule.fullDescription != null ? 'present' : 'absent'}"
return true
