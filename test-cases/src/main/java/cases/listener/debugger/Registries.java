package cases.listener.debugger;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Static registries that hand each listener to the one {@link Keeper} of a field. {@link
 * RegistrySubscriber} registers with all of them: the first two keep it only weakly or not at all
 * (the field's classes are closed by the code), the others may keep it strongly.
 */
final class ClosedRegistry {
  private static final Keeper KEEPER = create();

  private ClosedRegistry() {}

  private static Keeper create() {
    if (Boolean.getBoolean("cases.listener.keep")) {
      return new WeakKeeper();
    }
    return new QuietKeeper();
  }

  static void register(Object listener) {
    KEEPER.keep(listener);
  }
}

/** The field's initialiser is the {@code new} itself. */
final class DirectlyMadeRegistry {
  private static final Keeper KEEPER = new WeakKeeper();

  private DirectlyMadeRegistry() {}

  static void register(Object listener) {
    KEEPER.keep(listener);
  }
}

/** One of the factory's classes keeps listeners strongly. */
final class PartlyStrongRegistry {
  private static final Keeper KEEPER = create();

  private PartlyStrongRegistry() {}

  private static Keeper create() {
    return Boolean.getBoolean("cases.listener.keep") ? new WeakKeeper() : new StrongKeeper();
  }

  static void register(Object listener) {
    KEEPER.keep(listener);
  }
}

/** The field is not final: anyone in the class may set another keeper later. */
final class ResettableRegistry {
  private static Keeper keeper = create();

  private ResettableRegistry() {}

  private static Keeper create() {
    return new WeakKeeper();
  }

  static void register(Object listener) {
    keeper.keep(listener);
  }
}

/** The field is not private: another class of the package may hand its keeper a listener. */
final class OpenFieldRegistry {
  static final Keeper KEEPER = create();

  private OpenFieldRegistry() {}

  private static Keeper create() {
    return new WeakKeeper();
  }

  static void register(Object listener) {
    KEEPER.keep(listener);
  }
}

/** The factory returns a keeper it got from elsewhere (a shared strong one). */
final class BorrowingRegistry {
  private static final Keeper KEEPER = create();

  private BorrowingRegistry() {}

  private static Keeper create() {
    return Boolean.getBoolean("cases.listener.keep") ? new WeakKeeper() : Keepers.shared();
  }

  static void register(Object listener) {
    KEEPER.keep(listener);
  }
}

/** The factory is public. */
final class PublicFactoryRegistry {
  private static final Keeper KEEPER = create();

  private PublicFactoryRegistry() {}

  public static Keeper create() {
    return new WeakKeeper();
  }

  static void register(Object listener) {
    KEEPER.keep(listener);
  }
}

/**
 * Hands the listener to an instance method of its class that a subclass may override: its body
 * wraps weakly, but an override need not.
 */
class OverridableKeeperRegistry {
  private final List<WeakReference<Object>> listeners = new CopyOnWriteArrayList<>();

  static void register(Object listener) {
    new OverridableKeeperRegistry().keep(listener);
  }

  void keep(Object listener) {
    listeners.add(new WeakReference<>(listener));
  }
}
