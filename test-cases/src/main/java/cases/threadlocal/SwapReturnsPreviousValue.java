package cases.threadlocal;

/**
 * Silent: the method sets a new value and returns the previous one, so the caller can put it back
 * when its scope ends; the class hands the taking-out to its callers (Jetty's
 * HttpConnection.setCurrentConnection; FreeMarker's startScope returns it through a cast).
 */
class SwapReturnsPreviousValue {
  static final class Connection {
    final int id;

    Connection(int id) {
      this.id = id;
    }
  }

  private static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();

  static Connection current() {
    return CURRENT.get();
  }

  static Connection setCurrent(Connection connection) {
    Object last = CURRENT.get();
    CURRENT.set(connection);
    return (Connection) last;
  }
}
