package dev.leakproof.checks.model.resource;

/**
 * One thing a walk of a resource's paths found, in every engine: the source engines' {@link
 * PathWalk}, the bytecode engine's walk over its control-flow graph, and a callee's body walked
 * for its ownership summary. A walk's findings are a {@link PathFacts}; {@link
 * UnclosedResourceModel} and {@link CalleeSummary} judge them. Each fact is said here once.
 */
public enum PathFact {
  /**
   * A path the method takes by itself leaves it open: a normal exit (a {@code return}, falling
   * off the end) or overwriting its only reference, on a path no exception started; the source
   * walk counts its own {@code throw} outside any {@code catch} too, and the bytecode walk an
   * {@code athrow} ("not closed on every path"). For a callee's body ({@link
   * CalleeSummary#openExits}): some normal exit returns with it open.
   */
  LEAKS_ON_NORMAL_PATH,
  /**
   * An exception leaks it: one leaves the method with it open, or a {@code catch} handled one
   * and the path then left the method normally with it open ({@code catch (IOException e) {
   * return -1; }}). For a callee's body: one a caller may expect ({@link
   * CheckedThrow#mayBeExpected}).
   */
  LEAKS_ON_EXCEPTION,
  /** Some path that no exception started closes it. */
  CLOSED_ON_NORMAL_PATH,
  /**
   * Some path closes it, an exceptional one included (a {@code catch} that closes it when the
   * hand-over fails): the code means to close it.
   */
  CLOSED_SOMEWHERE,
  /**
   * Every exception that leaks it starts a path that closes it or hands it over: it enters a
   * {@code catch} or a {@code finally} that does (try-with-resources too), so the method handles
   * its own failures ({@link UnclosedResourceModel#judgeWalk} says which throws are covered).
   */
  CLOSED_ON_FAILURE,
  /**
   * Some path gives it away (returns it, stores it in a field or an array, captures it, passes it
   * to code that keeps it), or the engine cannot follow where it goes: the method means another
   * owner to close it.
   */
  HANDED_OVER_SOMEWHERE,
  /**
   * Every way it leaves the body is a closeable view of it that the body returns ({@code return
   * conn.getClient()}), and it does leave: what a callee's summary asks ({@link
   * CalleeSummary#ofBody}).
   */
  LEAVES_ONLY_AS_RETURNED_VIEW,
  /** Some path derives an owning view from it ({@code statement.getResultSet()}). */
  VIEW_DERIVED,
  /**
   * Some path returns, stores or passes on such a view, or a resource obtained from it: the
   * resource's owner is then elsewhere, on every path.
   */
  VIEW_HANDED_ON,

  // Where the source walk's paths end ({@link PathWalk.Result}), from which it tells the two
  // leaks above apart.

  /**
   * A normal exit, or overwriting the only reference, on a path no {@code catch} recovered
   * ({@link States#recovered}) leaves it open.
   */
  OPEN_AT_UNRECOVERED_EXIT,
  /**
   * A normal exit, or overwriting the only reference, on a path that recovered from an exception
   * thrown with it open leaves it open: that exception leaks it.
   */
  OPEN_AT_RECOVERED_EXIT,
  /** An exception leaves the method with it open. */
  THROWN_OPEN,
  /**
   * A {@code throw} statement outside any {@code catch} leaves the method with it open ({@code if
   * (bad) throw new IOException("bad");} before the close): a path the method takes by itself.
   */
  OPEN_AT_OWN_THROW
}
