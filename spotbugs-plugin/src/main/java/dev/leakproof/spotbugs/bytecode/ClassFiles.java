package dev.leakproof.spotbugs.bytecode;

import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.util.Optional;
import org.apache.bcel.classfile.JavaClass;

/**
 * Any class SpotBugs can load, the application's or a library's, read where a fact about it
 * decides (its fields, methods, superclass, inner-class entry). A class it cannot load (missing,
 * or a class file it cannot parse) is unknown, and each caller says what unknown means; unlike
 * {@code ApplicationClasses.lookup}, nothing is reported missing.
 */
public final class ClassFiles {
  private ClassFiles() {}

  /** The class named {@code dottedName}; empty when SpotBugs cannot load it. */
  public static Optional<JavaClass> read(String dottedName) {
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    if (context == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(context.lookupClass(dottedName));
    } catch (ClassNotFoundException | RuntimeException unknown) {
      return Optional.empty();
    }
  }
}
