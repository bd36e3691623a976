package dev.leakproof.checks.model.singleton;

import dev.leakproof.checks.knowledge.DependencyInjectionApis;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Annotations that make a field injected, and annotations on a class that make a DI container
 * keep one instance of it for the life of the application. A listener registered on such an
 * object from a shorter-lived one stays registered for that whole life. The tables are
 * {@link DependencyInjectionApis}.
 */
public final class SingletonBeans {
  private static final Set<String> INJECTION = DependencyInjectionApis.INJECTION;
  private static final Set<String> SINGLETON_SCOPES = DependencyInjectionApis.SINGLETON_SCOPES;

  private SingletonBeans() {}

  /** Whether an annotation (qualified, or simple when the engine only sees source text) injects a field. */
  public static boolean isInjection(String annotation) {
    return matches(INJECTION, annotation);
  }

  /** Whether an annotation on a class makes it a container-managed singleton. */
  public static boolean isSingletonScope(String annotation) {
    return matches(SINGLETON_SCOPES, annotation);
  }

  /**
   * How the container holds the one instance of a class carrying {@code classAnnotations}
   * (qualified names, as far as the engine can qualify them), for a finding's subject ("the DI
   * container, as a @Singleton"); empty when none is a singleton scope. A collection in an
   * instance field of such a class lives as long as the application, like a static one.
   */
  public static Optional<String> containerHolder(Collection<String> classAnnotations) {
    return classAnnotations.stream().filter(SingletonBeans::isSingletonScope).findFirst()
        .map(a -> "the DI container, as a @" + a.substring(a.lastIndexOf('.') + 1));
  }

  /** The qualified singleton-scope annotations, for engines that ask a type whether it has one. */
  public static Set<String> knownSingletonScopes() {
    return SINGLETON_SCOPES;
  }

  private static boolean matches(Set<String> known, String annotation) {
    if (annotation.contains(".")) {
      return known.contains(annotation);
    }
    return known.stream().anyMatch(k -> k.endsWith("." + annotation));
  }
}
