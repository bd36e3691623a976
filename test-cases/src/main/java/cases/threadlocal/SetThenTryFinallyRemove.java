package cases.threadlocal;

/** Silent: the canonical form; set, then a try whose finally removes the value on every path. */
class SetThenTryFinallyRemove {
  private static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();

  void handle(String user, Runnable work) {
    CURRENT_USER.set(user);
    try {
      work.run();
    } finally {
      CURRENT_USER.remove();
    }
  }

  static String currentUser() {
    return CURRENT_USER.get();
  }
}
