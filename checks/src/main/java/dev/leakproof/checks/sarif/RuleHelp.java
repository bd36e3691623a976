package dev.leakproof.checks.sarif;

import dev.leakproof.checks.catalog.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's help as SARIF shows it (and the scanner's HTML report renders it): its remediation page ({@code docs/rules/<Rule>.md}, packaged
 * with the catalog) and a fuller description taken from the page's first paragraph.
 *
 * <p>A missing or unreadable page never fails the writer: the help falls back to the rule's
 * summary and a link to the page.
 */
public final class RuleHelp {
  /** Where checks/pom.xml puts the pages on the classpath. */
  static final String PAGE_FOLDER = "dev/leakproof/checks/docs/";

  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|`)");
  private static final Pattern SINGLE_EMPHASIS = Pattern.compile("\\*([^*\\s][^*]*?)\\*");
  /** {@code [text](target)} with the target captured; no spaces or parentheses in targets. */
  private static final Pattern INLINE_LINK = Pattern.compile("(!?\\[[^\\]]*\\]\\()([^()\\s]*)\\)");
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  private static final RuleHelp FROM_CLASSPATH = new RuleHelp(RuleHelp::pageOnClasspath);

  private final Map<Rule, Optional<String>> pages = new EnumMap<>(Rule.class);
  /** The pages, links made absolute: what {@link #markdown} and {@link #text} show. */
  private final Map<Rule, Optional<String>> linkedPages = new EnumMap<>(Rule.class);

  /**
   * @param pageSource the markdown page of a rule, or empty when there is none
   */
  RuleHelp(Function<Rule, Optional<String>> pageSource) {
    for (Rule rule : Rule.values()) {
      Optional<String> page;
      try {
        page = pageSource.apply(rule).map(RuleHelp::normaliseNewlines).filter(p -> !p.isBlank());
      } catch (RuntimeException e) {
        page = Optional.empty(); // help is a courtesy: never fail a report over it
      }
      pages.put(rule, page);
      linkedPages.put(rule, page.map(p -> absoluteLinks(p, rule.docUrl())));
    }
  }

  /** The pages packaged with this jar, read once. */
  public static RuleHelp fromClasspath() {
    return FROM_CLASSPATH;
  }

  /**
   * The rule's remediation page in markdown, its relative links made absolute against the page's
   * own URL (code scanning shows the help far from the page); or summary and link without a page.
   */
  public String markdown(Rule rule) {
    return linkedPages
        .get(rule)
        .orElseGet(
            () ->
                rule.summary() + ".\n\nHow to fix it: [" + rule.ruleName() + "](" + rule.docUrl()
                    + ")\n");
  }

  /** The same help as plain text: the page as {@link #markdown} gives it, or summary and link. */
  String text(Rule rule) {
    return linkedPages
        .get(rule)
        .orElseGet(() -> rule.summary() + ".\n\nHow to fix it: " + rule.docUrl() + "\n");
  }

  /**
   * A fuller description than the summary: the first paragraph of the page's first section
   * ("What is flagged"), as plain text; else its first paragraph of prose; else the summary.
   */
  String fullDescription(Rule rule) {
    return pages
        .get(rule)
        .flatMap(page -> firstParagraph(afterFirstSection(page)).or(() -> firstParagraph(page)))
        .orElse(rule.summary());
  }

  /** The page from its first level-2 heading on, or nothing when it has none. */
  static String afterFirstSection(String markdown) {
    int heading = markdown.startsWith("## ") ? 0 : markdown.indexOf("\n## ");
    return heading < 0 ? "" : markdown.substring(heading);
  }

  /**
   * Inline links {@code [text](target)} outside code whose target is relative, resolved against
   * {@code base}. Targets that are not valid URI references stay as they are.
   */
  static String absoluteLinks(String markdown, String base) {
    URI baseUri;
    try {
      baseUri = new URI(base);
    } catch (URISyntaxException e) {
      return markdown;
    }
    StringBuilder out = new StringBuilder(markdown.length() + 256);
    boolean inFence = false;
    for (String line : markdown.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      String trimmed = line.strip();
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        inFence = !inFence;
      }
      if (inFence || !line.contains("](")) {
        out.append(line);
        continue;
      }
      Matcher link = INLINE_LINK.matcher(line);
      StringBuilder resolved = new StringBuilder();
      while (link.find()) {
        String target = link.group(2);
        link.appendReplacement(
            resolved, Matcher.quoteReplacement(link.group(1) + resolve(baseUri, target) + ")"));
      }
      link.appendTail(resolved);
      out.append(resolved);
    }
    return out.toString();
  }

  private static String resolve(URI base, String target) {
    if (target.isEmpty() || SCHEME.matcher(target).lookingAt()) {
      return target;
    }
    try {
      return base.resolve(new URI(target)).toString();
    } catch (URISyntaxException e) {
      return target;
    }
  }

  /**
   * The first run of non-blank lines that is prose: not a heading, code fence, table, quote,
   * list, HTML comment or horizontal rule. Links keep their text, emphasis marks go.
   */
  static Optional<String> firstParagraph(String markdown) {
    StringBuilder paragraph = new StringBuilder();
    boolean inFence = false;
    boolean inComment = false;
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.strip();
      if (inComment) {
        inComment = !trimmed.contains("-->");
        continue;
      }
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        inFence = !inFence;
        if (paragraph.length() > 0) {
          break;
        }
        continue;
      }
      if (inFence) {
        continue;
      }
      if (trimmed.startsWith("<!--")) {
        inComment = !trimmed.contains("-->");
        continue;
      }
      if (trimmed.isEmpty() || !isProse(trimmed)) {
        if (paragraph.length() > 0) {
          break;
        }
        continue;
      }
      if (paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(trimmed);
    }
    if (paragraph.length() == 0) {
      return Optional.empty();
    }
    String text = LINK.matcher(paragraph).replaceAll("$1");
    text = EMPHASIS.matcher(text).replaceAll("");
    text = SINGLE_EMPHASIS.matcher(text).replaceAll("$1");
    return Optional.of(text.strip());
  }

  private static boolean isProse(String trimmed) {
    char first = trimmed.charAt(0);
    return first != '#'
        && first != '|'
        && first != '>'
        && first != '<'
        && first != '!'
        && !trimmed.matches("([-*+]|\\d+[.)])\\s.*")
        && !trimmed.matches("[-*_=\\s]{3,}");
  }

  private static String normaliseNewlines(String text) {
    String unix = text.replace("\r\n", "\n").replace('\r', '\n');
    return unix.startsWith("\ufeff") ? unix.substring(1) : unix;
  }

  private static Optional<String> pageOnClasspath(Rule rule) {
    String resource = PAGE_FOLDER + rule.docFileName();
    ClassLoader loader = RuleHelp.class.getClassLoader();
    try (InputStream in =
        loader == null
            ? ClassLoader.getSystemResourceAsStream(resource)
            : loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
