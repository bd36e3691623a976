package dev.leakproof.buildtools.spotbugs;

import dev.leakproof.checks.catalog.BuildInfo;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.SpotBugsPlugin;
import dev.leakproof.checks.catalog.SpotBugsPlugin.Detector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writes the SpotBugs plugin descriptors from the catalog ({@link Rule}, {@link SpotBugsPlugin})
 * and the detector classes present on the class path, so no rule name, text or link is ever
 * written by hand:
 * <ul>
 *   <li>{@code findbugs.xml}: one {@code <Detector>} and one {@code <BugPattern>} per shipped
 *       detector;
 *   <li>{@code messages.xml}: short and long descriptions from the rule summary, {@code <Details>}
 *       from the rule's docs page (HTML), {@code <BugsUrl>} = the docs index, so SpotBugs' SARIF
 *       {@code helpUri} is the index's anchor for the bug type;
 *   <li>{@code bugrank.txt}: without it SpotBugs silently drops the plugin's patterns.
 * </ul>
 * Run by the SpotBugs module at {@code process-classes}, with that module's classes on the class
 * path and its output directory as the only argument. Build time only: this module is never
 * shipped, so the plugin jar carries neither the generator nor commonmark.
 */
public final class PluginMetadataGenerator {
  /** Where the checks jar carries each rule's remediation page. */
  public static final String DOCS_RESOURCE_DIR = "dev/leakproof/checks/docs/";

  private static final String HEADER =
      "Generated from dev.leakproof.checks.catalog.Rule by PluginMetadataGenerator: do not edit.";

