package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: each registering class keeps an instance in a static field, but nothing proves it is
 * the only one or that the field keeps it, so each listener may outlive an object that would
 * otherwise go: the field is written again by an instance method, it is not private (any class of
 * the package may reset it), the creation sits in a loop, and a lazy getter without a lock (two
 * threads may each make one and register).
 */
class SingletonLookAlikesListenToStaticState {
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

  static final Provider PROVIDER = new Provider();

  static final class ResetByInstanceMethod {
    private static ResetByInstanceMethod current;
    private int updates;

    private ResetByInstanceMethod() {
      PROVIDER.addChangeListener(() -> updates++); // expect: ListenerLeak
    }

    static synchronized ResetByInstanceMethod getInstance() {
      if (current == null) {
        current = new ResetByInstanceMethod();
      }
      return current;
    }

    void makeCurrent() {
      current = this;
    }
  }

  static final class PackageVisibleHolder {
    static PackageVisibleHolder instance;
    private int updates;

    private PackageVisibleHolder() {
      PROVIDER.addChangeListener(() -> updates++); // expect: ListenerLeak
    }

    static synchronized PackageVisibleHolder getInstance() {
      if (instance == null) {
        instance = new PackageVisibleHolder();
      }
      return instance;
    }
  }

  static final class MadeInALoop {
    private static MadeInALoop last;

    static {
      for (int i = 0; i < 3; i++) {
        last = new MadeInALoop();
      }
    }

    private int updates;

    private MadeInALoop() {
      PROVIDER.addChangeListener(() -> updates++); // expect: ListenerLeak
    }
  }

  static final class UnlockedLazyGetter {
    private static UnlockedLazyGetter instance;
    private int updates;

    private UnlockedLazyGetter() {
      PROVIDER.addChangeListener(() -> updates++); // expect: ListenerLeak
    }

    static UnlockedLazyGetter getInstance() {
      if (instance == null) {
        instance = new UnlockedLazyGetter();
      }
      return instance;
    }
  }
}
