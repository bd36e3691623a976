package cases.threadlocal;

/** Silent: this class only reads a ThreadLocal without an initial value; reading stores nothing that pins memory. */
class GetOnlyNeverSet {
  private static final ThreadLocal<String> CURRENT_USER = new ThreadLocal<>();

  static String userOrAnonymous() {
    String user = CURRENT_USER.get();
    return user == null ? "anonymous" : user;
  }
}
