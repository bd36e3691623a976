package cases.listener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Flagged: the static registry keeps the object itself in a static list, which nothing ever empties. */
class RegisteredStronglyInStaticRegistry {
  static final class LiveInstances {
    private static final List<Object> INSTANCES = new CopyOnWriteArrayList<>();

    static void register(Object instance) {
      INSTANCES.add(instance);
    }

    static void forget(Object instance) {
      INSTANCES.remove(instance);
    }
  }

  RegisteredStronglyInStaticRegistry() {
    LiveInstances.register(this); // expect: ListenerLeak
  }
}
