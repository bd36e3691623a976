package cases.threadlocal;

/**
 * Flagged at both gets: uses that do not empty the per-thread StringBuilder before they append
 * build on whatever the last use left. {@code trace} never empties it, so each pooled thread's
 * buffer grows with every event it ever traced; {@code render} empties it only after its loop,
 * so an exception in the loop leaves a partial document for the next use to append to.
 */
class GrowingBufferNeverEmptied {
  private static final ThreadLocal<StringBuilder> BUFFER =
      ThreadLocal.withInitial(StringBuilder::new);

  String render(Iterable<String> lines) {
    StringBuilder out = BUFFER.get(); // expect: ThreadLocalNotRemoved
    for (String line : lines) {
      out.append(line).append('\n');
    }
    String text = out.toString();
    out.setLength(0);
    return text;
  }

  void trace(String event) {
    StringBuilder out = BUFFER.get(); // expect: ThreadLocalNotRemoved
    out.append(event).append('\n');
  }
}
