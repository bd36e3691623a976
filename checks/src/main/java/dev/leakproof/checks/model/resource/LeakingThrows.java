package dev.leakproof.checks.model.resource;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which call to name in "closed, but not if {@code read()} throws": every call may throw as far
 * as the path walks know, so the first one after the acquisition is often {@code
 * System.nanoTime()} or {@code List.size()}, which is right but not helpful. Every engine picks
 * the same way, as far as it can see:
 *
 * <ol>
 *   <li>the first call that declares a checked exception ({@code in.read()} throws {@code
 *       IOException});
 *   <li>else (no call is known to: throws clauses unknown, or only unchecked ones) the first call
 *       on the resource itself;
 *   <li>else the first site.
 * </ol>
 */
public final class LeakingThrows {
  private LeakingThrows() {}

  /**
   * @param sites the throwing sites that leak the resource, first to last
   * @param declaresCheckedException whether a site is a call or {@code new} whose throws clause
   *     names a checked exception (false when unknown)
   * @param onResource whether a site is a call on the resource itself ({@code in.read()})
   * @return the site to name, or null when there is none
   */
  public static <S> S mostPlausible(List<S> sites, Predicate<? super S> declaresCheckedException,
      Predicate<? super S> onResource) {
    if (sites.isEmpty()) {
      return null;
    }
    for (S site : sites) {
      if (declaresCheckedException.test(site)) {
        return site;
      }
    }
    for (S site : sites) {
      if (onResource.test(site)) {
        return site;
      }
    }
    return sites.get(0);
  }

  /**
   * Whether {@code sites} hold one a reviewer expects to throw: a call or {@code new} declaring a
   * checked exception ({@code channel.bind(address)} throws {@code IOException}), or a {@code
   * throw} statement. A leak that only an unchecked exception could cause ({@code log.debug(..)}
   * or {@code socket.getLocalPort()} before {@code return socket}) is possible, but not worth a
   * finding.
   */
  public static <S> boolean anyExpected(List<S> sites, Predicate<? super S> declaresCheckedException,
      Predicate<? super S> isThrowStatement) {
    for (S site : sites) {
      if (declaresCheckedException.test(site) || isThrowStatement.test(site)) {
        return true;
      }
    }
    return false;
  }
}
