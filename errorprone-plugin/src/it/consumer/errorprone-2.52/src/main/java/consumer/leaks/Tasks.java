package consumer.leaks;

/** Parks an anonymous Runnable, and with it this whole object, in a static field. */
public class Tasks {
  static Runnable pending;
  private final byte[] buffer = new byte[1 << 20];

  public void schedule() {
    pending = new Runnable() { // leak: OuterInstanceRetention
      @Override
      public void run() {
        System.out.println(buffer.length);
      }
    };
  }
}
