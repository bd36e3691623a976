package cases.staticcache;

import java.util.ArrayDeque;
import java.util.Deque;

/** Flagged: events are pushed onto a static deque that nothing ever polls, pops or clears. */
class StaticQueueOfferedNeverPolled {
  private static final Deque<String> EVENTS = new ArrayDeque<>(); // expect: UnboundedStaticCache

  static void publish(String event) {
    EVENTS.offer(event);
  }

  static String latest() {
    return EVENTS.peekLast();
  }
}
