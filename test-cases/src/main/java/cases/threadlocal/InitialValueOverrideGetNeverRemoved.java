package cases.threadlocal;

/**
 * Flagged at the {@code get()}: an anonymous subclass that overrides {@code initialValue()}
 * populates the thread on the first get, as {@code withInitial} does, and nothing removes the
 * value (an application class whose map grows with each input, so it pins this class loader and
 * grows). The same shape whose value another method removes stays silent.
 */
class InitialValueOverrideGetNeverRemoved {
  static final class Scratch {
    final java.util.Map<String, String> seen = new java.util.HashMap<>();
  }

  private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<Scratch>() {
    @Override
    protected Scratch initialValue() {
      return new Scratch();
    }
  };

  private static final ThreadLocal<Scratch> RESET_BY_OWNER = new ThreadLocal<Scratch>() {
    @Override
    protected Scratch initialValue() {
      return new Scratch();
    }
  };

  int capacity() {
    return SCRATCH.get().seen.size(); // expect: ThreadLocalNotRemoved
  }

  int resetCapacity() {
    return RESET_BY_OWNER.get().seen.size();
  }

  void reset() {
    RESET_BY_OWNER.remove();
  }
}
