package dev.leakproof.errorprone.sarif;

import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.Log;
import java.lang.reflect.Constructor;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Lets us see every diagnostic javac reports, without changing what it reports.
 *
 * <p>javac has no public hook for that, and {@code Log.DiagnosticHandler} changed shape between
 * JDK releases (a static nested class up to JDK 21, an inner class of {@code Log} since). Both
 * shapes have a {@code DeferredDiagnosticHandler} constructor taking {@code (Log, Predicate)}
 * (on newer JDKs the {@code Log} is the enclosing instance), and both ask the predicate about
 * every diagnostic before deciding whether to defer it. A predicate that observes and answers
 * "do not defer" passes each diagnostic on untouched, so reflection on that one constructor
 * works on every JDK Error Prone supports.
 */
final class DiagnosticTap {
  private DiagnosticTap() {}

  /** Installs a pass-through handler on {@code log} that shows each diagnostic to {@code observer}. */
  static void install(Log log, Consumer<JCDiagnostic> observer) throws ReflectiveOperationException {
    Predicate<JCDiagnostic> observeAndPassOn = diagnostic -> {
      try {
        observer.accept(diagnostic);
      } catch (RuntimeException | LinkageError e) {
        // Never let SARIF collection disturb javac's own reporting.
      }
      return false;
    };
    Constructor<Log.DeferredDiagnosticHandler> constructor =
        Log.DeferredDiagnosticHandler.class.getConstructor(Log.class, Predicate.class);
    constructor.newInstance(log, observeAndPassOn); // the constructor installs it on log
  }
}
