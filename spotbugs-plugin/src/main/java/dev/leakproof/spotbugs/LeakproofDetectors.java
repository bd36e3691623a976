package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import java.util.List;

/**
 * The detectors this plugin ships, one per implemented rule. The plugin metadata
 * ({@code findbugs.xml}, {@code messages.xml}, {@code bugrank.txt}) is generated from this list
 * and the catalog, so a rule appears in SpotBugs exactly when its detector exists here.
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

  public static final List<Entry> ALL = List.of(
      // A heap that only grows costs memory and GC time; SpotBugs has no memory category.
      new Entry("dev.leakproof.spotbugs.UnboundedStaticCacheDetector",
          Rule.UNBOUNDED_STATIC_CACHE, "PERFORMANCE", "fast"),
      new Entry("dev.leakproof.spotbugs.ListenerLeakDetector",
          Rule.LISTENER_LEAK, "PERFORMANCE", "fast"),
      new Entry("dev.leakproof.spotbugs.OuterInstanceRetentionDetector",
          Rule.OUTER_INSTANCE_RETENTION, "PERFORMANCE", "fast"),
      new Entry("dev.leakproof.spotbugs.ThreadLocalNotRemovedDetector",
          Rule.THREAD_LOCAL_NOT_REMOVED, "PERFORMANCE", "fast"),
      new Entry("dev.leakproof.spotbugs.StringConcatInLoopDetector",
          Rule.STRING_CONCAT_IN_LOOP, "PERFORMANCE", "fast"),
      new Entry("dev.leakproof.spotbugs.UnclosedResourceDetector",
          Rule.UNCLOSED_RESOURCE, "BAD_PRACTICE", "moderate"));

  private LeakproofDetectors() {}
}
