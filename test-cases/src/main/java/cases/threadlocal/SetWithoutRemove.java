package cases.threadlocal;

/** Flagged: the value is set on a pooled thread and nothing in the class ever removes it. */
class SetWithoutRemove {
  /** An application class: a thread that keeps one keeps this class loader. */
  static final class User {
    final String name;

    User(String name) {
      this.name = name;
    }
  }

  private static final ThreadLocal<User> CURRENT_USER = new ThreadLocal<>();

  void handle(User user, Runnable work) {
    CURRENT_USER.set(user); // expect: ThreadLocalNotRemoved
    work.run();
  }

  static User currentUser() {
    return CURRENT_USER.get();
  }
}
