package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.resource.CalleeSummary;

/**
 * What a stack word or a local variable holds as the resource walk ({@link ResourcePaths})
 * follows it.
 *
 * <p>The walk keeps its words as ints ({@link WordStack}, an {@code int[]} of locals), and only
 * this class knows which int is which value: a path's state is hashed and compared whole, up to
 * {@link ResourcePaths#STATE_LIMIT} of them per acquisition, and int arrays do that without
 * boxing; the stack is also the one {@link UninitializedObjects} marks its objects on (positive
 * words, {@link UninitializedObjects#marker}). The walk reads a word with {@link #of} or {@link
 * #at} and writes one with {@link #word}; the final flags ({@link #UNTESTED_FLAG}) carry their
 * index, through {@link #untestedFlag} and {@link #flagIndex}.
 */
enum TrackedValue {
  /** Nothing the walk follows: any other value. */
  UNKNOWN(0),
  /** The resource (and every alias of it). */
  RESOURCE(-1),
  /** The object the resource was obtained from ({@code connection} of {@code createStatement}). */
  PARENT(-2),
  /**
   * A resource or view obtained from the resource ({@code statement.executeQuery()}, {@code
   * statement.getResultSet()}): returning, storing or passing it on hands the resource on too (a
   * method returning a {@code ResultSet} cannot close its statement).
   */
  CHILD(-3),
  /**
   * The int constant {@code 0} (a {@code boolean} flag's false): followed through int locals so
   * that {@code ok = true; ... finally { if (!ok) in.close(); }} takes the branch the flag
   * decides.
   */
  FALSE(-4),
  /** The int constant {@code 1}, a flag's true ({@link #FALSE}). */
  TRUE(-5),
  /**
   * The {@code null} an {@code aconst_null} pushes, on the stack only (a local it is stored in
   * holds an unknown value): compared with the resource by {@code if_acmpeq}/{@code if_acmpne},
   * which javac emits for {@code null != in} and {@code null == in} (Ant's {@code
   * FileUtils.close}), it takes the branch where the resource is not null.
   */
  NULL(-6),
  /**
   * In a {@linkplain ResourcePaths#followParameter parameter}'s walk only: a value the method
   * derives from the parameter by a call on it that is neither the resource nor a closeable view
   * of it ({@code filesystem.getRoot()}); stored, returned or given to a constructor, it keeps
   * the parameter ({@link CalleeSummary#keptThrough}). On the stack only: stored in a local, it
   * is an unknown value, as the source engines, which read the call's position, see it.
   */
  DERIVED(-7),
  /**
   * In a {@linkplain ResourcePaths#returnsOnlyAView view walk} only: a closeable view of the
   * parameter got by a call on it ({@code socket.getOutputStream()}), which every other walk
   * takes for the resource itself; followed to tell whether it is only returned.
   */
  VIEW(-8),
  /**
   * A closeable another method of the resource returned that is neither the resource ({@code
   * writer.append(..)}) nor, by {@link ResourcePaths.CallModel#resultClosesReceiver}, a view
   * whose closing closes it ({@code txn.read(zxid)}, ZooKeeper's iterator over its log): closing
   * it leaves the resource open; stored, returned or passed on, it may need the resource open,
   * which is let go there as a {@link #CHILD} is, unless the callee closes or only uses it.
   */
  TIED(-9),
  /**
   * A final boolean field of the analysed object not yet tested on the path, the {@code k}th the
   * walk met ({@link #untestedFlag}): a branch on it records its value in the path's local
   * {@code maxLocals + k}, so that a later test of the same field takes the same branch ({@code
   * if (reOpen) reader.close(); ... if (reOpen) reader = open();}, commons-io's {@code Tailer}).
   */
  UNTESTED_FLAG(Integer.MIN_VALUE),
  /** An object a {@code new} made, not yet initialised ({@link UninitializedObjects#marker}). */
  UNINITIALIZED(Integer.MIN_VALUE);

  /** Final boolean fields followed per method; later ones are unknown at every test. */
  static final int FLAG_SLOTS = 4;
  /** The word of the first {@link #UNTESTED_FLAG}; the {@code k}th is {@code FLAG - k}. */
  private static final int FLAG = -1000;
  /** The values with a word of their own, by {@code -word}. */
  private static final TrackedValue[] BY_WORD =
      {UNKNOWN, RESOURCE, PARENT, CHILD, FALSE, TRUE, NULL, DERIVED, VIEW, TIED};

  private final int word;

  TrackedValue(int word) {
    this.word = word;
  }

  /** The word that holds this value; not for the two that carry an index or a node. */
  int word() {
    if (word == Integer.MIN_VALUE) {
      throw new IllegalStateException(this + " carries its index: untestedFlag, marker");
    }
    return word;
  }

  /** The value {@code word} holds. */
  static TrackedValue of(int word) {
    if (word > 0) {
      return UNINITIALIZED;
    }
    if (word > -BY_WORD.length) {
      return BY_WORD[-word];
    }
    return flagIndex(word) >= 0 ? UNTESTED_FLAG : UNKNOWN;
  }

  /** The value {@code depth} words below the top of {@code stack} ({@code 0}: the top). */
  static TrackedValue at(WordStack stack, int depth) {
    return of(stack.peek(depth));
  }

  /** Whether this is {@link #FALSE} or {@link #TRUE}: a flag whose value the path knows. */
  boolean isKnownFlag() {
    return this == FALSE || this == TRUE;
  }

  /** The word of the {@code index}th {@link #UNTESTED_FLAG} ({@code index < FLAG_SLOTS}). */
  static int untestedFlag(int index) {
    return FLAG - index;
  }

  /** Which {@link #UNTESTED_FLAG} {@code word} is, or -1 when it is none. */
  static int flagIndex(int word) {
    int index = FLAG - word;
    return index >= 0 && index < FLAG_SLOTS ? index : -1;
  }
}
