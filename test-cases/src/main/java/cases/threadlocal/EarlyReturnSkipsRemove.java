package cases.threadlocal;

/** Flagged: the early return for blank requests skips the remove(), leaving the value on the thread. */
class EarlyReturnSkipsRemove {
  static final class Request {
    final String body;

    Request(String body) {
      this.body = body;
    }
  }

  private static final ThreadLocal<Request> REQUEST = new ThreadLocal<>();

  String handle(Request request) {
    REQUEST.set(request); // expect: ThreadLocalNotRemoved
    if (request.body.trim().isEmpty()) {
      return "empty";
    }
    String answer = "handled " + REQUEST.get().body;
    REQUEST.remove();
    return answer;
  }
}
