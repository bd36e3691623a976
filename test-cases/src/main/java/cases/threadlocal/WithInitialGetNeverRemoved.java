package cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/**
 * Flagged at the {@code get()}: with {@code withInitial}, the first get on each thread creates and
 * stores the value (an application class, so it pins this class loader), and nothing removes it.
 * The class is this file's own, but its memo grows with every distinct input (contrast
 * {@link OwnFormatterPerThread}, whose state is bounded).
 */
class WithInitialGetNeverRemoved {
  static final class Scratch {
    final Map<String, String> rendered = new HashMap<>();

    String render(String text) {
      return rendered.computeIfAbsent(text, String::trim);
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  String render(String text) {
    return SCRATCH.get().render(text); // expect: ThreadLocalNotRemoved
  }
}
