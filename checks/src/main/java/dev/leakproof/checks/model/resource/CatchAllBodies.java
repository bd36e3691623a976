package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.model.CatchAll;
import java.util.Collection;

/**
 * Whether a callee the engine can read cannot throw at all (issue #10, H2's {@code
 * Utils10.setTcpQuickack}): its body wraps everything it does in a {@code try} whose {@code catch}
 * takes every exception a caller expects ({@link CatchAll#catchesExpected}: {@code catch (Throwable
 * t)}, {@code catch (Exception e)}) and whose
 * handler only returns. A resource handed over after such a call is not "leaked if it throws",
 * whatever its throws clause or the library's habit of failing unchecked says: the call is one
 * that declares nothing ({@link CheckedThrow#NO}).
 *
 * <p>Each engine splits the body into parts (statements in source, instructions in bytecode) and
 * says of each whether it is {@link Part#HARMLESS} on its own, {@link Part#GUARDED} by such a
 * catch, or {@link Part#MAY_THROW}; this class decides from those parts, the same way for all.
 */
public final class CatchAllBodies {
  private CatchAllBodies() {}

  /** What one part of a callee's body may do. */
  public enum Part {
    /**
     * Cannot throw on its own: returns a constant or a local ({@code return false;}), stores a
     * local, jumps, or is the handler of a catch-all doing only that.
     */
    HARMLESS,
    /** Inside a {@code try} that has a catch-all clause whose handler is harmless. */
    GUARDED,
    /** Anything else: a call, a {@code new}, a field or array access outside such a try. */
    MAY_THROW
  }

  /**
   * Whether a body made of {@code parts} cannot throw: something is guarded by a catch-all and
   * nothing outside it may throw. A body without a catch-all is left alone (a getter returning a
   * constant cannot throw either, but is no hand-over's concern and not worth reading for).
   */
  public static boolean cannotThrow(Collection<Part> parts) {
    return parts.contains(Part.GUARDED) && !parts.contains(Part.MAY_THROW);
  }
}
