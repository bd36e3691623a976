package cases.threadlocal;

import java.util.HashMap;
import java.util.Map;

/**
 * A call wrapped before its dot is reported at its first line, where the field is named (as
 * jgit's {@code GitDateParser} writes {@code formatCache} and {@code .get()} on two lines); the
 * bytecode engine finds where the call starts from its receiver, not from the call's own line.
 */
class CallSpanningTwoLines {
  static final class Scratch {
    final Map<String, String> rendered = new HashMap<>();

    String render(String text) {
      return rendered.computeIfAbsent(text, String::trim);
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
  private static final ThreadLocal<Scratch> CURRENT = new ThreadLocal<>();

  String render(String text) {
    Scratch scratch = SCRATCH // expect: ThreadLocalNotRemoved
        .get();
    return scratch.render(text);
  }

  void begin() {
    CURRENT // expect: ThreadLocalNotRemoved
        .set(new Scratch());
  }
}
