package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.buildtools.spotbugs.PluginMetadataGenerator;
import dev.leakproof.checks.catalog.SpotBugsPlugin;
import dev.leakproof.checks.catalog.SpotBugsPlugin.Detector;
import edu.umd.cs.findbugs.BugPattern;
import edu.umd.cs.findbugs.BugRanker;
import edu.umd.cs.findbugs.DetectorFactory;
import edu.umd.cs.findbugs.DetectorFactoryCollection;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The generated {@code findbugs.xml}, {@code messages.xml} and {@code bugrank.txt} in
 * {@code target/classes} agree with the catalog and the detector list, and SpotBugs loads the
 * plugin from them with every detector enabled and every pattern visible.
 */
@ExtendWith(SpotBugsExtension.class)
class PluginMetadataTest {
  private static final Path CLASSES = Path.of("target/classes");
  private static final List<Detector> SHIPPED =
      SpotBugsPlugin.detectorsOn(LeakproofDetector.class.getClassLoader());

  @Test
  void findbugsXmlDeclaresEveryShippedDetectorAndItsPattern() throws Exception {
    Document xml = parse("findbugs.xml");
    Element root = xml.getDocumentElement();
    assertEquals(SpotBugsPlugin.PLUGIN_ID, root.getAttribute("pluginid"));
    assertEquals("true", root.getAttribute("defaultenabled"));

    List<String> declared = new ArrayList<>();
    for (Element detector : elements(xml, "Detector")) {
      Detector entry = entryFor(detector.getAttribute("class"));
      assertEquals(entry.rule().spotBugsType(), detector.getAttribute("reports"));
      assertTrue(edu.umd.cs.findbugs.Detector.class.isAssignableFrom(
          Class.forName(entry.detectorClass())),
          entry.detectorClass() + " must be a SpotBugs Detector");
      declared.add(entry.detectorClass());
    }
    assertEquals(SHIPPED.stream().map(Detector::detectorClass).toList(), declared);

    assertEquals(implementedTypes(), elements(xml, "BugPattern").stream()
        .peek(p -> assertEquals(SpotBugsPlugin.BUG_CODE, p.getAttribute("abbrev")))
        .map(p -> p.getAttribute("type")).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void messagesXmlTextsAndLinksComeFromTheCatalog() throws Exception {
    Document xml = parse("messages.xml");
    assertEquals(Rule.Links.INDEX, text(xml.getDocumentElement(), "BugsUrl"));
    List<Element> patterns = elements(xml, "BugPattern");
    assertEquals(SHIPPED.size(), patterns.size());
    for (Element pattern : patterns) {
      Rule rule = Rule.bySpotBugsType(pattern.getAttribute("type")).orElseThrow();
      assertEquals(rule.summary(), text(pattern, "ShortDescription"));
      // The finding's own sentence; LeakproofAnalysis checks every reported bug carries it there.
      assertEquals("{" + SpotBugsPlugin.DETAIL_ANNOTATION + "}", text(pattern, "LongDescription"));
      assertEquals(PluginMetadataGenerator.detailsHtml(rule), text(pattern, "Details"));
    }
    assertEquals(Set.of(SpotBugsPlugin.BUG_CODE), elements(xml, "BugCode").stream()
        .map(c -> c.getAttribute("abbrev")).collect(Collectors.toSet()));
    assertEquals(SHIPPED.stream().map(Detector::detectorClass).toList(),
        elements(xml, "Detector").stream().map(d -> d.getAttribute("class")).toList());
  }

  @Test
  void detailsAreTheRulesDocsPageWhenTheChecksJarCarriesIt() {
    for (Detector entry : SHIPPED) {
      String details = PluginMetadataGenerator.detailsHtml(entry.rule());
      if (PluginMetadataGenerator.docsPage(entry.rule()).isPresent()) {
        assertTrue(details.contains("<h1>" + entry.rule().ruleName() + "</h1>"), details);
        assertTrue(!details.contains("<!--"), "docs-tooling comments must not leak: " + details);
        assertTrue(!details.contains("href=\"README.md"), "relative links must be made absolute");
      } else {
        assertTrue(details.contains(entry.rule().docUrl()), details);
      }
    }
  }

  @Test
  void bugrankTxtRanksEveryPattern() throws Exception {
    Set<String> ranked = Files.readAllLines(CLASSES.resolve("bugrank.txt")).stream()
        .map(line -> line.split(" ")).peek(cols -> assertEquals("BugPattern", cols[1]))
        .map(cols -> cols[2]).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(implementedTypes(), ranked);
  }

  @Test
  void spotBugsLoadsThePluginWithEveryDetectorEnabledAndEveryPatternVisible(SpotBugsRunner spotbugs) {
    // Any class will do: the run makes SpotBugs load the plugin from target/classes.
    spotbugs.performAnalysis(Path.of("target/test-classes/dev/leakproof/spotbugs/JavaSources.class"));

    DetectorFactoryCollection detectors = DetectorFactoryCollection.instance();
    for (Detector entry : SHIPPED) {
      String shortName = entry.detectorClass().substring(entry.detectorClass().lastIndexOf('.') + 1);
      DetectorFactory factory = detectors.getFactory(shortName);
      assertNotNull(factory, shortName + " not loaded");
      assertEquals(SpotBugsPlugin.PLUGIN_ID, factory.getPlugin().getPluginId());
      // A plugin loaded from outside SpotBugs' own directory is "optional" to SpotBugs (Maven and
      // Gradle enable it by listing it); what matters is that its detectors are on by default.
      assertTrue(factory.isDefaultEnabled());

      BugPattern pattern = detectors.lookupBugPattern(entry.rule().spotBugsType());
      assertNotNull(pattern, entry.rule().spotBugsType() + " not registered");
      assertEquals(entry.category(), pattern.getCategory());
      assertTrue(factory.getReportedBugPatterns().contains(pattern));
      assertEquals(Rule.Links.INDEX + "#" + entry.rule().spotBugsType(),
          pattern.getUri().orElseThrow().toString(), "SARIF helpUri");
      assertEquals(entry.rule().summary(), pattern.getShortDescription());
      int rank = BugRanker.findRank(pattern, factory);
      assertTrue(rank >= 1 && rank <= BugRanker.VISIBLE_RANK_MAX,
          "rank " + rank + " would make SpotBugs drop " + pattern.getType());
    }
  }

  private static Set<String> implementedTypes() {
    return SHIPPED.stream().map(e -> e.rule().spotBugsType())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Detector entryFor(String detectorClass) {
    return SHIPPED.stream().filter(e -> e.detectorClass().equals(detectorClass))
        .findFirst().orElseThrow(() -> new AssertionError("unknown detector " + detectorClass));
  }

  private static Document parse(String file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(CLASSES.resolve(file).toFile());
  }

  private static List<Element> elements(Document xml, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = xml.getDocumentElement().getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    assertEquals(1, nodes.getLength(), "one <" + tag + "> in <" + parent.getTagName() + ">");
    return nodes.item(0).getTextContent();
  }
}
