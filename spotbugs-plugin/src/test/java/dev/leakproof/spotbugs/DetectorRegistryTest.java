package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.SpotBugsPlugin;
import edu.umd.cs.findbugs.Detector;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped detectors ({@link SpotBugsPlugin#detectorsOn}) are derived by a naming convention, so the convention must hold:
 * every concrete SpotBugs detector in this package is {@code <RuleName>Detector} of a catalog
 * rule (else it would silently never be registered), and each one is registered.
 */
class DetectorRegistryTest {
  private static final List<SpotBugsPlugin.Detector> SHIPPED =
      SpotBugsPlugin.detectorsOn(LeakproofDetector.class.getClassLoader());

  @Test
  void everyDetectorClassIsRegisteredUnderItsRulesName() throws Exception {
    List<String> detectors = detectorClassesIn(Path.of("target/classes/dev/leakproof/spotbugs"));
    assertFalse(detectors.isEmpty(), "no detector classes found in target/classes");
    List<String> registered =
        SHIPPED.stream().map(SpotBugsPlugin.Detector::detectorClass).sorted().toList();
    assertEquals(detectors, registered,
        "detector classes must be named <RuleName>Detector after a rule of the catalog");
  }

  @Test
  void eachEntryReportsTheRuleItsClassIsNamedAfter() {
    for (SpotBugsPlugin.Detector entry : SHIPPED) {
      assertEquals(SpotBugsPlugin.detectorClassOf(entry.rule()), entry.detectorClass());
    }
    assertEquals(Rule.values().length, SHIPPED.size(),
        "every rule has a SpotBugs detector today; update this test if one is dropped");
  }

  private static List<String> detectorClassesIn(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> "dev.leakproof.spotbugs." + n.substring(0, n.length() - ".class".length()))
          .sorted().toList();
      return names.stream().filter(DetectorRegistryTest::isConcreteDetector).toList();
    }
  }

  private static boolean isConcreteDetector(String name) {
    try {
      Class<?> type = Class.forName(name, false, DetectorRegistryTest.class.getClassLoader());
      return Detector.class.isAssignableFrom(type) && !type.isInterface()
          && !Modifier.isAbstract(type.getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
