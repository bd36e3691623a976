package dev.leakproof.buildtools.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The regeneration DocsTest relies on: it must notice stale text and fix exactly that. */
class GeneratedTextTest {
  private static final Map<String, List<String>> BLOCKS = Map.of("coverage", List.of("", "new", ""));
  private static final Function<String, Optional<List<String>>> CORPUS = path ->
      path.equals("cases/a/A.java") ? Optional.of(List.of("class A {}")) : Optional.empty();

  @Test
  void upToDateTextIsLeftAlone() {
    List<String> page = List.of("# T", "<!-- coverage:begin -->", "", "new", "",
        "<!-- coverage:end -->", "<!-- snippet: cases/a/A.java -->", "```java", "class A {}", "```");
    GeneratedText.Outcome outcome = GeneratedText.regenerate(page, BLOCKS, CORPUS);
    assertEquals(List.of(), outcome.stale());
    assertEquals(List.of(), outcome.problems());
    assertEquals(page, outcome.lines());
  }

  @Test
  void staleBlockIsReportedAndRewrittenBetweenItsMarkers() {
    List<String> page = List.of("before", "<!-- coverage:begin -->", "old", "<!-- coverage:end -->",
        "after");
    GeneratedText.Outcome outcome = GeneratedText.regenerate(page, BLOCKS, CORPUS);
    assertEquals(1, outcome.stale().size(), outcome.stale().toString());
    assertEquals(List.of("before", "<!-- coverage:begin -->", "", "new", "",
        "<!-- coverage:end -->", "after"), outcome.lines());
  }

  @Test
  void staleSnippetIsReplacedByTheCorpusFile() {
    List<String> page = List.of("<!-- snippet: cases/a/A.java -->", "```java", "class Old {}", "```",
        "<!-- coverage:begin -->", "", "new", "", "<!-- coverage:end -->");
    GeneratedText.Outcome outcome = GeneratedText.regenerate(page, BLOCKS, CORPUS);
    assertEquals(1, outcome.stale().size(), outcome.stale().toString());
    assertEquals("class A {}", outcome.lines().get(2));
  }

  @Test
  void markerWithoutABlockGetsOne() {
    List<String> page = List.of("<!-- snippet: cases/a/A.java -->", "text",
        "<!-- coverage:begin -->", "", "new", "", "<!-- coverage:end -->");
    GeneratedText.Outcome outcome = GeneratedText.regenerate(page, BLOCKS, CORPUS);
    assertEquals(1, outcome.stale().size());
    assertEquals(List.of("<!-- snippet: cases/a/A.java -->", "```java", "class A {}", "```", "text"),
        outcome.lines().subList(0, 5));
  }

  @Test
  void javaWithoutMarkerMissingFileAndMissingBlockAreProblemsNotStaleness() {
    List<String> page = List.of("```java", "class Handwritten {}", "```",
        "<!-- snippet: cases/a/Gone.java -->", "```java", "class Gone {}", "```");
    GeneratedText.Outcome outcome = GeneratedText.regenerate(page, BLOCKS, CORPUS);
    assertEquals(3, outcome.problems().size(), outcome.problems().toString());
    assertEquals(page, outcome.lines());
  }

  @Test
  void markersInsideOtherCodeBlocksAreText() {
    List<String> page = List.of("```markdown", "<!-- coverage:begin -->", "```",
        "<!-- coverage:begin -->", "", "new", "", "<!-- coverage:end -->");
    GeneratedText.Outcome outcome = GeneratedText.regenerate(page, BLOCKS, CORPUS);
    assertEquals(List.of(), outcome.problems());
    assertEquals(page, outcome.lines());
  }

  @Test
  void quotedCorpusFileLosesOnlyItsPackageLineAndTheBlankAfterIt() {
    assertEquals(List.of("import a.B;", "", "class C {}"),
        GeneratedText.quoted(List.of("package cases.x;", "", "import a.B;", "", "class C {}")));
  }

  @Test
  void headingSlugsFollowGitHub() {
    assertEquals("what-it-deliberately-does-not-report",
        Markdown.slug("What it deliberately does not report"));
    assertEquals("unclosedresource",
        Markdown.slug("<a id=\"LEAK_UNCLOSED_RESOURCE\"></a>UnclosedResource"));
    assertTrue(Markdown.anchors(List.of("### <a id=\"X_Y\"></a>Z")).contains("X_Y"));
  }
}
