package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.PathFact.CLOSED_ON_NORMAL_PATH;
import static dev.leakproof.checks.model.resource.PathFact.CLOSED_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.HANDED_OVER_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_EXCEPTION;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_NORMAL_PATH;
import static dev.leakproof.checks.model.resource.PathFact.LEAVES_ONLY_AS_RETURNED_VIEW;
import static dev.leakproof.checks.model.resource.PathFact.VIEW_HANDED_ON;

import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a callee does with a resource passed to it, as far as its body tells (issue #10's
 * ownership summary). The source engines read the body each in its own trees and decide here,
 * so the answer for the same body is the same in both.
 */
public enum CalleeSummary {
  /** Only uses it: the caller still owns it. */
  BORROWS,
  /** Stores, returns, captures or passes it on (or closes it, as far as the walk can tell): the callee owns it now. */
  TAKES,
  /**
   * Closes it on every normal exit and gives it nowhere ({@code closeQuietly(in)}, a helper of
   * the application named otherwise): the callee owns it now, as with {@link #TAKES} (a caller
   * that follows a local asks {@link #takes}); a class's own field given to it is released there
   * ({@link OwningFieldModel#asArgumentOf}).
   */
  CLOSES,
  /**
   * Closes it on some paths but returns with it open on some other normal exit, and never gives
   * it away ({@link UnclosedResourceModel#closesOnSomeExitsOnly}): the caller still owns it.
   */
  CLOSES_ON_SOME_EXITS,
  /**
   * Closes it on every normal exit, but an exception the callee may throw leaves with it still
   * open ({@code while ((n = in.read(buf)) > 0) crc.update(..); in.close();}, Ant's {@code
   * jlink.calcChecksum(InputStream)}): no {@code finally}, try-with-resources or {@code catch}
   * closes it where the failure goes. Its caller still owns it when the call fails, so the call
   * borrows it; a caller that never closes it leaks it on that path ("not closed on every path",
   * as the bytecode engine reads such a body). Only a throw a reviewer may expect counts ({@link
   * CheckedThrow#mayBeExpected}: a checked exception, a {@code throw}), not that every call may
   * fail unchecked.
   */
  CLOSES_UNLESS_IT_THROWS,
  /** No body in view (or too deep): unknown code. */
  UNKNOWN;

  /**
   * How many calls deep every engine follows the project's own code when it summarises a callee
   * or reads a method as a factory: deeper, or in a recursion, the answer stays unknown. One
   * depth, so that the engines cut the same chains short.
   */
  public static final int MAX_NESTED_CALLS = 3;

  /** Whether the callee owns the argument after the call: {@link #TAKES} or {@link #CLOSES}. */
  public boolean takes() {
    return this == TAKES || this == CLOSES;
  }

  /**
   * Whether the caller still owns the argument after the call: the callee only borrows it, or
   * closes it on some exits or unless it throws ({@link #BORROWS}, {@link #CLOSES_ON_SOME_EXITS},
   * {@link #CLOSES_UNLESS_IT_THROWS}); for {@link #UNKNOWN} as the shape of the call says
   * ({@code unknownBorrows}, asked only then: {@link UnreadableCallModel}).
   */
  public boolean borrows(BooleanSupplier unknownBorrows) {
    return this == UNKNOWN ? unknownBorrows.getAsBoolean() : !takes();
  }

  /**
   * The summary of a body whose uses of the parameter are known, from the source engines'
   * mentions ({@link ResourceMentions.Uses}): it leaves ({@link Uses#leavesSomewhere}: {@link
   * PathFact#HANDED_OVER_SOMEWHERE}), only as a returned view, and is closed somewhere as they
   * say; then {@link #ofBody(PathFacts, boolean, Supplier)}.
   */
  public static CalleeSummary ofBody(Uses<?> uses, boolean resultUsedAtOnce,
      Supplier<PathFacts> openExits) {
    return ofBody(PathFacts.NONE
        .with(HANDED_OVER_SOMEWHERE, uses.leavesSomewhere())
        .with(LEAVES_ONLY_AS_RETURNED_VIEW, uses.leavesOnlyAsReturnedView())
        .with(CLOSED_SOMEWHERE, uses.closedSomewhere()), resultUsedAtOnce, openExits);
  }

