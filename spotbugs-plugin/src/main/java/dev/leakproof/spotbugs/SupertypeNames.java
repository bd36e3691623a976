package dev.leakproof.spotbugs;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.classfile.JavaClass;

/**
 * The names of a class's superclasses and all its interfaces, as SpotBugs can load them, kept for
 * the analysis they were read in. {@link ResourceCallModel} asks them of every class a call names
 * (is a {@code HikariDataSource.getConnection()} a {@code DataSource}'s?), for every pool entry of
 * every analysed class; walking the hierarchy again each time was a good part of the plugin's
 * cost. The hierarchy does not change during one analysis; a new analysis context (another
 * SpotBugs run in the same JVM) starts afresh. The context is held weakly: a finished analysis
 * (its class caches) must not stay in memory for these names.
 */
final class SupertypeNames {
  private static WeakReference<AnalysisContext> readIn = new WeakReference<>(null);
  private static final Map<String, List<String>> NAMES = new HashMap<>();

  private SupertypeNames() {}

  /** Superclasses, then interfaces; what could be read when part of the hierarchy is missing. */
  static synchronized List<String> of(String className) {
    AnalysisContext current = AnalysisContext.currentAnalysisContext();
    if (current != readIn.get()) {
      NAMES.clear();
      readIn = new WeakReference<>(current);
    }
    List<String> known = NAMES.get(className);
    if (known == null) {
      known = read(current, className);
      NAMES.put(className, known);
    }
    return known;
  }

  private static List<String> read(AnalysisContext context, String className) {
    List<String> names = new ArrayList<>();
    try {
      JavaClass type = context.lookupClass(className);
      for (JavaClass superclass : type.getSuperClasses()) {
        names.add(superclass.getClassName());
      }
      for (JavaClass iface : type.getAllInterfaces()) {
        names.add(iface.getClassName());
      }
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
    }
    return List.copyOf(names);
  }
}
