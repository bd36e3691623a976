package cases.threadlocal;

/**
 * Flagged: one method empties the per-thread buffer before each record, but another appends to
 * it without emptying it, so it grows with every call of that method on each pooled thread.
 * Both gets put the buffer on the thread.
 */
class BufferEmptiedInOneUseOnly {
  private static final ThreadLocal<StringBuilder> TRAIL =
      ThreadLocal.withInitial(StringBuilder::new);

  String start(String first) {
    StringBuilder trail = TRAIL.get(); // expect: ThreadLocalNotRemoved
    trail.setLength(0);
    return trail.append(first).toString();
  }

  String add(String step) {
    StringBuilder trail = TRAIL.get(); // expect: ThreadLocalNotRemoved
    return trail.append(" > ").append(step).toString();
  }
}
