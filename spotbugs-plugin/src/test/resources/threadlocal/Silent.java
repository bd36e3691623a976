package threadlocal;

/** Every line must stay silent. */
class Silent {
  static final ThreadLocal<Object> TL = new ThreadLocal<>();
  static final ThreadLocal<Object> PAIRED = new ThreadLocal<>();
  static final ThreadLocal<StringBuilder> CLEANED = ThreadLocal.withInitial(StringBuilder::new);
  static final ThreadLocal<Object> PLAIN = new ThreadLocal<>();
  final ThreadLocal<Object> instance = new ThreadLocal<>();

  void canonical(Runnable work) {
    TL.set("x");
    try {
      work.run();
    } finally {
      TL.remove();
    }
  }

  String insideTry(String s) {
    try {
      TL.set(s);
      if (s.isEmpty()) {
        return s;
      }
      return s + s;
    } finally {
      TL.remove();
    }
  }

  void guardedSet(boolean on, Runnable work) {
    if (on) {
      TL.set("x");
    }
    try {
      work.run();
    } finally {
      TL.remove();
    }
  }

  void catchThrowable(Runnable work) {
    TL.set("x");
    try {
      work.run();
    } catch (Throwable t) {
      TL.remove();
      throw t;
    }
    TL.remove();
  }

  /** The condition in the finally repeats the one that guarded the set. */
  void ownerOnly(Runnable work) {
    boolean owner = TL.get() == null;
    try {
      if (owner) {
        TL.set("x");
      }
      work.run();
    } finally {
      if (owner) {
        TL.remove();
      }
    }
  }

  static final ThreadLocal<java.util.Date> FORMAT = ThreadLocal.withInitial(java.util.Date::new);
  static final long EPOCH;

  static {
    EPOCH = FORMAT.get().getTime(); // runs once, on the thread that initialises the class
  }

  void setNull(Runnable work) {
    TL.set("x");
    try {
      work.run();
    } finally {
      TL.set(null);
    }
  }

  void restoreOnly(Runnable work) {
    Object previous = TL.get();
    TL.set("y");
    try {
      work.run();
    } finally {
      TL.set(previous);
    }
  }

  static final ThreadLocal<Object> SETTER = new ThreadLocal<>();

  /** Removes on null, sets otherwise: the removal cannot follow the set, so it is a pair. */
  static void setter(String c) {
    if (c == null) {
      SETTER.remove();
    } else {
      SETTER.set(c);
    }
  }

  void secondSetAfterTheTry(Runnable work) {
    TL.set("a");
    try {
      work.run();
    } finally {
      TL.remove();
    }
    TL.set("b"); // no removal can follow: judged as a begin/end pair
  }

  void begin() {
    PAIRED.set("x");
  }

  void end() {
    PAIRED.remove();
  }

  String reads() {
    return CLEANED.get().toString() + PLAIN.get();
  }

  void reset() {
    CLEANED.remove();
  }

  void instanceAndLocal() {
    instance.set("x");
    ThreadLocal<Object> local = new ThreadLocal<>();
    local.set("x");
  }

  void otherClass() {
    Other.SHARED.set("x");
  }

  static class RemovedByOuter {
    void set() {
      NESTED.set("x");
    }
  }

  static final ThreadLocal<Object> NESTED = new ThreadLocal<>();

  void removeNested() {
    NESTED.remove();
  }

  // Java 8 reaches a private field of the outer class through a synthetic access$ method.
  private static final ThreadLocal<Object> PRIVATE = new ThreadLocal<>();

  void setPrivate() {
    PRIVATE.set("x");
  }

  class Cleaner {
    void clean() {
      PRIVATE.remove();
    }
  }

  void restoreOrRemove(Runnable work) {
    Object previous = TL.get();
    TL.set("z");
    try {
      work.run();
    } finally {
      if (previous == null) {
        TL.remove();
      } else {
        TL.set(previous);
      }
    }
  }
}

class Other {
  static final ThreadLocal<Object> SHARED = new ThreadLocal<>();
}
