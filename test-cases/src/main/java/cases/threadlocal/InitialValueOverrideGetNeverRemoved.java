package cases.threadlocal;

/**
 * Flagged at the {@code get()}: an anonymous subclass that overrides {@code initialValue()}
 * populates the thread on the first get, as {@code withInitial} does, and nothing removes the
 * value (an application class, so it pins this class loader). The same shape whose value another
 * method removes stays silent.
 */
class InitialValueOverrideGetNeverRemoved {
  static final class Scratch {
    final char[] chars = new char[8192];
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
    return SCRATCH.get().chars.length; // expect: ThreadLocalNotRemoved
  }

  int resetCapacity() {
    return RESET_BY_OWNER.get().chars.length;
  }

  void reset() {
    RESET_BY_OWNER.remove();
  }
}
