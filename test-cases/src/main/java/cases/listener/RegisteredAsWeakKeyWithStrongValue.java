package cases.listener;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flagged: the helper wraps the object in a {@code WeakReference} for the key but also stores it
 * as the value, and the value keeps it reachable.
 */
class RegisteredAsWeakKeyWithStrongValue {
  static final class LiveInstances {
    private static final Map<WeakReference<Object>, Object> INSTANCES = new ConcurrentHashMap<>();

    static void register(Object instance) {
      INSTANCES.put(new WeakReference<>(instance), instance);
    }

    static void forget(WeakReference<Object> key) {
      INSTANCES.remove(key);
    }
  }

  RegisteredAsWeakKeyWithStrongValue() {
    LiveInstances.register(this); // expect: ListenerLeak
  }
}
