package dev.leakproof.scanner.engine;

import dev.leakproof.checks.knowledge.ListenerApis;

/**
 * What ListenerLeak needs to see in a file's code before it can report there (see {@link
 * TextPrefilter}: a necessary condition of the rule, read from the rule's code).
 *
 * <p>The rule reports a call of a registration method, known by its name alone ({@link
 * ListenerApis#isRegistration}), one of whose arguments holds the registering object
 * (RetainsRegisteringObject, after parentheses and casts): {@code this} ({@code Outer.this}), a
 * {@code new} of an anonymous, inner or local class, a lambda ({@code ->}), a method reference
 * {@code this::m} or {@code super::m}, or a variable every value of which is one of those (so at
 * least one value is stored into it by a plain {@code name = v}, an initializer or an
 * assignment; a parameter has none the file shows). So that argument list writes {@code this},
 * {@code new}, {@code ->} or {@code ::}, or the name of a variable the file stores a value into.
 * A method's declaration ({@code void addListener(Listener l) {}}) registers nothing.
 */
final class ListenerEvidence {
  private ListenerEvidence() {}

  static boolean mayReport(SourceWords words) {
    if (!TextPrefilter.mayHoldTheRegisteringObject(words)) {
      return false;
    }
    byte[] code = words.code();
    for (String method : words.calledNames()) {
      if (!ListenerApis.isRegistration(method)) {
        continue;
      }
      for (int open : words.callOpensOf(method)) {
        int close = SourceWords.closing(code, open, '(', ')');
        if (!declaration(words, close) && mayHoldTheRegisteringObject(words, open + 1, close)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the parenthesis closing at {@code close} ends a method's parameters: a body or a
   * {@code throws} follows (a call is followed by neither).
   */
  private static boolean declaration(SourceWords words, int close) {
    byte[] code = words.code();
    int next = SourceWords.skipSpace(code, close + 1);
    return next < code.length && (code[next] == '{' || "throws".equals(words.wordAt(next)));
  }

  /** Whether the arguments written in {@code code[from..to)} may hold the registering object. */
  private static boolean mayHoldTheRegisteringObject(SourceWords words, int from, int to) {
    byte[] code = words.code();
    for (int i = from; i + 1 < to; i++) {
      if (code[i] == '-' && code[i + 1] == '>' || code[i] == ':' && code[i + 1] == ':') {
        return true;
      }
    }
    return WrittenCode.anyWordIn(words, from, to, word -> word.equals("this")
            || word.equals("new"))
        || WrittenCode.anyWordIn(words, from, to, word -> WrittenCode.anyValueStoredInto(words,
            word, (valueFrom, valueTo) -> true));
  }
}
