package cases.threadlocal;

import java.util.List;

/**
 * Silent: a setter that removes on {@code null}; a set after the {@code try} that removes (no
 * removal can follow it, so the method is one half of a begin/end pair); a nested class that sets
 * a field its outer class removes, and the reverse through a synthetic accessor of a private
 * field in Java 8 bytecode; a static initializer that populates once; a field of another class (judged there);
 * and a parameter that shadows a thread-local's name.
 */
class SetAndRemovedByDifferentMethodsOrClasses {
  static final class Value {}

  private static final ThreadLocal<Value> SETTER = new ThreadLocal<>();
  private static final ThreadLocal<Value> SCOPE = new ThreadLocal<>();
  static final ThreadLocal<Value> NESTED = new ThreadLocal<>();
  private static final ThreadLocal<Value> PRIVATE = new ThreadLocal<>();
  private static final ThreadLocal<Value> ONCE = ThreadLocal.withInitial(Value::new);
  static final Value FIRST;

  static {
    FIRST = ONCE.get();
  }

  static void setter(Value value) {
    if (value == null) {
      SETTER.remove();
    } else {
      SETTER.set(value);
    }
  }

  void secondSetAfterTheTry(Runnable work) {
    SCOPE.set(new Value());
    try {
      work.run();
    } finally {
      SCOPE.remove();
    }
    SCOPE.set(new Value());
  }

  static class Setter {
    void set() {
      NESTED.set(new Value());
    }
  }

  void clean() {
    NESTED.remove();
  }

  void setPrivate() {
    PRIVATE.set(new Value());
  }

  static class Cleaner {
    void clean() {
      PRIVATE.remove();
    }
  }

  void otherClass() {
    ThreadLocalOfAnotherClass.SHARED.set(new Value());
  }

  void shadowed(List<String> SCOPE) {
    SCOPE.set(0, "x");
  }
}

class ThreadLocalOfAnotherClass {
  static final ThreadLocal<Object> SHARED = new ThreadLocal<>();
}
