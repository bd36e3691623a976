package dev.leakproof.checks.model.staticcache;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A static collection's registration methods ({@link CollectionAdd#registration()}): the methods
 * of the collection's class that its static initialisation calls, directly or through the
 * class's other methods (to a fixed point), and that other code can call the same way to
 * register more entries: static, not private, returning nothing. Engines key methods as
 * precisely as they can tell overloads apart (javac symbols, JVM signatures, source name and
 * arity).
 */
public final class RegistrationMethods {
  private RegistrationMethods() {}

  /**
   * What a method's declaration says of it.
   *
   * @param isStatic whether it is static
   * @param isPrivate whether it is private
   * @param returnsVoid whether it returns nothing
   */
  public record Shape(boolean isStatic, boolean isPrivate, boolean returnsVoid) {
    /** Whether code outside the class can call it to register an entry, as the class does. */
    boolean registers() {
      return isStatic && !isPrivate && returnsVoid;
    }
  }

  /**
   * @param callSites each method of the collection's class with the places that call it
   * @param inStaticInitialisation whether a call site runs in the class's static initialisation
   *     (a {@code static {}} block, a static field's initialiser) or in one of the methods
   *     reached from it so far
   * @param shape what a reached method's declaration says of it
   */
  public static <M, S> Set<M> of(Map<M, ? extends Collection<S>> callSites,
      BiPredicate<S, Set<M>> inStaticInitialisation, Function<M, Shape> shape) {
    Set<M> reached = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<M, ? extends Collection<S>> method : callSites.entrySet()) {
        if (!reached.contains(method.getKey()) && method.getValue().stream()
            .anyMatch(site -> inStaticInitialisation.test(site, reached))) {
          reached.add(method.getKey());
          changed = true;
        }
      }
    }
    reached.removeIf(method -> !shape.apply(method).registers());
    return reached;
  }
}
