package dev.leakproof.checks.model.singleton;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Annotations that make a field injected, and annotations on a class that make a DI container
 * keep one instance of it for the life of the application. A listener registered on such an
 * object from a shorter-lived one stays registered for that whole life.
 */
public final class SingletonBeans {
  /** On a field: the container (not the object itself) supplies its value. */
  private static final Set<String> INJECTION = Set.of(
      "javax.inject.Inject", "jakarta.inject.Inject", "com.google.inject.Inject",
      "org.springframework.beans.factory.annotation.Autowired",
      "javax.annotation.Resource", "jakarta.annotation.Resource");

  /** On a class: one instance per container, so per application. */
  private static final Set<String> SINGLETON_SCOPES = Set.of(
      "javax.inject.Singleton", "jakarta.inject.Singleton", "com.google.inject.Singleton",
      "javax.enterprise.context.ApplicationScoped", "jakarta.enterprise.context.ApplicationScoped",
      "javax.ejb.Singleton", "jakarta.ejb.Singleton",
      "org.springframework.stereotype.Component", "org.springframework.stereotype.Service",
      "org.springframework.stereotype.Repository", "org.springframework.stereotype.Controller",
      "org.springframework.web.bind.annotation.RestController",
      "org.springframework.context.annotation.Configuration");

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
