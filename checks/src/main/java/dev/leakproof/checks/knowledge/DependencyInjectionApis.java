package dev.leakproof.checks.knowledge;

import java.util.Set;

/**
 * Dependency-injection annotations, by qualified name: on a field, the container supplies its
 * value; on a class, the container keeps one instance of it for the application's life. The
 * decisions built on them live in {@code checks/model/singleton/SingletonBeans}.
 */
public final class DependencyInjectionApis {
  /** On a field: the container (not the object itself) supplies its value. */
  public static final Set<String> INJECTION = Set.of(
      "javax.inject.Inject", "jakarta.inject.Inject", "com.google.inject.Inject",
      "org.springframework.beans.factory.annotation.Autowired",
      "javax.annotation.Resource", "jakarta.annotation.Resource");

  /**
   * On a class: one instance per container, so per application. Not {@code @RequestScoped},
   * {@code @SessionScoped}, {@code @Dependent} or Spring's prototype scope: their instances live
   * as long as a request, a session, or whoever asked for them.
   */
  public static final Set<String> SINGLETON_SCOPES = Set.of(
      "javax.inject.Singleton", "jakarta.inject.Singleton", "com.google.inject.Singleton",
      "javax.enterprise.context.ApplicationScoped", "jakarta.enterprise.context.ApplicationScoped",
      "javax.ejb.Singleton", "jakarta.ejb.Singleton",
      "org.springframework.stereotype.Component", "org.springframework.stereotype.Service",
      "org.springframework.stereotype.Repository", "org.springframework.stereotype.Controller",
      "org.springframework.web.bind.annotation.RestController",
      "org.springframework.context.annotation.Configuration");

  private DependencyInjectionApis() {}
}
