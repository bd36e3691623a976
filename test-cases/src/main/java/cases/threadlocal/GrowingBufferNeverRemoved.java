package cases.threadlocal;

/**
 * Flagged at the get(): the per-thread StringBuilder is reset but never shrunk, so each pool
 * thread keeps a buffer as large as the largest document it ever rendered.
 */
class GrowingBufferNeverRemoved {
  private static final ThreadLocal<StringBuilder> BUFFER =
      ThreadLocal.withInitial(StringBuilder::new);

  String render(Iterable<String> lines) {
    StringBuilder out = BUFFER.get(); // expect: ThreadLocalNotRemoved
    out.setLength(0);
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
