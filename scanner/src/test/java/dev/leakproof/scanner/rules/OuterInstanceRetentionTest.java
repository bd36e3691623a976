package dev.leakproof.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test writes a class whose lines that must be flagged end in {@code // flag}; every other
 * line must stay silent.
 */
class OuterInstanceRetentionTest {
  private static final List<SourceRule> RULE = List.of(new OuterInstanceRetention());

  @TempDir Path dir;

  private void assertFlags(String source) {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/T.java", source);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    List<Integer> expected = SourceTree.markedLines(source);
    assertEquals(expected, result.findings().stream().map(f -> f.region().startLine()).toList(),
        source);
  }

  /**
   * The Cleaner keeps the action. Not a corpus case (test-cases/src/main/java11) yet: there
   * ListenerLeak, in every engine, also reports {@code CLEANER.register(this, ...)} as a
   * registration on a static subject, though the Cleaner holds the object only phantom-reachably.
   */
  @Test
  void flagsACleaningActionThatHoldsTheObjectItCleans() {
    assertFlags("""
        package p;
        import java.lang.ref.Cleaner;
        class T {
          static final Cleaner CLEANER = Cleaner.create();
          int handle;
          static void release(int handle) {}
          T() {
            CLEANER.register(this, () -> release(handle)); // flag
            int copy = handle;
            CLEANER.register(this, () -> release(copy));
            CLEANER.register(new Object(), () -> release(handle));
          }
        }
        """);
  }
}
