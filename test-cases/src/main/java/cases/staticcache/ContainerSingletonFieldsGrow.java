package cases.staticcache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Singleton;
import org.springframework.stereotype.Service;

/**
 * Flagged: an instance collection of a class that a dependency-injection container keeps one
 * instance of (a JSR-330 {@code @Singleton}, a CDI {@code @ApplicationScoped} bean, a Spring
 * {@code @Service}) lives as long as the application, like a static one, whatever its
 * constructors' access.
 */
class ContainerSingletonFieldsGrow {
  @Singleton
  static class SessionRegistry {
    private final Map<String, String> sessions = new HashMap<>(); // expect: UnboundedStaticCache "'sessions' of the only SessionRegistry instance (held in the DI container, as a @Singleton)"

    void open(String id, String user) {
      sessions.put(id, user);
    }
  }

  @ApplicationScoped
  static class AuditTrail {
    private final List<String> events = new ArrayList<>(); // expect: UnboundedStaticCache "held in the DI container, as a @ApplicationScoped"

    public AuditTrail() {}

    void record(String event) {
      events.add(event);
    }
  }

  @Service
  static class PriceCache {
    private final Map<String, Double> prices = new ConcurrentHashMap<>(); // expect: UnboundedStaticCache "held in the DI container, as a @Service"

    double price(String sku) {
      return prices.computeIfAbsent(sku, s -> (double) s.length());
    }
  }
}
