package cases.threadlocal;

/**
 * Silent: a ThreadLocal created in the method is weakly keyed in the thread's map and unreachable
 * once the method returns, so its stale entry is expunged (precision first: no static or
 * long-lived owner keeps the key alive).
 */
class LocalThreadLocalDiesWithMethod {
  int lengthOnThisThread(String text) {
    ThreadLocal<String> scratch = new ThreadLocal<>();
    scratch.set(text);
    return scratch.get().length();
  }
}
