package dev.leakproof.buildtools.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.BuildInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it" snippets are what users copy, so they must be what the integration tests
 * run and name the version this build produces. A code block right after
 * {@code <!-- same as: PATH -->} must appear, line for line (indentation aside), in that file of
 * the checkout, after the file's {@code @property@} placeholders are filled the way
 * maven-invoker-plugin fills them ({@code @project.version@} with this build's version, others
 * from the pom properties of the root and of the module whose {@code src/it} holds the file).
 */
class ReadmeSnippetsTest {
  private static final Pattern SAME_AS = Pattern.compile("<!-- same as: (\\S+) -->");
  private static final Pattern PLACEHOLDER = Pattern.compile("@([\\w.-]+)@");
  private static final Pattern POM_PROPERTY =
      Pattern.compile("<([\\w.-]+)>([^<>$@]+)</\\1>");
  /** Leakproof coordinates as Maven XML (artifactId then version). */
  private static final Pattern XML_VERSION = Pattern.compile(
      "<artifactId>leakproof-[\\w-]+</artifactId>\\s*<version>([^<]+)</version>"
          + "|<leakproof\\.version>([^<]+)</leakproof\\.version>");
  /** Coordinates written out ({@code dev.leakproof:leakproof-x:1.2.3}); prose may say {@code <version>}. */
  private static final Pattern GRADLE_VERSION =
      Pattern.compile("dev\\.leakproof:leakproof-[\\w-]+:(\\d[^:\"'`\\s]*)");
  private static final Pattern DOCS_LINK = Pattern.compile("/leakproof/blob/([^/\\s]+)/docs/");

  private final Docs docs = Docs.ofThisCheckout();
  private final String readme = String.join("\n", Docs.lines(docs.projectReadme()));

  @Test
  void everyLeakproofCoordinateNamesTheVersionThisBuildProduces() {
    List<String> versions = new ArrayList<>();
    Matcher xml = XML_VERSION.matcher(readme);
    while (xml.find()) {
      versions.add(xml.group(1) != null ? xml.group(1) : xml.group(2));
    }
    Matcher gradle = GRADLE_VERSION.matcher(readme);
    while (gradle.find()) {
      versions.add(gradle.group(1));
    }
    assertFalse(versions.isEmpty(), "the README names no Leakproof artifact version");
    // ${leakproof.version} refers to the <leakproof.version> property, itself checked here.
    List<String> wrong = versions.stream()
        .filter(v -> !v.equals(BuildInfo.VERSION) && !v.equals("${leakproof.version}"))
        .toList();
    assertEquals(List.of(), wrong, "README versions that are not this build's " + BuildInfo.VERSION);
  }

  @Test
  void docsLinksPointAtTheRefThisBuildLinksTo() {
    Matcher link = DOCS_LINK.matcher(readme);
    List<String> wrong = new ArrayList<>();
    while (link.find()) {
      if (!link.group(1).equals(BuildInfo.DOCS_REF)) {
        wrong.add(link.group());
      }
    }
    assertEquals(List.of(), wrong, "README docs links not at " + BuildInfo.DOCS_REF);
  }

  @Test
  void snippetsAreWhatTheIntegrationTestsRun() throws Exception {
    List<String> lines = Docs.lines(docs.projectReadme());
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher sameAs = SAME_AS.matcher(lines.get(i));
      if (!sameAs.find()) {
        continue;
      }
      int fence = i + 1;
      if (fence >= lines.size() || !lines.get(fence).strip().startsWith("```")) {
        problems.add("line " + (i + 1) + ": no code block right after " + sameAs.group());
        continue;
      }
      List<String> snippet = new ArrayList<>();
      for (int j = fence + 1; j < lines.size() && !lines.get(j).strip().startsWith("```"); j++) {
        snippet.add(lines.get(j));
      }
      Path file = docs.projectRoot().resolve(sameAs.group(1));
      if (!Files.isRegularFile(file)) {
        problems.add("line " + (i + 1) + ": " + sameAs.group(1) + " does not exist");
        continue;
      }
      List<String> wanted = normalized(snippet);
      List<String> have = normalized(List.of(filled(file).split("\n", -1)));
      if (!containsContiguously(have, wanted)) {
        problems.add("line " + (i + 1) + ": the block is not in " + sameAs.group(1)
            + " (as the integration test fills it):\n  " + String.join("\n  ", wanted));
      }
      checked++;
    }
    assertEquals(List.of(), problems);
    assertTrue(checked >= 6, "only " + checked + " README snippets are tied to a tested file");
  }

  /** {@code file} with its invoker placeholders filled. */
  private String filled(Path file) throws Exception {
    Map<String, String> properties = new TreeMap<>(pomProperties(docs.projectRoot().resolve("pom.xml")));
    Path it = docs.projectRoot().relativize(file);
    for (int k = 0; k + 1 < it.getNameCount(); k++) {
      if (it.getName(k).toString().equals("src") && it.getName(k + 1).toString().equals("it")) {
        Path module = docs.projectRoot().resolve(it.subpath(0, k)).resolve("pom.xml");
        properties.putAll(pomProperties(module));
      }
    }
    properties.put("project.version", BuildInfo.VERSION);
    properties.put("leakproof.version", BuildInfo.VERSION);
    Matcher placeholder = PLACEHOLDER.matcher(Files.readString(file));
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      String value = properties.getOrDefault(placeholder.group(1), placeholder.group());
      placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return placeholder.appendTail(out).toString();
  }

  private static Map<String, String> pomProperties(Path pom) throws Exception {
    String text = Files.readString(pom);
    int start = text.indexOf("<properties>");
    int end = text.indexOf("</properties>");
    Map<String, String> properties = new TreeMap<>();
    if (start >= 0 && end > start) {
      Matcher property = POM_PROPERTY.matcher(text.substring(start, end));
      while (property.find()) {
        properties.put(property.group(1), property.group(2).strip());
      }
    }
    return properties;
  }

  private static List<String> normalized(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
  }

  /** Whether {@code wanted} is a contiguous run of {@code have}. */
  private static boolean containsContiguously(List<String> have, List<String> wanted) {
    return !wanted.isEmpty() && Collections.indexOfSubList(have, wanted) >= 0;
  }
}
