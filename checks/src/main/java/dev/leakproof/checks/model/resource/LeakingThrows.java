package dev.leakproof.checks.model.resource;

import java.util.List;
import java.util.function.Function;
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
   *     names a checked exception ({@link CheckedThrow#YES}; an unknown one is not named first)
   * @param onResource whether a site is a call on the resource itself ({@code in.read()})
   * @return the site to name, or null when there is none
   */
  public static <S> S mostPlausible(List<S> sites,
      Function<? super S, CheckedThrow> declaresCheckedException, Predicate<? super S> onResource) {
    if (sites.isEmpty()) {
      return null;
    }
    for (S site : sites) {
      if (declaresCheckedException.apply(site) == CheckedThrow.YES) {
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
   * Whether {@code sites} hold one a reviewer expects to throw ({@link CheckedThrow}): {@link
   * CheckedThrow#YES} for a call or {@code new} declaring a checked exception ({@code
   * channel.bind(address)} throws {@code IOException}) or a {@code throw} statement; {@link
   * CheckedThrow#NO} when every site is a resolved call declaring none, so that only an unchecked
   * exception could cause the leak ({@code log.debug(..)} or {@code socket.getLocalPort()} before
   * {@code return socket}): possible, but not worth a finding; else {@link CheckedThrow#UNKNOWN}.
   * No site at all is {@link CheckedThrow#UNKNOWN}: the engine did not say.
   */
  public static <S> CheckedThrow anyExpected(List<S> sites,
      Function<? super S, CheckedThrow> declaresCheckedException,
      Predicate<? super S> isThrowStatement) {
    return anyExpected(sites, declaresCheckedException, isThrowStatement, site -> List.of());
  }

  /**
   * {@link #anyExpected(List, Function, Predicate)} where a {@code throw} inside a {@code catch}
   * is as expected as the sites whose exceptions entered that {@code catch} ({@code
   * causesOfRethrow}; none known: the {@code throw} itself is expected). The structured walks send
   * every exception into every {@code catch}, so without this {@code catch (IOException e) {
   * throw new BuildException(e); }} would make {@code log(..)}, which declares nothing, a call a
   * reviewer expects to leak the resource.
   */
  public static <S> CheckedThrow anyExpected(List<S> sites,
      Function<? super S, CheckedThrow> declaresCheckedException,
      Predicate<? super S> isThrowStatement, Function<? super S, List<S>> causesOfRethrow) {
    if (sites.isEmpty()) {
      return CheckedThrow.UNKNOWN;
    }
    CheckedThrow all = CheckedThrow.NO;
    for (S site : sites) {
      all = all.or(isThrowStatement.test(site)
          ? rethrown(causesOfRethrow.apply(site), declaresCheckedException, isThrowStatement,
              causesOfRethrow)
          : declaresCheckedException.apply(site));
    }
    return all;
  }

  private static <S> CheckedThrow rethrown(List<S> causes,
      Function<? super S, CheckedThrow> declaresCheckedException,
      Predicate<? super S> isThrowStatement, Function<? super S, List<S>> causesOfRethrow) {
    return causes.isEmpty() ? CheckedThrow.YES
        : anyExpected(causes, declaresCheckedException, isThrowStatement, causesOfRethrow);
  }
}
