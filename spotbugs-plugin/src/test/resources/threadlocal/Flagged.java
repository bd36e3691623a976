package threadlocal;

import java.util.concurrent.Executor;

/** Lines ending in "// flag" must be reported; every other line must stay silent. */
class Flagged {
  static final ThreadLocal<Object> USER = new ThreadLocal<>();
  static final InheritableThreadLocal<Object> TRACE = new InheritableThreadLocal<>();
  static final MyLocal CUSTOM = new MyLocal();
  static final ThreadLocal<Object> TL = new ThreadLocal<>();
  static final ThreadLocal<Object> OTHER = new ThreadLocal<>();
  static final ThreadLocal<StringBuilder> BUF = ThreadLocal.withInitial(StringBuilder::new);
  static final ThreadLocal<StringBuilder> ANON = new ThreadLocal<StringBuilder>() {
    @Override
    protected StringBuilder initialValue() {
      return new StringBuilder();
    }
  };

  static class MyLocal extends ThreadLocal<Object> {}

  void handle(String user) {
    USER.set(user); // flag
    TRACE.set(user); // flag
    CUSTOM.set(user); // flag
  }

  void async(Executor pool, String user) {
    pool.execute(() -> USER.set(user)); // flag
  }

  static class Nested {
    void nested() {
      USER.set("nested"); // flag
    }
  }

  String earlyReturn(String s) {
    TL.set(s); // flag
    if (s.isEmpty()) {
      return s;
    }
    TL.remove();
    return s;
  }

  void workBeforeTry(Runnable work) {
    TL.set("x"); // flag
    work.run();
    try {
      work.run();
    } finally {
      TL.remove();
    }
  }

  void catchOnly(Runnable work) {
    TL.set("x"); // flag
    try {
      work.run();
    } catch (RuntimeException e) {
      TL.remove();
      throw e;
    }
  }

  void wrongFieldInFinally(Runnable work) {
    OTHER.set("x"); // flag
    try {
      work.run();
    } finally {
      TL.remove();
    }
  }

  // Java 8 reads a private field from a nested class through a synthetic access$ method.
  private static final ThreadLocal<Object> HIDDEN = new ThreadLocal<>();

  static class Setter {
    void set() {
      HIDDEN.set("x"); // flag
    }
  }

  String render() {
    String a = BUF.get().toString(); // flag
    String b = ANON.get().toString(); // flag
    return a + b;
  }
}
