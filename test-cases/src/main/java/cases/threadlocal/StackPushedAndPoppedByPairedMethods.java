package cases.threadlocal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Not flagged: a per-thread stack of render locations (Velocity's {@code LogContext}) that one
 * method pushes and another pops, like a begin/end pair of set and remove(): the callers pop in
 * a finally, so between renders each thread keeps an empty ArrayDeque. Whether every caller
 * keeps the pair is not visible in this class, as for any begin/end pair.
 */
class StackPushedAndPoppedByPairedMethods {
  static final class Location {
    final String template;
    final int line;

    Location(String template, int line) {
      this.template = template;
      this.line = line;
    }
  }

  private static final ThreadLocal<Deque<Location>> STACK =
      ThreadLocal.withInitial(ArrayDeque::new);

  void enter(String template, int line) {
    Deque<Location> stack = STACK.get();
    stack.push(new Location(template, line));
  }

  void leave() {
    Deque<Location> stack = STACK.get();
    stack.pop();
  }

  int depth() {
    return STACK.get().size();
  }
}
