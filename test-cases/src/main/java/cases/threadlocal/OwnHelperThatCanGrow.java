package cases.threadlocal;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: look-alikes of {@link OwnFormatterPerThread} whose per-thread object is the class's
 * own and created by the initial value, but whose state is not bounded. A buffer the class never empties keeps everything ever
 * appended; a list can hold application objects; an inner (non-static) class holds its outer
 * instance, and with it whatever that refers to.
 */
class OwnHelperThatCanGrow {
  static final class Journal {
    final StringBuilder lines = new StringBuilder();

    void log(String line) {
      lines.append(line).append('\n');
    }
  }

  static final class Recent {
    final List<Object> seen = new ArrayList<>();

    void add(Object value) {
      seen.add(value);
    }
  }

  final class Cursor {
    int position;
  }

  private static final ThreadLocal<Journal> JOURNAL = ThreadLocal.withInitial(Journal::new);
  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);
  private static final ThreadLocal<Cursor> CURSOR =
      ThreadLocal.withInitial(() -> new OwnHelperThatCanGrow().new Cursor());

  static void log(String line) {
    JOURNAL.get().log(line); // expect: ThreadLocalNotRemoved
  }

  static void remember(Object value) {
    RECENT.get().add(value); // expect: ThreadLocalNotRemoved
  }

  static int position() {
    return CURSOR.get().position; // expect: ThreadLocalNotRemoved
  }
}
