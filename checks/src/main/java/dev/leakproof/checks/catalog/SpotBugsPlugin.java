package dev.leakproof.checks.catalog;

import java.util.Arrays;
import java.util.List;

/**
 * How the catalog appears in SpotBugs: the plugin's id, its bug code, each rule's category and
 * speed hint, and which class implements it. Kept here, beside the catalog, so the SpotBugs
 * plugin and the build tool that writes its {@code findbugs.xml}/{@code messages.xml} read one
 * definition and neither depends on the other.
 *
 * <p>No list of class names is kept by hand: the detector of rule {@code R} is the class
 * {@code dev.leakproof.spotbugs.RDetector} ({@link #detectorClassOf}); a rule is shipped when
 * that class is on the plugin's class path.
 */
public final class SpotBugsPlugin {
  /** SpotBugs' id for this plugin (used to enable or disable it, e.g. in the SpotBugs GUI). */
  public static final String PLUGIN_ID = "dev.leakproof.spotbugs";

  /** The bug code (SpotBugs "abbrev") every Leakproof pattern belongs to. */
  public static final String BUG_CODE = "LEAK";

  /** The package every detector lives in. */
  public static final String DETECTOR_PACKAGE = "dev.leakproof.spotbugs";

  /**
   * The index of the finding's own sentence among a reported bug's annotations: the pattern's
   * long description shows annotation {@code {2}}, so the detector must add the sentence third.
   */
  public static final int DETAIL_ANNOTATION = 2;

  /**
   * One shipped detector.
   *
   * @param detectorClass the detector's class name (kept as a name: SpotBugs loads it)
   * @param rule the catalog rule it reports
   * @param category the SpotBugs category users filter on ({@code <Bug category=.../>})
   * @param speed SpotBugs' speed hint: {@code fast}, {@code moderate} or {@code slow}
   */
  public record Detector(String detectorClass, Rule rule, String category, String speed) {}

  private SpotBugsPlugin() {}

  /** The detectors whose classes {@code loader} can see, in catalog order. */
  public static List<Detector> detectorsOn(ClassLoader loader) {
    return Arrays.stream(Rule.values())
        .filter(rule -> loader.getResource(
            detectorClassOf(rule).replace('.', '/') + ".class") != null)
        .map(rule -> new Detector(detectorClassOf(rule), rule, category(rule), speed(rule)))
        .toList();
  }

  /** The class that implements {@code rule} in the SpotBugs plugin, if there is one. */
  public static String detectorClassOf(Rule rule) {
    return DETECTOR_PACKAGE + "." + rule.ruleName() + "Detector";
  }

  /** A new rule must choose (the switch is exhaustive): what users filter on. */
  static String category(Rule rule) {
    return switch (rule) {
      // A heap that only grows costs memory and GC time; SpotBugs has no memory category.
      case UNBOUNDED_STATIC_CACHE, LISTENER_LEAK, OUTER_INSTANCE_RETENTION,
          THREAD_LOCAL_NOT_REMOVED, STRING_CONCAT_IN_LOOP -> "PERFORMANCE";
      case UNCLOSED_RESOURCE -> "BAD_PRACTICE";
    };
  }

  /** SpotBugs' speed hint: the resource detector walks every path of a method. */
  static String speed(Rule rule) {
    return rule == Rule.UNCLOSED_RESOURCE ? "moderate" : "fast";
  }
}
