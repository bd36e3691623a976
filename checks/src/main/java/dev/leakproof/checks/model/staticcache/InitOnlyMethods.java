package dev.leakproof.checks.model.staticcache;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The private methods that run only during initialisation: every call of them (and every lambda
 * or method reference that hands them over) sits in initialisation, or in another such method,
 * to a fixed point. Adds there fill the collection once and do not count. Engines key methods
 * as precisely as they can tell overloads apart (javac symbols, JVM signatures, source name
 * and arity).
 */
public final class InitOnlyMethods {
  private InitOnlyMethods() {}

  /**
   * @param callSites each private method of the analysed code with its call sites; a method
   *     with no known call site never qualifies (it may be called reflectively or through a
   *     handle the engine cannot see)
   * @param inInitialisation whether a call site runs during initialisation, given the methods
   *     known so far to run only then
   */
  public static <M, S> Set<M> of(Map<M, ? extends Collection<S>> callSites,
      BiPredicate<S, Set<M>> inInitialisation) {
    Set<M> initOnly = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<M, ? extends Collection<S>> method : callSites.entrySet()) {
        if (!initOnly.contains(method.getKey()) && !method.getValue().isEmpty()
            && method.getValue().stream().allMatch(site -> inInitialisation.test(site, initOnly))) {
          initOnly.add(method.getKey());
          changed = true;
        }
      }
    }
    return initOnly;
  }
}
