package dev.leakproof.scanner.engine;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JavaParser's source-root solver, asked only for names it could possibly find. When a name is
 * not at its canonical place ({@code a/b/C.java}), JavaParser parses every file of the folder to
 * look for a type declared in a file of another name; failed lookups are the common case (every
 * simple name is first tried in the file's own package and under each wildcard import), so that
 * folder-wide parse was a third of the scanner's time. Here a name goes to JavaParser only when a
 * canonical file exists or some file of the folder declares a type of that simple name, as the
 * text shows; otherwise JavaParser would have parsed the folder and found nothing, so the answer
 * is the same.
 */
final class SourceRootTypeSolver extends JavaParserTypeSolver {
  /** The words that introduce a type's name ({@code @interface} contains {@code interface}). */
  private static final List<String> TYPE_KEYWORDS = List.of("class", "interface", "enum", "record");

  /** Marks a folder that could not be listed ("*" is no Java identifier). */
  private static final String UNREADABLE = "*";

  private final Path root;
  /** Per folder, the simple names its files declare top-level types of (a superset, from text). */
  private final Map<Path, Set<String>> declaredByFolder = new HashMap<>();

  SourceRootTypeSolver(Path root, ParserConfiguration configuration, long parsedFilesKept) {
    super(root, configuration, parsedFilesKept);
    this.root = root.toAbsolutePath();
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
    return mayDeclare(name) ? super.tryToSolveType(name) : SymbolReference.unsolved();
  }

  /**
   * Whether JavaParser's search for {@code name} can succeed: for each split of the name into a
   * path and a type ({@code a.b.C.D}: {@code a/b/C/D.java}, then {@code a/b/C.java} for {@code
   * C.D}, ...), the canonical file exists or a file in its folder declares the type's first name.
   */
  private boolean mayDeclare(String name) {
    String[] elements = name.split("\\.");
    for (int i = elements.length; i > 0; i--) {
      Path folder = root;
      for (int j = 0; j < i - 1; j++) {
        folder = folder.resolve(elements[j]);
      }
      try {
        if (Files.exists(folder.resolve(elements[i - 1] + ".java"))) {
          return true;
        }
      } catch (RuntimeException e) {
        return true; // an odd name for the file system: let JavaParser decide
      }
      Set<String> declared = declaredIn(folder);
      if (declared.contains(elements[i - 1]) || declared.contains(UNREADABLE)) {
        return true;
      }
    }
    return false;
  }

  private Set<String> declaredIn(Path folder) {
    return declaredByFolder.computeIfAbsent(folder, SourceRootTypeSolver::scanFolder);
  }

  /**
   * Adds every identifier that follows a whole word {@code class}, {@code interface}, {@code
   * enum} or {@code record} and white space: a superset of the type names the text declares
   * (comments and strings may add more, which only costs a parse). A plain search, since a
   * regular expression over every folder's text was a noticeable cost of its own.
   */
  static void addDeclaredNames(String text, Set<String> names) {
    for (String keyword : TYPE_KEYWORDS) {
      for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
        if (at > 0 && Character.isJavaIdentifierPart(text.charAt(at - 1))) {
          continue;
        }
        int i = at + keyword.length();
        int spaceStart = i;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i == spaceStart || i >= text.length()
            || !Character.isJavaIdentifierStart(text.charAt(i))) {
          continue;
        }
        int start = i;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
          i++;
        }
        names.add(text.substring(start, i));
      }
    }
  }

  /**
   * The text outside every brace, comment and literal: where the file's top-level types are
   * declared, the only ones JavaParser's folder search looks for (it would parse the whole
   * folder for a nested class's name, e.g. each {@code Builder}, and find nothing). Null when the
   * text is not simple enough to tell (a text block, unbalanced braces, an unterminated
   * literal): then the whole text is used, which can only find more names.
   */
  static String topLevelText(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
        out.append(' ');
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          return null;
        }
        i = end + 1;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        if (text.startsWith("\"\"\"", i)) {
          return null;
        }
        int j = i + 1;
        while (j < n && text.charAt(j) != c) {
          if (text.charAt(j) == '\\') {
            j++;
          }
          if (j < n && text.charAt(j) == '\n') {
            return null;
          }
          j++;
        }
        if (j >= n) {
          return null;
        }
        i = j;
        out.append(' ');
      } else if (c == '{') {
        depth++;
        out.append(' ');
      } else if (c == '}') {
        if (--depth < 0) {
          return null;
        }
        out.append(' ');
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return depth == 0 ? out.toString() : null;
  }

  private static Set<String> scanFolder(Path folder) {
    Set<String> names = new HashSet<>();
    if (!Files.isDirectory(folder)) {
      return names;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        // The same test as JavaParser's when it lists the folder.
        if (!file.getFileName().toString().toLowerCase().endsWith(".java")) {
          continue;
        }
        String text;
        try {
          text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
          continue; // JavaParser could not parse it either
        }
        String topLevel = topLevelText(text);
        addDeclaredNames(topLevel != null ? topLevel : text, names);
      }
    } catch (IOException | RuntimeException e) {
      names.add(UNREADABLE); // cannot list it: let JavaParser try
    }
    return names;
  }
}
