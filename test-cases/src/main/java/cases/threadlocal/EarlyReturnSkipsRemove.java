package cases.threadlocal;

/** Flagged: the early return for blank requests skips the remove(), leaving the value on the thread. */
class EarlyReturnSkipsRemove {
  private static final ThreadLocal<String> REQUEST = new ThreadLocal<>();

  String handle(String request) {
    REQUEST.set(request); // expect: ThreadLocalNotRemoved
    if (request.trim().isEmpty()) {
      return "empty";
    }
    String answer = "handled " + REQUEST.get();
    REQUEST.remove();
    return answer;
  }
}
