package dev.leakproof.spotbugs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources the way a user's build would, for SpotBugs to analyze. */
final class JavaSources {
  private JavaSources() {}

  /**
   * The lines of {@code sources} that end in {@code // flag}, as {@code folder/File.java:line}:
   * what a detector test expects to be reported, every other line being expected silent.
   */
  static TreeSet<String> markedLines(List<Path> sources, String folder) throws IOException {
    TreeSet<String> marked = new TreeSet<>();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).trim().endsWith("// flag")) {
          marked.add(folder + "/" + source.getFileName() + ":" + (i + 1));
        }
      }
    }
    return marked;
  }

  /**
   * Compiles {@code sources} at {@code --release release} into a fresh {@code outDir}, with full
   * debug info ({@code -g}, as Maven does) or javac's default (source file and line numbers, but no
   * local variable table).
   */
  static Path compile(List<Path> sources, int release, boolean debugInfo, Path outDir) {
    try {
      deleteRecursively(outDir);
      Files.createDirectories(outDir);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter messages = new StringWriter();
      List<String> options = new ArrayList<>(List.of(
          "--release", Integer.toString(release), debugInfo ? "-g" : "-g:source,lines",
          "-proc:none", "-nowarn", "-Xlint:-options", "-encoding", "UTF-8", "-d", outDir.toString()));
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
        Boolean ok = javac.getTask(messages, files, null, options, null,
            files.getJavaFileObjectsFromPaths(sources)).call();
        if (!ok) {
          throw new AssertionError("javac --release " + release + " failed:\n" + messages);
        }
      }
      return outDir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The build directory of this module (surefire runs in the module directory). */
  static Path targetDir() {
    return Path.of("target").toAbsolutePath();
  }
}
