package consumer.leaks;

/** Sets the current user on a pooled thread and never removes it. */
public class Requests {
  private static final ThreadLocal<User> USER = new ThreadLocal<>();

  public void handle(User user, Runnable work) {
    USER.set(user); // leak: ThreadLocalNotRemoved
    work.run();
  }
}

/** An application class: a pooled thread that keeps one keeps this class loader. */
class User {}
