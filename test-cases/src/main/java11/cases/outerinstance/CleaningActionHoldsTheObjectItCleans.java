package cases.outerinstance;

import java.lang.ref.Cleaner;

/**
 * A Cleaner keeps each cleaning action until the object registered with it becomes phantom
 * reachable. An action that holds that object (a lambda reading one of its fields captures
 * {@code this}) keeps it reachable for ever: the object is never cleaned and never freed. The
 * object itself is no listener: the Cleaner holds it only through a phantom reference, so the
 * registration is not a ListenerLeak.
 */
class CleaningActionHoldsTheObjectItCleans {
  static final Cleaner CLEANER = Cleaner.create();

  int handle;

  static void release(int handle) {}

  CleaningActionHoldsTheObjectItCleans() {
    CLEANER.register(this, () -> release(handle)); // expect: OuterInstanceRetention
  }

  /** Silent: the action holds a copy of the handle, not the object. */
  CleaningActionHoldsTheObjectItCleans(int handle) {
    this.handle = handle;
    int copy = handle;
    CLEANER.register(this, () -> release(copy));
  }

  /** Silent: the object registered is another one, which nothing keeps. */
  CleaningActionHoldsTheObjectItCleans(boolean other) {
    CLEANER.register(new Object(), () -> release(handle));
  }

  /** Silent: the documented idiom, a static nested state class that holds only the handle. */
  static final class State implements Runnable {
    private final int handle;

    State(int handle) {
      this.handle = handle;
    }

    @Override
    public void run() {
      release(handle);
    }
  }

  CleaningActionHoldsTheObjectItCleans(long handle) {
    this.handle = (int) handle;
    CLEANER.register(this, new State(this.handle));
  }
}
