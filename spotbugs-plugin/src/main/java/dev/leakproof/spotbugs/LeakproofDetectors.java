package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import java.util.Arrays;
import java.util.List;

/**
 * The detectors this plugin ships, one per implemented rule. The plugin metadata
 * ({@code findbugs.xml}, {@code messages.xml}, {@code bugrank.txt}) is generated from this list
 * and the catalog, so a rule appears in SpotBugs exactly when its detector exists.
 *
 * <p>No list of class names is kept by hand: the detector of rule {@code R} is the class
 * {@code dev.leakproof.spotbugs.RDetector} (see {@link #detectorClassOf}), in catalog order. A
 * test holds every detector class of this package to that convention.
 */
public final class LeakproofDetectors {
  /** SpotBugs' id for this plugin (used to enable or disable it, e.g. in the SpotBugs GUI). */
  public static final String PLUGIN_ID = "dev.leakproof.spotbugs";

  /** The bug code (SpotBugs "abbrev") every Leakproof pattern belongs to. */
  public static final String BUG_CODE = "LEAK";

  /**
   * One shipped detector.
   *
   * @param detectorClass the detector's class name (kept as a name: SpotBugs loads it)
   * @param rule the catalog rule it reports
   * @param category the SpotBugs category users filter on ({@code <Bug category=.../>})
   * @param speed SpotBugs' speed hint: {@code fast}, {@code moderate} or {@code slow}
   */
  public record Entry(String detectorClass, Rule rule, String category, String speed) {}

  public static final List<Entry> ALL = Arrays.stream(Rule.values())
      .filter(rule -> isPresent(detectorClassOf(rule)))
      .map(rule -> new Entry(detectorClassOf(rule), rule, category(rule), speed(rule)))
      .toList();

  private LeakproofDetectors() {}

  /** The class that implements {@code rule} in this plugin, if there is one. */
  public static String detectorClassOf(Rule rule) {
    return LeakproofDetectors.class.getPackageName() + "." + rule.ruleName() + "Detector";
  }

  /** Whether the class is on this plugin's class path, without loading it. */
  private static boolean isPresent(String className) {
    String resource = className.replace('.', '/') + ".class";
    return LeakproofDetectors.class.getClassLoader().getResource(resource) != null;
  }

  /** A new rule must choose (the switch is exhaustive): what users filter on. */
  private static String category(Rule rule) {
    return switch (rule) {
      // A heap that only grows costs memory and GC time; SpotBugs has no memory category.
      case UNBOUNDED_STATIC_CACHE, LISTENER_LEAK, OUTER_INSTANCE_RETENTION,
          THREAD_LOCAL_NOT_REMOVED, STRING_CONCAT_IN_LOOP -> "PERFORMANCE";
      case UNCLOSED_RESOURCE -> "BAD_PRACTICE";
    };
  }

  /** SpotBugs' speed hint: the resource detector walks every path of a method. */
  private static String speed(Rule rule) {
    return rule == Rule.UNCLOSED_RESOURCE ? "moderate" : "fast";
  }
}
