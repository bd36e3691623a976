package cases.listener;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Silent: the static helper wraps what it registers in a {@code WeakReference} before the static
 * list keeps it, so the list does not keep this object reachable.
 */
class RegisteredThroughWeakReferenceHelper {
  static final class LiveInstances {
    private static final List<WeakReference<Object>> INSTANCES = new CopyOnWriteArrayList<>();

    static void register(Object instance) {
      INSTANCES.add(new WeakReference<>(instance));
    }

    static void prune() {
      for (WeakReference<Object> reference : INSTANCES) {
        if (reference.get() == null) {
          INSTANCES.remove(reference);
        }
      }
    }
  }

  RegisteredThroughWeakReferenceHelper() {
    LiveInstances.register(this);
  }
}
