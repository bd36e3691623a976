package cases.threadlocal;

/** Silent: the value created by {@code withInitial} on first get is removed in a finally covering its use. */
class WithInitialRemovedInFinally {
  static final class Scratch {
    final StringBuilder text = new StringBuilder();
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  String shout(String text) {
    try {
      StringBuilder buffer = SCRATCH.get().text;
      buffer.setLength(0);
      return buffer.append(text.toUpperCase()).append('!').toString();
    } finally {
      SCRATCH.remove();
    }
  }
}
