package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.knowledge.ClosingResults;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The closeable a method of a resource returns, when it is not the resource: {@code itr =
 * txn.read(zxid)}, ZooKeeper's iterator over its transaction log ({@code FileTxnLog:359}). Such a
 * result is <em>tied</em> to the resource: closing it leaves the resource open, and the resource
 * may have to stay open for it, so where the result goes (returned, stored, given to code that
 * keeps it) the resource is let go; used and closed in the method, it lets nothing go, and the
 * resource is still the method's to close. Written once for the three engines: each says what
 * it sees of the call and of the result's uses, and decides here.
 */
public final class TiedResults {
  private TiedResults() {}

  /**
   * Whether closing the closeable a call on the resource returns closes the resource, so the
   * result is the resource carried on, not a tied value: the result may be the receiver itself
   * (the receiver's class is the result's or a subtype of it: {@code writer.append(..)}, {@code
   * stream.filter(..)}), or {@link ClosingResults} says closing that view closes its receiver
   * ({@code getChannel()}, a {@code Socket}'s streams). An engine that cannot tell the hierarchy
   * takes the result for the resource, as before (precision first: then closing it may close
   * the resource).
   *
   * @param receiverMayBeResult whether the receiver's class is the result's or a subtype of it;
   *     null when the engine cannot tell
   * @param listedAsClosing whether {@link ClosingResults} answers {@link
   *     ClosingResults.Closing#CLOSES_RECEIVER} for the method; asked only when the hierarchy
   *     says the result is not the receiver
   */
  public static boolean closesReceiver(Boolean receiverMayBeResult,
      BooleanSupplier listedAsClosing) {
    return receiverMayBeResult == null || receiverMayBeResult
        || listedAsClosing.getAsBoolean();
  }

  /**
   * Whether a tied result, kept in a local of the method, lets the resource go: the local
   * escapes where the engine cannot follow it, or a mention hands it over (returned, stored in a
   * field or array, given to code that may keep it), unless that mention gives it to a callee
   * whose body keeps nothing of it (closes it or only uses it: {@code close(itr)} in a {@code
   * finally}). Closing the result itself is no hand-over: the resource stays open.
   *
   * @param escapes the local escapes where the engine cannot follow it
   * @param handOvers the mentions of the local that give it away
   * @param givenToCalleeKeepingNothing whether a hand-over is an argument of a callee whose body,
   *     read by the engine, closes or only uses it and never lets it leave
   */
  public static <M> boolean letResourceGo(boolean escapes, List<M> handOvers,
      Predicate<M> givenToCalleeKeepingNothing) {
    return escapes || !handOvers.stream().allMatch(givenToCalleeKeepingNothing);
  }
}