  private PluginMetadataGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PluginMetadataGenerator <output directory>");
    }
    Path out = Paths.get(args[0]);
    Files.createDirectories(out);
    List<Detector> detectors =
        SpotBugsPlugin.detectorsOn(Thread.currentThread().getContextClassLoader());
    if (detectors.isEmpty()) {
      throw new IllegalStateException("no Leakproof detector classes on the class path: run"
          + " this from the SpotBugs module, after compile");
    }
    write(out.resolve("findbugs.xml"), findbugsXml(detectors));
    write(out.resolve("messages.xml"), messagesXml(detectors));
    write(out.resolve("bugrank.txt"), bugrankTxt(detectors));
  }

  static String findbugsXml(List<Detector> detectors) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<!-- ").append(HEADER).append(" -->\n")
        .append("<FindbugsPlugin xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
        .append("    xsi:noNamespaceSchemaLocation=\"findbugsplugin.xsd\"\n")
        .append("    pluginid=\"").append(SpotBugsPlugin.PLUGIN_ID).append("\"\n")
        .append("    provider=\"Leakproof\"\n")
        .append("    website=\"").append(escape(Rule.Links.INDEX)).append("\"\n")
        .append("    defaultenabled=\"true\">\n");
    for (Detector detector : detectors) {
      xml.append("  <Detector class=\"").append(detector.detectorClass())
          .append("\" reports=\"").append(detector.rule().spotBugsType())
          .append("\" speed=\"").append(detector.speed()).append("\"/>\n");
    }
    for (Detector detector : detectors) {
      xml.append("  <BugPattern type=\"").append(detector.rule().spotBugsType())
          .append("\" abbrev=\"").append(SpotBugsPlugin.BUG_CODE)
          .append("\" category=\"").append(detector.category()).append("\"/>\n");
    }
    return xml.append("</FindbugsPlugin>\n").toString();
  }

  static String messagesXml(List<Detector> detectors) {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<!-- ").append(HEADER).append(" -->\n")
        .append("<MessageCollection xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
        .append("    xsi:noNamespaceSchemaLocation=\"messagecollection.xsd\">\n")
        .append("  <Plugin>\n")
        .append("    <ShortDescription>Leakproof ").append(escape(BuildInfo.VERSION))
        .append(": memory and OS-handle leaks</ShortDescription>\n")
        .append("    <Details>").append(cdata("<p>Leakproof finds leak-prone code: caches that"
            + " only grow, resources not closed on every path, objects kept alive by longer-lived"
            + " ones, strings rebuilt inside loops. Every rule is explained at <a href=\""
            + escape(Rule.Links.INDEX) + "\">" + escape(Rule.Links.INDEX) + "</a>.</p>"))
        .append("</Details>\n")
        .append("    <BugsUrl>").append(escape(Rule.Links.INDEX)).append("</BugsUrl>\n")
        .append("    <AllBugsUrl>").append(escape(Rule.Links.INDEX)).append("</AllBugsUrl>\n")
        .append("  </Plugin>\n");
    for (Detector detector : detectors) {
      Rule rule = detector.rule();
      xml.append("  <Detector class=\"").append(detector.detectorClass()).append("\">\n")
          .append("    <Details>").append(cdata("<p>Reports " + rule.spotBugsType() + " ("
              + rule.ruleName() + "): " + escape(rule.summary()) + ".</p>"))
          .append("</Details>\n")
          .append("  </Detector>\n");
    }
    for (Detector detector : detectors) {
      Rule rule = detector.rule();
      xml.append("  <BugPattern type=\"").append(rule.spotBugsType()).append("\">\n")
          .append("    <ShortDescription>").append(escape(rule.summary())).append("</ShortDescription>\n")
          // The finding's own sentence: see LeakproofDetector for the annotation order.
          .append("    <LongDescription>{").append(SpotBugsPlugin.DETAIL_ANNOTATION)
          .append("}</LongDescription>\n")
          .append("    <Details>").append(cdata(detailsHtml(rule))).append("</Details>\n")
          .append("  </BugPattern>\n");
    }
    xml.append("  <BugCode abbrev=\"").append(SpotBugsPlugin.BUG_CODE)
        .append("\">Leakproof: leak-prone code</BugCode>\n");
    return xml.append("</MessageCollection>\n").toString();
  }

  static String bugrankTxt(List<Detector> detectors) {
    // Relative (+0): the rank comes from the pattern's category in SpotBugs' own ranking, like
    // SpotBugs' performance patterns; an absolute number here would override it.
    StringBuilder text = new StringBuilder();
    for (Detector detector : detectors) {
      text.append("+0 BugPattern ").append(detector.rule().spotBugsType()).append('\n');
    }
    return text.toString();
  }

  /**
   * The rule's docs page as HTML, its relative links made absolute against the docs of this
   * version; or, while the page is missing from the checks jar, the summary and the link.
   */
  public static String detailsHtml(Rule rule) {
    return docsPage(rule).map(PluginMetadataGenerator::markdownToHtml).orElseGet(() ->
        "<p>" + escape(rule.summary()) + ".</p>\n<p>See <a href=\"" + escape(rule.docUrl()) + "\">"
            + escape(rule.ruleName()) + "</a>.</p>\n");
  }

  /** The markdown page the checks jar carries for {@code rule}, if it has one. */
  public static Optional<String> docsPage(Rule rule) {
    String resource = DOCS_RESOURCE_DIR + rule.docFileName();
    try (InputStream in = PluginMetadataGenerator.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  static String markdownToHtml(String page) {
    // The pages carry HTML comments as markers for the docs tooling; they mean nothing here.
    String markdown = page.replaceAll("(?s)<!--.*?-->\\s*", "");
    List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
    Parser parser = Parser.builder().extensions(extensions).build();
    HtmlRenderer renderer = HtmlRenderer.builder()
        .extensions(extensions)
        .attributeProviderFactory(context -> (node, tagName, attributes) -> {
          if (node instanceof Link && attributes.containsKey("href")) {
            attributes.put("href", absolute(attributes.get("href")));
          }
        })
        .build();
    return renderer.render(parser.parse(markdown));
  }

  /** Links between docs pages are relative in the repository; SpotBugs shows them anywhere. */
  static String absolute(String href) {
    if (href.contains(":") || href.startsWith("#") || href.startsWith("/")) {
      return href;
    }
    return java.net.URI.create(BuildInfo.DOCS_BASE).resolve(href).toString();
  }

  private static String cdata(String text) {
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static void write(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return; // unchanged: keep the timestamp, so the jar stays up to date
    }
    Files.write(file, bytes);
  }
}
