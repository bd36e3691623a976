package dev.leakproof.scanner.engine;

import com.github.javaparser.Provider;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * How much CPU time one file may take, and where it went over. Work on a file cannot be stopped
 * from outside (a Java thread can only be asked), so the parser and the solver ask this budget
 * as they go: the parser each time it reads a buffer of text ({@link #reading}), the solver each
 * time it looks a type up ({@link #asSolver}). Over budget, they throw {@link Exceeded}, an
 * {@link Error} so that no {@code catch (RuntimeException e)} of a rule or of JavaParser takes it
 * for "unknown" and goes on with part of the answers: the file becomes a notification naming
 * the phase, its findings are dropped, and the scan goes on.
 *
 * <p>CPU time of the worker thread, not wall time, so that a loaded machine does not turn
 * ordinary files into notifications. One per worker thread; {@link #start} resets it per file.
 */
final class FileBudget {
  /** Normal files take milliseconds, the largest real ones about a second. */
  static final Duration DEFAULT = Duration.ofSeconds(20);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long budgetNanos;
  private final boolean cpuTime;
  private long startNanos;
  /** Written by the worker, read by the scan's watchdog. */
  private volatile String phase = "";

  FileBudget(Duration budget) {
    this.budgetNanos = budget.toNanos();
    this.cpuTime = THREADS.isCurrentThreadCpuTimeSupported();
  }

  /** Over budget while analysing a file. */
  static final class Exceeded extends Error {
    private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message, null, false, false);
    }
  }

  /** Starts the budget of the next file, on the thread that analyses it. */
  void start() {
    startNanos = now();
    phase = "reading";
  }

  /** Names what the file's analysis does now, for the notification. */
  void enter(String phase) {
    this.phase = phase;
  }

  /** Throws {@link Exceeded} when the file has used up its budget. */
  void check() {
    check("");
  }

  private void check(String detail) {
    if (now() - startNanos > budgetNanos) {
      throw new Exceeded(exceededMessage(detail));
    }
  }

  /** The notification's text for a file over budget in the current phase. */
  String exceededMessage(String detail) {
    return "took more than " + budgetSeconds() + " of CPU time (" + phase + detail
        + "); skipped it, other files were still analysed";
  }

  private String budgetSeconds() {
    return budgetNanos % 1_000_000_000 == 0 ? budgetNanos / 1_000_000_000 + " s"
        : String.format(java.util.Locale.ROOT, "%.3f s", budgetNanos / 1e9);
  }

  private long now() {
    return cpuTime ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** {@code text} for the parser, checking this budget at every buffer it reads. */
  Provider reading(String text) {
    return new Provider() {
      private int next;

      @Override
      public int read(char[] buffer, int offset, int length) {
        check();
        if (next >= text.length()) {
          return -1;
        }
        int count = Math.min(length, text.length() - next);
        text.getChars(next, next + count, buffer, offset);
        next += count;
        return count;
      }

      @Override
      public void close() {}
    };
  }

  /**
   * A type solver that finds nothing and checks this budget: placed first among a file's
   * solvers, it is asked before each type lookup that is not cached.
   */
  TypeSolver asSolver() {
    return new ChildSolver() {
      @Override
      public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        check(", resolving types");
        return SymbolReference.unsolved();
      }

      @Override
      public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(
          String qualifiedModuleName, String simpleTypeName) {
        check(", resolving types");
        return SymbolReference.unsolved();
      }
    };
  }
}