  /**
   * The summary of a body whose uses of the parameter are known ({@code body}: {@link
   * PathFact#HANDED_OVER_SOMEWHERE}, {@link PathFact#LEAVES_ONLY_AS_RETURNED_VIEW}, {@link
   * PathFact#CLOSED_SOMEWHERE}), at a call whose result is or is not used at once.
   *
   * <p>A body that gives the parameter away only by returning a closeable view of it, and never
   * closes it ({@code BinaryClient client = conn.getClient(); client.sendCommand(..); return
   * client;}, JRediSearch's {@code sendCommand(conn, ..)}), returns a view of its argument: the
   * call is then judged as a call on the resource that returns a closeable is. Its result used at
   * once ({@code sendCommand(conn, ..).getReply()}, or dropped) carries nothing away, so the
   * caller still owns the argument: borrows. Kept, passed on or returned, the view may carry the
   * argument along: takes, as before.
   *
   * @param resultUsedAtOnce the call's value is only the receiver of a further call, or dropped
   * @param openExits walks the body with the parameter held open ({@link #openExits}); asked
   *     only when the body closes the parameter and gives it nowhere, since only then does the
   *     answer matter. A body the walk does not model ({@link PathWalk.Unsupported}) keeps the
   *     older answer: takes.
   */
  public static CalleeSummary ofBody(PathFacts body, boolean resultUsedAtOnce,
      Supplier<PathFacts> openExits) {
    boolean leavesSomewhere = body.has(HANDED_OVER_SOMEWHERE);
    boolean closedSomewhere = body.has(CLOSED_SOMEWHERE);
    if (leavesSomewhere && body.has(LEAVES_ONLY_AS_RETURNED_VIEW) && !closedSomewhere) {
      return resultUsedAtOnce ? BORROWS : TAKES;
    }
    if (!leavesSomewhere && !closedSomewhere) {
      return BORROWS;
    }
    if (leavesSomewhere) {
      return TAKES;
    }
    try {
      PathFacts open = openExits.get();
      if (UnclosedResourceModel.closesOnSomeExitsOnly(PathFacts.of(CLOSED_SOMEWHERE)
          .with(LEAKS_ON_NORMAL_PATH, open.has(LEAKS_ON_NORMAL_PATH)))) {
        return CLOSES_ON_SOME_EXITS;
      }
      return open.has(LEAKS_ON_EXCEPTION) ? CLOSES_UNLESS_IT_THROWS : CLOSES;
    } catch (PathWalk.Unsupported e) {
      return TAKES; // code the walk does not model: as before
    }
  }

  /**
   * The summary of a body followed path by path with its parameter as the resource (the bytecode
   * engine's walk, which finds where the parameter is handed over or a view of it handed on,
   * closed, closed on a normal path, and left open on a normal path or an exception), as {@link
   * #ofBody(PathFacts, boolean, Supplier)} reads it, with what that walk alone can tell:
   *
   * <ul>
   *   <li>closed only off the normal path (a {@code catch} that closes it): unknown;
   *   <li>closed on a normal path and left open only where a wrapper given it fails to be built
   *       ({@code try (Reader r = new InputStreamReader(in, charsetName))}): taken over, as the
   *       source engines read a body that closes it, and no caller could close it better;
   *   <li>left open only by an exception ({@link #CLOSES_UNLESS_IT_THROWS}): unknown, the walk
   *       judges such a leak at the call itself;
   *   <li>borrowed, or closed on some exits only: trusted only from a body no override replaces
   *       ({@code cannotBeOverridden}), since another body may run in its place.
   * </ul>
   *
   * @param walked what the walk found: {@link PathFact#HANDED_OVER_SOMEWHERE}, {@link
   *     PathFact#VIEW_HANDED_ON}, {@link PathFact#CLOSED_SOMEWHERE}, {@link
   *     PathFact#CLOSED_ON_NORMAL_PATH}, {@link PathFact#LEAKS_ON_NORMAL_PATH}, {@link
   *     PathFact#LEAKS_ON_EXCEPTION}
   * @param leaksOnlyWhereAWrapperFails every path that leaves it open starts where a wrapper's
   *     constructor given it fails
   */
  public static CalleeSummary ofWalkedBody(PathFacts walked, boolean leaksOnlyWhereAWrapperFails,
      boolean cannotBeOverridden) {
    boolean leavesSomewhere = walked.has(HANDED_OVER_SOMEWHERE) || walked.has(VIEW_HANDED_ON);
    boolean closedSomewhere = walked.has(CLOSED_SOMEWHERE);
    boolean closedOnNormalPath = walked.has(CLOSED_ON_NORMAL_PATH);
    if (!leavesSomewhere && closedSomewhere && !closedOnNormalPath) {
      return UNKNOWN;
    }
    if (!leavesSomewhere && closedOnNormalPath && walked.has(LEAKS_ON_EXCEPTION)
        && !walked.has(LEAKS_ON_NORMAL_PATH) && leaksOnlyWhereAWrapperFails) {
      return TAKES;
    }
    CalleeSummary summary = ofBody(PathFacts.NONE.with(HANDED_OVER_SOMEWHERE, leavesSomewhere)
        .with(CLOSED_SOMEWHERE, closedSomewhere), false, () -> walked);
    return switch (summary) {
      case BORROWS, CLOSES_ON_SOME_EXITS -> cannotBeOverridden ? summary : UNKNOWN;
      case CLOSES_UNLESS_IT_THROWS -> UNKNOWN;
      case TAKES, CLOSES, UNKNOWN -> summary;
    };
  }

