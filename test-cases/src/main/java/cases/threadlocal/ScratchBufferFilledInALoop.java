package cases.threadlocal;

/**
 * Not flagged: a per-thread StringBuilder emptied right after every get() and then filled in a
 * loop (Jetty's AbstractNCSARequestLog appends one entry per request cookie). Each pooled thread
 * keeps one JDK buffer, which pins no application class loader, holding at most one use's
 * output: nothing accumulates across the requests the thread serves. Its capacity is that of the
 * largest single use; how large one use can get is not in the code, so the rule does not judge it.
 */
class ScratchBufferFilledInALoop {
  private static final ThreadLocal<StringBuilder> LINE =
      ThreadLocal.withInitial(() -> new StringBuilder(256));

  String format(String request, String[] cookies) {
    StringBuilder line = LINE.get();
    line.setLength(0);
    line.append(request).append(" \"");
    for (int i = 0; i < cookies.length; i++) {
      if (i != 0) {
        line.append(';');
      }
      line.append(cookies[i]);
    }
    return line.append('"').toString();
  }
}
