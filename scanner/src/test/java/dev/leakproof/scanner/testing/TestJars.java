package dev.leakproof.scanner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a few classes into a jar, as a library on a user's class path would be. */
public final class TestJars {
  private TestJars() {}

  /**
   * Compiles {@code sources} (paths relative to a scratch folder, and their text, alternating)
   * and packs the classes into {@code jar}.
   */
  public static Path compile(Path jar, Path scratch, String... pathsAndTexts) {
    try {
      SourceTree tree = new SourceTree(scratch.resolve("src"));
      List<String> args = new ArrayList<>(List.of("-d", scratch.resolve("classes").toString(),
          "--release", "17", "-nowarn"));
      for (int i = 0; i < pathsAndTexts.length; i += 2) {
        args.add(tree.write(pathsAndTexts[i], pathsAndTexts[i + 1]).toString());
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
        throw new AssertionError("the test library did not compile");
      }
      Path classes = scratch.resolve("classes");
      Files.createDirectories(jar.getParent());
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
          Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
