package dev.leakproof.buildtools.docs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a docs file that are rendered rather than written, and their rendering.
 *
 * <p>A generated block sits between {@code <!-- name:begin -->} and {@code <!-- name:end -->}; a
 * snippet is a {@code ```java} block right after {@code <!-- snippet: cases/x/Y.java -->} and
 * holds that corpus file without its package line. {@link #regenerate} returns the file with
 * both brought up to date, what was stale, and what is wrong in a way regeneration cannot fix.
 */
final class GeneratedText {
  private static final Pattern BEGIN = Pattern.compile("^<!-- ([a-z]+):begin -->$");
  private static final Pattern SNIPPET = Pattern.compile("^<!-- snippet: (\\S+) -->$");
  private static final String JAVA_FENCE = "```java";
  private static final String CLOSING_FENCE = "```";

  /** A file after regeneration. {@code stale} is fixed by regenerating; {@code problems} is not. */
  record Outcome(List<String> lines, List<String> stale, List<String> problems) {
    boolean changed(List<String> original) {
      return !lines.equals(original);
    }
  }

  /** Where one snippet marker points, as found in a file. */
  record SnippetRef(String path, int markerLine) {}

  private GeneratedText() {}

  /**
   * @param blocks the content each generated block must have; every one must occur exactly once
   * @param snippetSource the text a snippet of a corpus path must have, empty if there is no file
   */
  static Outcome regenerate(List<String> lines, Map<String, List<String>> blocks,
      Function<String, Optional<List<String>>> snippetSource) {
    List<String> out = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      Matcher begin = BEGIN.matcher(line);
      Matcher snippet = SNIPPET.matcher(line);
      if (begin.matches()) {
        String name = begin.group(1);
        int end = indexOf(lines, "<!-- " + name + ":end -->", i + 1);
        if (end < i) {
          problems.add("line " + (i + 1) + ": <!-- " + name + ":begin --> has no <!-- " + name
              + ":end --> after it");
          out.addAll(lines.subList(i, lines.size()));
          break;
        }
        List<String> current = lines.subList(i + 1, end);
        List<String> wanted = blocks.get(name);
        out.add(line);
        if (wanted == null) {
          problems.add("line " + (i + 1) + ": unknown generated block '" + name + "' (want one of "
              + blocks.keySet() + ")");
          out.addAll(current);
        } else if (!seen.add(name)) {
          problems.add("line " + (i + 1) + ": a second '" + name + "' block");
          out.addAll(current);
        } else {
          if (!current.equals(wanted)) {
            stale.add("the generated '" + name + "' block (line " + (i + 1) + ")");
          }
          out.addAll(wanted);
        }
        out.add(lines.get(end));
        i = end + 1;
      } else if (snippet.matches()) {
        String path = snippet.group(1);
        out.add(line);
        int fenceEnd = -1;
        if (i + 1 < lines.size() && lines.get(i + 1).equals(JAVA_FENCE)) {
          fenceEnd = closingFence(lines, i + 2);
        }
        List<String> current = fenceEnd < 0 ? null : lines.subList(i + 2, fenceEnd);
        Optional<List<String>> source = snippetSource.apply(path);
        if (source.isEmpty()) {
          problems.add("line " + (i + 1) + ": snippet of " + path
              + ", which is not a file of the corpus (test-cases/src/main/java*)");
          if (current != null) {
            out.addAll(lines.subList(i + 1, fenceEnd + 1));
          }
          i = current == null ? i + 1 : fenceEnd + 1;
          continue;
        }
        if (current == null) {
          stale.add("the snippet of " + path + " (line " + (i + 1)
              + ": no ```java block right after the marker)");
        } else if (!current.equals(source.get())) {
          stale.add("the snippet of " + path + " (line " + (i + 1) + ")");
        }
        out.add(JAVA_FENCE);
        out.addAll(source.get());
        out.add(CLOSING_FENCE);
        i = current == null ? i + 1 : fenceEnd + 1;
      } else if (Markdown.isFence(line)) {
        if (line.trim().startsWith(JAVA_FENCE)) {
          problems.add("line " + (i + 1) + ": a java block without a <!-- snippet: cases/... -->"
              + " marker right before it; quote a corpus file so the code is compiled");
        }
        int end = closingFence(lines, i + 1);
        int stop = end < 0 ? lines.size() : end + 1;
        out.addAll(lines.subList(i, stop));
        i = stop;
      } else {
        out.add(line);
        i++;
      }
    }
    for (String name : blocks.keySet()) {
      if (!seen.contains(name)) {
        problems.add("no <!-- " + name + ":begin --> ... <!-- " + name + ":end --> block");
      }
    }
    return new Outcome(out, stale, problems);
  }

  /** The snippet markers of a file, in order. */
  static List<SnippetRef> snippets(List<String> lines) {
    List<SnippetRef> refs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = SNIPPET.matcher(lines.get(i));
      if (m.matches()) {
        refs.add(new SnippetRef(m.group(1), i));
      }
    }
    return refs;
  }

  /** What a snippet shows of a corpus file: all of it but the package line and one blank line after. */
  static List<String> quoted(List<String> source) {
    List<String> shown = new ArrayList<>(source);
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).startsWith("package ")) {
        shown.remove(i);
        if (i < shown.size() && shown.get(i).isBlank()) {
          shown.remove(i);
        }
        break;
      }
    }
    return shown;
  }

  private static int indexOf(List<String> lines, String line, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (lines.get(j).equals(line)) {
        return j;
      }
    }
    return -1;
  }

  private static int closingFence(List<String> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (Markdown.isFence(lines.get(j))) {
        return j;
      }
    }
    return -1;
  }
}
