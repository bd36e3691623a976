package cases.threadlocal;

/** Flagged: the value is set on a pooled thread and nothing in the class ever removes it. */
class SetWithoutRemove {
  private static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();

  void handle(String user, Runnable work) {
    CURRENT_USER.set(user); // expect: ThreadLocalNotRemoved
    work.run();
  }

  static String currentUser() {
    return CURRENT_USER.get();
  }
}
