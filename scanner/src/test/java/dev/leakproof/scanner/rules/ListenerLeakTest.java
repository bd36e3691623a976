package dev.leakproof.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the scanner has to decide: {@code @SuppressWarnings}. What the rule reports is the
 * corpus's {@code cases/listener} family, run by {@code ScannerConformanceTest}. The test writes
 * a class whose lines that must be flagged end in {@code // flag}; every other line must stay
 * silent. A subject class {@code p.Bus} sits beside it.
 */
class ListenerLeakTest {
  private static final List<SourceRule> RULE = List.of(new ListenerLeak());

  private static final String BUS = """
      package p;
      import java.util.ArrayList;
      import java.util.List;
      public final class Bus {
        public static final Bus INSTANCE = new Bus();
        private final List<Runnable> listeners = new ArrayList<>();
        public void addListener(Runnable listener) { listeners.add(listener); }
      }
      """;

  @TempDir Path dir;

  @Test
  void suppressWarningsSilencesIt() {
    String source = """
        package p;
        class T implements Runnable {
          void flagged() {
            Bus.INSTANCE.addListener(this); // flag
          }
          @SuppressWarnings("ListenerLeak")
          void suppressed() {
            Bus.INSTANCE.addListener(this);
          }
          @Override public void run() {}
        }
        """;
    SourceTree tree = new SourceTree(dir);
    tree.write("p/Bus.java", BUS);
    tree.write("p/T.java", source);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    assertEquals(SourceTree.markedLines(source), result.findings().stream()
        .filter(f -> f.region().path().equals("p/T.java"))
        .map(f -> f.region().startLine()).toList(), source);
  }
}
