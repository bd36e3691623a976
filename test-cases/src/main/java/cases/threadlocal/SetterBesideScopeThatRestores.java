package cases.threadlocal;

/**
 * Silent: the public setter is one half of a scope protocol the class itself keeps elsewhere
 * (process() saves the previous value and sets it back in a finally), so callers of the setter
 * restore too (FreeMarker's Environment.setCurrentEnvironment).
 */
class SetterBesideScopeThatRestores {
  static final class Environment {
    final String template;

    Environment(String template) {
      this.template = template;
    }
  }

  private static final ThreadLocal<Environment> CURRENT = new ThreadLocal<>();

  static Environment current() {
    return CURRENT.get();
  }

  static void setCurrent(Environment environment) {
    CURRENT.set(environment);
  }

  void process(Environment environment, Runnable work) {
    Environment saved = CURRENT.get();
    CURRENT.set(environment);
    try {
      work.run();
    } finally {
      CURRENT.set(saved);
    }
  }
}