  /**
   * Where a callee's body, walked with its parameter held open ({@link PathWalk#analyseHeld}),
   * leaves it open: {@link PathFact#LEAKS_ON_NORMAL_PATH} when some normal exit (a {@code
   * return}, falling off the end, a path a {@code catch} recovered) does, {@link
   * PathFact#LEAKS_ON_EXCEPTION} when an exception a reviewer may expect leaves the body with it,
   * each throwing site judged by {@code thrown} (the engine's reading of its throws clause); the
   * body's own {@code throw} always counts. {@link PathFacts#NONE}: closed on every exit the
   * engine follows.
   */
  public static <N> PathFacts openExits(PathWalk.Result<N> walked,
      Function<N, CheckedThrow> thrown) {
    return PathFacts.NONE
        .with(LEAKS_ON_NORMAL_PATH, walked.leaksOnNormalPath())
        .with(LEAKS_ON_EXCEPTION, walked.exits().has(PathFact.OPEN_AT_OWN_THROW)
            || walked.leaksOnException() && walked.exceptionLeaks().stream()
                .anyMatch(site -> thrown.apply(site).mayBeExpected()));
  }

  /**
   * Where a callee puts a value it derives from its resource parameter by a call on it whose
   * result is not itself a closeable view ({@code filesystem.getRoot()}, a {@code DirectoryNode}).
   */
  public enum DerivedValueUse {
    /** Read in the body only ({@code filesystem.getRoot().getName()}). */
    READ,
    /** Stored in a field or array element. */
    STORED,
    /** Returned to the caller. */
    RETURNED,
    /** Given to a constructor: {@code new}, {@code this(..)} or {@code super(..)}. */
    GIVEN_TO_CONSTRUCTOR,
    /** Given to a method. */
    GIVEN_TO_METHOD
  }

  /**
   * Whether the callee keeps its resource parameter through such a derived value: a value that
   * is not closeable may still lead back to the resource, and whoever holds it may close it
   * (Apache POI's {@code HSLFSlideShowImpl(POIFSFileSystem)} is {@code
   * this(filesystem.getRoot())}; {@code POIDocument} stores the {@code DirectoryNode} and its
   * {@code close()} closes the file system). Stored, returned or given to a constructor (which
   * may store it), it keeps the parameter: takes. Only read, or given to a method (judged as
   * reading it, as before), it borrows; so does a plain value, which holds nothing
   * ({@code this.name = filesystem.getName()}).
   *
   * @param resultType the derived value's class, qualified; null when the engine cannot tell
   *     (then it may lead back)
   */
  public static boolean keptThrough(DerivedValueUse use, String resultType) {
    return (use == DerivedValueUse.STORED || use == DerivedValueUse.RETURNED
        || use == DerivedValueUse.GIVEN_TO_CONSTRUCTOR)
        && mayLeadBack(resultType);
  }

  /**
   * Whether a value of {@code resultType} (qualified, {@code byte[]} for an array; null:
   * unknown) may lead to other objects: not a string, a boxed primitive or an array of either.
   */
  public static boolean mayLeadBack(String resultType) {
    return resultType == null || !holdsNoReference(resultType.replace("[]", ""));
  }

  /**
   * Whether a value of {@code type} (qualified, or a primitive's name) holds no reference to
   * anything: a string, a primitive or a boxed primitive. The SpotBugs plugin asks it too, for a
   * call's result type that can never be a view of a resource.
   */
  public static boolean holdsNoReference(String type) {
    return PLAIN_VALUES.contains(type);
  }

  /** Values that hold no reference to anything: strings and boxed primitives. */
  private static final java.util.Set<String> PLAIN_VALUES = java.util.Set.of("java.lang.String",
      "boolean", "byte", "char", "short", "int", "long", "float", "double",
      "java.lang.Integer", "java.lang.Long", "java.lang.Boolean", "java.lang.Character",
      "java.lang.Byte", "java.lang.Short", "java.lang.Float", "java.lang.Double");
}
