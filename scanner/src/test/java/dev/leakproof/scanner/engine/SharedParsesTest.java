package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Kept parses are handed out as copies, and go with the source root a worker dropped. */
class SharedParsesTest {
  private final JavaParser parser =
      new JavaParser(SharedParses.markingCleanParses(FileAnalyser.configuration()));

  private CompilationUnit parsed(String text) {
    return parser.parse(text).getResult().orElseThrow();
  }

  @Test
  void forgetsTheCopiesUnderADroppedRootOnly() {
    SharedParses shared = new SharedParses();
    Path first = Path.of("/scan/first/p/A.java").toAbsolutePath().normalize();
    Path second = Path.of("/scan/second/p/B.java").toAbsolutePath().normalize();
    CompilationUnit a = parsed("package p; class A {}");
    shared.keepCopyOf(first, a);
    shared.keepCopyOf(second, parsed("package p; class B {}"));
    CompilationUnit copy = shared.copyOf(first).orElseThrow();
    assertNotSame(a, copy);
    assertEquals(a, copy);

    shared.forgetUnder(Path.of("/scan/first"));

    assertTrue(shared.copyOf(first).isEmpty());
    assertTrue(shared.copyOf(second).isPresent());
  }
}
