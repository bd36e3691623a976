package cases.listener.debugger;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the registries of {@code Registries.java} hand their listeners to. */
interface Keeper {
  void keep(Object listener);
}

/** Keeps listeners only through {@code WeakReference}s. */
final class WeakKeeper implements Keeper {
  private final List<WeakReference<Object>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void keep(Object listener) {
    listeners.add(new WeakReference<>(listener));
  }
}

/** Keeps nothing. */
final class QuietKeeper implements Keeper {
  @Override
  public void keep(Object listener) {}
}

/** Keeps listeners strongly, for good. */
final class StrongKeeper implements Keeper {
  private final List<Object> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void keep(Object listener) {
    listeners.add(listener);
  }
}

/** A keeper shared by whoever asks: a {@link StrongKeeper}. */
final class Keepers {
  private static final Keeper SHARED = new StrongKeeper();

  private Keepers() {}

  static Keeper shared() {
    return SHARED;
  }
}
