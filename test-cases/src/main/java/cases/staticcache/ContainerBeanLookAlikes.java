package cases.staticcache;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Singleton;

/**
 * Silent: a request-scoped bean lives for one request; a container singleton whose map is also
 * removed from, or whose map the container hands in (its growth is the caller's), or whose map
 * is bounded by its keys; and a class no container annotation makes a singleton.
 */
class ContainerBeanLookAlikes {
  @RequestScoped
  static class RequestAttributes {
    private final Map<String, String> values = new HashMap<>();

    void put(String key, String value) {
      values.put(key, value);
    }
  }

  @Singleton
  static class Sessions {
    private final Map<String, String> open = new HashMap<>();
    private final Map<String, String> injected;

    Sessions(Map<String, String> injected) {
      this.injected = injected;
    }

    void open(String id, String user) {
      open.put(id, user);
      injected.put(id, user);
    }

    void close(String id) {
      open.remove(id);
    }
  }

  static class NotABean {
    private final Map<String, String> values = new HashMap<>();

    void put(String key, String value) {
      values.put(key, value);
    }
  }
}
