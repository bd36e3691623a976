package dev.leakproof.spotbugs;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.util.Optional;
import org.apache.bcel.classfile.JavaClass;

/**
 * The analysed application's own classes, whose bytecode the plugin reads to summarise a callee or
 * a constructor. A library class is not one: the knowledge tables judge it. A class SpotBugs
 * cannot load is reported to SpotBugs as missing (it lists such classes after the run) and read as
 * unknown, so the analysis goes on.
 */
final class ApplicationClasses {
  private ApplicationClasses() {}

  /** The class named {@code dottedName} when it is the application's and SpotBugs can load it. */
  static Optional<JavaClass> lookup(String dottedName) {
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    if (context == null || !context.isApplicationClass(dottedName)) {
      return Optional.empty();
    }
    try {
      return Optional.of(context.lookupClass(dottedName));
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return Optional.empty();
    }
  }
}
