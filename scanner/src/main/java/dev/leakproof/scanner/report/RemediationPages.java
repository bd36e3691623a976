package dev.leakproof.scanner.report;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.sarif.RuleHelp;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Each rule's remediation page ({@code docs/rules/<Rule>.md}, packaged with the catalog) as HTML
 * for the report. The same markdown SARIF carries as {@code help.markdown}, so both say the same.
 * Raw HTML in a page is escaped (its comments, markers for the docs tooling, are dropped) and
 * images become links: the report must load nothing.
 */
final class RemediationPages {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
      .escapeHtml(true).sanitizeUrls(true)
      .attributeProviderFactory(context -> RemediationPages::openLinksApart)
      .build();

  private RemediationPages() {}

  static String html(Rule rule) {
    Node page = PARSER.parse(RuleHelp.fromClasspath().markdown(rule));
    tidy(page);
    return RENDERER.render(page);
  }

  /** Links leave the report in a new tab, so the report stays open. */
  private static void openLinksApart(Node node, String tag, Map<String, String> attributes) {
    if (node instanceof Link) {
      attributes.put("target", "_blank");
      attributes.put("rel", "noopener");
    }
  }

  private static void tidy(Node node) {
    Node child = node.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      if (isComment(child)) {
        child.unlink();
      } else if (child instanceof Image image) {
        Link link = new Link(image.getDestination(), image.getTitle());
        Node label = image.getFirstChild();
        link.appendChild(label != null ? label : new Text(image.getDestination()));
        while (image.getFirstChild() != null) {
          link.appendChild(image.getFirstChild());
        }
        child.insertBefore(link);
        child.unlink();
      } else {
        tidy(child);
      }
      child = next;
    }
  }

  private static boolean isComment(Node node) {
    String literal = node instanceof HtmlBlock block ? block.getLiteral()
        : node instanceof HtmlInline inline ? inline.getLiteral() : null;
    return literal != null && literal.strip().startsWith("<!--")
        && literal.strip().endsWith("-->");
  }
}
