package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: the registering object is itself a singleton kept in a static field (after FlatLaf's
 * {@code WindowTopBorder} on its static native provider): subject and listener both live as long
 * as their classes, so neither outlives the other. A singleton: a private constructor called once,
 * behind a null test of a private static field that nothing else writes, under the class's lock;
 * the look-alikes are {@code SingletonLookAlikesListenToStaticState}.
 */
class SingletonListensToStaticState {
  interface ChangeListener {
    void changed();
  }

  static final class Provider {
    private final List<ChangeListener> listeners = new ArrayList<>();

    void addChangeListener(ChangeListener listener) {
      listeners.add(listener);
    }

    void removeChangeListener(ChangeListener listener) {
      listeners.remove(listener);
    }
  }

  private static final Provider PROVIDER = new Provider();
  private static SingletonListensToStaticState instance;

  private int updates;

  static synchronized SingletonListensToStaticState getInstance() {
    if (instance == null) {
      instance = new SingletonListensToStaticState();
    }
    return instance;
  }

  private SingletonListensToStaticState() {
    PROVIDER.addChangeListener(() -> updates++);
  }
}
