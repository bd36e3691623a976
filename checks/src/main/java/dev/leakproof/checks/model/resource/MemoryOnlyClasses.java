package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.knowledge.MemoryOnlyCloseables;
import dev.leakproof.checks.knowledge.ReleaseMethods;
import dev.leakproof.checks.knowledge.ResourceApis;
import java.util.List;
import java.util.Optional;

/**
 * Whether an {@code AutoCloseable} of a class the engine can read holds only memory, judged from
 * what its {@code close()} does, not from what its fields hold: leaving it open leaks something
 * only if closing it would release something. A field's type says little (commons-compress's
 * {@code BoundedSeekableByteChannelInputStream} keeps the archive's channel in a field and its
 * {@code close()} leaves it open; POI's {@code POIFSFileSystem} keeps an abstract {@code
 * DataSource} that may be a file's channel, and its {@code close()} closes it: the real leak
 * poi-60 of the benchmark), what {@code close()} calls says all.
 *
 * <p>{@code close()} releases only memory when every call in its body is one of: {@code
 * super.close()} of a superclass whose {@code close()} releases only memory; {@code close()} on a
 * field of this object whose declared type holds only memory (an in-memory type of {@link
 * ResourceApis#isNonResource}, or a final class, so no subclass can change its {@code close()},
 * judged the same way). Assignments, tests, returns and throws of the body touch only the
 * object's memory. Any other call or object creation may release anything, and so does a {@code
 * close()} the engine cannot read (a library class's, unless {@link
 * MemoryOnlyCloseables#closeDoesNothing}). A class the tables release by another method ({@link
 * ReleaseMethods}: JGit's {@code TemporaryBuffer.destroy()}), or a subclass of one, is not judged.
 *
 * <p>Only the exact class of a value is judged: a {@code new} of it, or a final class. A value
 * declared as a non-final type may be a subclass that releases something.
 */
public final class MemoryOnlyClasses {
  private MemoryOnlyClasses() {}

  /** How deep field types and superclasses are followed before giving up (holds something). */
  static final int DEPTH = 4;

  /** A call in a {@code close()} body, as the engine reads it. */
  public sealed interface Call {}

  /** {@code super.close()}: what {@code superclass}'s {@code close()} releases is released. */
  public record SuperClose(String superclass) implements Call {}

  /**
   * {@code field.close()} (or {@code this.field.close()}) on a field of this object declared as
   * {@code fieldType}.
   */
  public record FieldClose(String fieldType) implements Call {}

  /** Any other call or object creation: it may release anything. */
  public record OtherCall(String what) implements Call {}

  /**
   * The {@code close()} that instances of a class run, as the engine found it.
   *
   * @param declaringClass the class that declares it (the class itself or a superclass)
   * @param calls every call of its body, or empty when the engine cannot read the body (a
   *     library class, an abstract or native method)
   */
  public record CloseMethod(String declaringClass, Optional<List<Call>> calls) {}

  /** What an engine can read about the classes it analyses. */
  public interface Classes {
    /**
     * The {@code close()} an instance of exactly {@code fqcn} runs (declared there or inherited),
     * or empty when the engine cannot tell (the class is not in the analysed code, or none is
     * found).
     */
    Optional<CloseMethod> closeOf(String fqcn);

    /** Whether {@code fqcn} is a class no other class can extend (final, an enum, a record). */
    boolean isFinal(String fqcn);

    /** The superclasses of {@code fqcn}, nearest first, as far as the engine can tell. */
    List<String> superclasses(String fqcn);
  }

  /**
   * Whether a value made by {@code new fqcn(..)} (its class exactly) holds only memory, so leaving
   * it open leaks nothing.
   */
  public static boolean createdHoldsOnlyMemory(String fqcn, Classes classes) {
    return exactlyHoldsOnlyMemory(fqcn, classes, DEPTH);
  }

  private static boolean exactlyHoldsOnlyMemory(String fqcn, Classes classes, int depth) {
    if (fqcn == null) {
      return false;
    }
    if (ResourceApis.isNonResource(fqcn)) {
      return true;
    }
    if (depth == 0) {
      return false;
    }
    if (ReleaseMethods.knowsType(fqcn)
        || classes.superclasses(fqcn).stream().anyMatch(ReleaseMethods::knowsType)) {
      return false; // released by another method than close(): JGit's TemporaryBuffer.destroy()
    }
    Optional<CloseMethod> close = classes.closeOf(fqcn);
    return close.isPresent() && releasesOnlyMemory(close.get(), classes, depth);
  }

  private static boolean releasesOnlyMemory(CloseMethod close, Classes classes, int depth) {
    if (MemoryOnlyCloseables.closeDoesNothing(close.declaringClass())) {
      return true;
    }
    if (close.calls().isEmpty()) {
      return false;
    }
    for (Call call : close.calls().get()) {
      if (!releasesOnlyMemory(call, classes, depth)) {
        return false;
      }
    }
    return true;
  }

  private static boolean releasesOnlyMemory(Call call, Classes classes, int depth) {
    if (call instanceof SuperClose s) {
      return MemoryOnlyCloseables.closeDoesNothing(s.superclass())
          || classes.closeOf(s.superclass())
              .map(superClose -> releasesOnlyMemory(superClose, classes, depth - 1))
              .orElse(false);
    }
    if (call instanceof FieldClose f) {
      return ResourceApis.isNonResource(f.fieldType())
          || (classes.isFinal(f.fieldType())
              && exactlyHoldsOnlyMemory(f.fieldType(), classes, depth - 1));
    }
    return false; // any other call may release anything
  }
}
