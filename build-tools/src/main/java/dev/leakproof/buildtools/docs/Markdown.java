package dev.leakproof.buildtools.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little Markdown the docs tests need: headings, fences, links and anchors. */
final class Markdown {
  private static final Pattern FENCE = Pattern.compile("^\\s*```");
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
  private static final Pattern HTML_ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"></a>");

  private Markdown() {}

  static boolean isFence(String line) {
    return FENCE.matcher(line).find();
  }

  /** Whether each line is inside a fenced code block (fence lines included). */
  static boolean[] inFence(List<String> lines) {
    boolean[] inside = new boolean[lines.size()];
    boolean open = false;
    for (int i = 0; i < lines.size(); i++) {
      if (isFence(lines.get(i))) {
        inside[i] = true;
        open = !open;
      } else {
        inside[i] = open;
      }
    }
    return inside;
  }

  /** The level-1 heading's text, or null when the file has none. */
  static String title(List<String> lines) {
    boolean[] fenced = inFence(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (!fenced[i] && lines.get(i).startsWith("# ")) {
        return lines.get(i).substring(2).trim();
      }
    }
    return null;
  }

  /** Level-2 headings in order, each with the index of its first and one-past-last line. */
  static Map<String, int[]> sections(List<String> lines) {
    boolean[] fenced = inFence(lines);
    Map<String, int[]> sections = new LinkedHashMap<>();
    int[] open = null;
    for (int i = 0; i < lines.size(); i++) {
      if (!fenced[i] && lines.get(i).startsWith("## ")) {
        if (open != null) {
          open[1] = i;
        }
        open = new int[] {i + 1, lines.size()};
        sections.put(lines.get(i).substring(3).trim(), open);
      }
    }
    return sections;
  }

  /** Link targets outside code, in order. */
  static List<String> linkTargets(List<String> lines) {
    List<String> targets = new ArrayList<>();
    for (String line : outsideCode(lines)) {
      Matcher m = LINK.matcher(INLINE_CODE.matcher(line).replaceAll("``"));
      while (m.find()) {
        targets.add(m.group(1));
      }
    }
    return targets;
  }

  /** The anchors a link's {@code #fragment} may name: HTML ids and GitHub heading slugs. */
  static List<String> anchors(List<String> lines) {
    List<String> anchors = new ArrayList<>();
    for (String line : outsideCode(lines)) {
      Matcher m = HTML_ANCHOR.matcher(line);
      while (m.find()) {
        anchors.add(m.group(1));
      }
      if (line.startsWith("#")) {
        anchors.add(slug(line.replaceFirst("^#+\\s*", "")));
      }
    }
    return anchors;
  }

  /** The lines that are not part of a fenced code block. */
  private static List<String> outsideCode(List<String> lines) {
    boolean[] fenced = inFence(lines);
    List<String> outside = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!fenced[i]) {
        outside.add(lines.get(i));
      }
    }
    return outside;
  }

  /** GitHub's heading id: lower case, HTML and punctuation dropped, spaces to dashes. */
  static String slug(String heading) {
    String text = heading.replaceAll("<[^>]*>", "").trim().toLowerCase(Locale.ROOT);
    return text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  /** Text safe inside a table cell. */
  static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
