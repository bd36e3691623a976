package consumer.leaks;

/** Sets the current user on a pooled thread and never removes it. */
public class Requests {
  private static final ThreadLocal<String> USER = new ThreadLocal<>();

  public void handle(String user, Runnable work) {
    USER.set(user); // leak: ThreadLocalNotRemoved
    work.run();
  }
}
