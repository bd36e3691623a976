package dev.leakproof.checks.model.resource;

import java.util.function.BooleanSupplier;

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
  /** No body in view (or too deep): unknown code. */
  UNKNOWN;

  /** Whether the callee owns the argument after the call: {@link #TAKES} or {@link #CLOSES}. */
  public boolean takes() {
    return this == TAKES || this == CLOSES;
  }

  /**
   * The summary of a body whose uses of the parameter are known.
   *
   * @param openOnSomeNormalExit walks the body with the parameter held open; asked only when the
   *     body closes the parameter and gives it nowhere, since only then does the answer matter. A
   *     body the walk does not model ({@link PathWalk.Unsupported}) keeps the older answer: takes.
   */
  public static CalleeSummary ofBody(boolean leavesSomewhere, boolean closedSomewhere,
      BooleanSupplier openOnSomeNormalExit) {
    return ofBody(leavesSomewhere, false, false, closedSomewhere, openOnSomeNormalExit);
  }

  /**
   * The summary of a body whose uses of the parameter are known, at a call whose result is or
   * is not used at once.
   *
   * <p>A body that gives the parameter away only by returning a closeable view of it, and never
   * closes it ({@code BinaryClient client = conn.getClient(); client.sendCommand(..); return
   * client;}, JRediSearch's {@code sendCommand(conn, ..)}), returns a view of its argument: the
   * call is then judged as a call on the resource that returns a closeable is. Its result used at
   * once ({@code sendCommand(conn, ..).getReply()}, or dropped) carries nothing away, so the
   * caller still owns the argument: borrows. Kept, passed on or returned, the view may carry the
   * argument along: takes, as before.
   *
   * @param leavesOnlyAsReturnedView every way the parameter leaves the body is a closeable view
   *     of it that the body returns (and it does leave: {@code leavesSomewhere})
   * @param resultUsedAtOnce the call's value is only the receiver of a further call, or dropped
   * @param openOnSomeNormalExit as for {@link #ofBody(boolean, boolean, BooleanSupplier)}
   */
  public static CalleeSummary ofBody(boolean leavesSomewhere, boolean leavesOnlyAsReturnedView,
      boolean resultUsedAtOnce, boolean closedSomewhere, BooleanSupplier openOnSomeNormalExit) {
    if (leavesSomewhere && leavesOnlyAsReturnedView && !closedSomewhere) {
      return resultUsedAtOnce ? BORROWS : TAKES;
    }
    if (!leavesSomewhere && !closedSomewhere) {
      return BORROWS;
    }
    if (leavesSomewhere) {
      return TAKES;
    }
    try {
      return UnclosedResourceModel.closesOnSomeExitsOnly(false, true,
          openOnSomeNormalExit.getAsBoolean()) ? CLOSES_ON_SOME_EXITS : CLOSES;
    } catch (PathWalk.Unsupported e) {
      return TAKES; // code the walk does not model: as before
    }
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
