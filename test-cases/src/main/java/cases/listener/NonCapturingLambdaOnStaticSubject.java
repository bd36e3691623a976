package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: the lambda captures only a parameter, not {@code this}, so the static subject retains
 * nothing of the registering object (precision first, same reasoning as a static nested listener).
 */
class NonCapturingLambdaOnStaticSubject {
  interface Listener {
    void changed();
  }

  static final class Subject {
    private final List<Listener> listeners = new ArrayList<>();

    void addListener(Listener listener) {
      listeners.add(listener);
    }

    void removeListener(Listener listener) {
      listeners.remove(listener);
    }
  }

  private static final Subject SETTINGS = new Subject();

  void bind(String name) {
    SETTINGS.addListener(() -> System.out.println(name + " changed"));
  }
}
