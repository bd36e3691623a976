package cases.threadlocal;

/** Silent: the set is inside the try, and the finally covering it and the work removes the value. */
class SetInsideTryRemoveInFinally {
  private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

  String handle(String tenant, String request) {
    try {
      TENANT.set(tenant);
      if (request.isEmpty()) {
        return "empty";
      }
      return tenant + ":" + request;
    } finally {
      TENANT.remove();
    }
  }
}
