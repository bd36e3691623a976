package cases.threadlocal;

/**
 * Flagged at the {@code get()}: with {@code withInitial}, the first get on each thread creates and
 * stores the value (an application class, so it pins this class loader), and nothing removes it.
 */
class WithInitialGetNeverRemoved {
  static final class Scratch {
    final char[] chars = new char[8192];

    String render(String text) {
      text.getChars(0, Math.min(text.length(), chars.length), chars, 0);
      return new String(chars, 0, Math.min(text.length(), chars.length));
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  String render(String text) {
    return SCRATCH.get().render(text); // expect: ThreadLocalNotRemoved
  }
}
