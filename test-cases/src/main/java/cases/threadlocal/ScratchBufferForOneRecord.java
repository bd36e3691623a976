package cases.threadlocal;

/**
 * Not flagged: a per-thread scratch buffer for one log line (Jetty's request logs), emptied at
 * the start of every use and filled by a fixed sequence of appends. Each thread keeps one
 * record's worth of characters in a JDK object, like a fixed buffer; nothing pins the
 * application and nothing accumulates across uses.
 */
class ScratchBufferForOneRecord {
  private static final ThreadLocal<StringBuilder> LINE =
      ThreadLocal.withInitial(() -> new StringBuilder(256));

  String format(String host, String user, String request, int status) {
    StringBuilder line = LINE.get();
    line.setLength(0);
    line.append(host).append(" - ").append(user);
    line.append(" \"").append(request).append("\" ").append(status);
    return line.toString();
  }
}
