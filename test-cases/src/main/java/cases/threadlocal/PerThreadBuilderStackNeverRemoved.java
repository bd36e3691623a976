package cases.threadlocal;

import java.util.Stack;

/**
 * A per-thread pool of builders that is never removed (jsoup's {@code StringUtil}, stop 32's
 * unseen-library review): each pooled thread keeps the builders, each as large as the largest
 * string built with it. The finding names them as growing buffers, not application objects.
 */
public class PerThreadBuilderStackNeverRemoved {
  private static final ThreadLocal<Stack<StringBuilder>> BUILDERS =
      ThreadLocal.withInitial(Stack::new);

  public static StringBuilder borrow() {
    Stack<StringBuilder> builders = BUILDERS.get(); // expect: ThreadLocalNotRemoved
    return builders.empty() ? new StringBuilder() : builders.pop();
  }

  public static String release(StringBuilder builder) {
    String built = builder.toString();
    builder.setLength(0);
    Stack<StringBuilder> builders = BUILDERS.get(); // expect: ThreadLocalNotRemoved
    builders.push(builder);
    while (builders.size() > 8) {
      builders.pop();
    }
    return built;
  }
}
