package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.testcases.Conformance;
import dev.leakproof.testcases.Corpus;
import dev.leakproof.testcases.Expectation;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What only SpotBugs has to see: the corpus's {@code cases/concat} family as bytecode compiled
 * other ways than the conformance test compiles it (no local variable table; ecj's loop shape),
 * and the bug's type, priority and rank. What the rule reports is the corpus, run by
 * {@code CorpusConformanceTest}.
 */
@ExtendWith(SpotBugsExtension.class)
class StringConcatInLoopDetectorTest {
  @ParameterizedTest(name = "release {0}, no local variable table")
  @ValueSource(ints = {8, 17})
  void reportsTheCorpusLinesWithoutTheLocalVariableTable(int release, SpotBugsRunner spotbugs) {
    CorpusFamilyWithoutLocalVariableTable.assertReportsTheMarkedLines(spotbugs, "concat",
        Rule.STRING_CONCAT_IN_LOOP, release);
  }

  @ParameterizedTest(name = "release {0}")
  @ValueSource(ints = {8, 17})
  void reportsTheRuleTypeAtNormalPriorityWithClassAndMethod(int release, SpotBugsRunner spotbugs) {
    Path source = Corpus.locate().sourceRoot()
        .resolve("cases/concat/CarriedAcrossEnhancedForLoop.java");
    Path classes = JavaSources.compile(List.of(source), release, true,
        JavaSources.targetDir().resolve("concat-detail-" + release));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    LeakproofAnalysis.Finding first = result.findings().stream()
        .filter(f -> f.bug().getPrimaryMethod().getMethodName().equals("render"))
        .findFirst().orElseThrow();
    assertEquals(Rule.STRING_CONCAT_IN_LOOP.spotBugsType(), first.bug().getType());
    assertEquals(edu.umd.cs.findbugs.Priorities.NORMAL_PRIORITY, first.bug().getPriority());
    assertEquals("cases.concat.CarriedAcrossEnhancedForLoop",
        first.bug().getPrimaryClass().getClassName());
    assertTrue(first.bug().getBugRank() <= 20, "visible rank, got " + first.bug().getBugRank());
  }

  /**
   * The corpus's StringConcatInLoop family compiled by ecj ({@code -1.8 -g}), as Eclipse and
   * JGit's released jars are: ecj puts a {@code while} or {@code for} loop's test at the bottom
   * and enters the loop by a jump into it, so the branch back to the body's first statement
   * starts at a node that does not dominate it ({@code MacroBodyGrownUntilABlankLine}, JGit's
   * {@code NetRC}). Every finding the corpus expects is reported and no other, but for the known
   * gaps of the release-8 engine, whose bytecode differs from ecj's only in the loops' shape.
   */
  @Test
  void findsTheCorpusLoopsAsEcjCompilesThem(SpotBugsRunner spotbugs) throws IOException {
    Conformance conformance = Conformance.ofThisCheckout();
    Corpus corpus = conformance.corpus();
    List<Path> sources = corpus.sourceFiles().stream()
        .filter(f -> corpus.relative(f).startsWith("cases/concat/")).toList();
    Path classes = JavaSources.targetDir().resolve("corpus-concat-ecj");
    JavaSources.deleteRecursively(classes);
    Files.createDirectories(classes);
    List<String> arguments = new ArrayList<>(List.of("-1.8", "-g", "-proc:none", "-nowarn",
        "-encoding", "UTF-8", "-sourcepath", corpus.sourceRoot().toString(),
        "-d", classes.toString()));
    sources.forEach(f -> arguments.add(f.toString()));
    StringWriter messages = new StringWriter();
    assertTrue(BatchCompiler.compile(arguments.toArray(String[]::new), new PrintWriter(messages),
        new PrintWriter(messages), null), "ecj failed:\n" + messages);

    LeakproofAnalysis.Result result =
        LeakproofAnalysis.run(spotbugs, java.util.Optional.of(corpus.sourceRoot()), classes);

    assertEquals(List.of(), result.leakproofErrors(), "Leakproof detector errors");
    TreeSet<String> expected = sources.stream()
        .flatMap(f -> corpus.expectationsIn(f).stream())
        .filter(e -> e.rule() == Rule.STRING_CONCAT_IN_LOOP)
        .filter(e -> conformance.gaps().all().stream()
            .noneMatch(g -> g.covers("spotbugs-release8", e)))
        .map(Expectation::toString)
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(expected.stream().anyMatch(e -> e.contains("MacroBodyGrownUntilABlankLine")));
    TreeSet<String> reported = result.findings().stream()
        .filter(f -> f.rule() == Rule.STRING_CONCAT_IN_LOOP)
        .map(f -> new Expectation(f.sourcePath(), f.line(), f.rule()))
        .filter(e -> conformance.gaps().all().stream()
            .noneMatch(g -> g.covers("spotbugs-release8", e)))
        .map(Expectation::toString)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(String.join("\n", expected), String.join("\n", reported));
  }
}
