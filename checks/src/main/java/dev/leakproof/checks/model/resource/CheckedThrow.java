package dev.leakproof.checks.model.resource;

/**
 * Whether a reviewer expects a throwing site to throw, as far as an engine can tell: a call or
 * {@code new} whose throws clause names a checked exception ({@code in.read()} throws {@code
 * IOException}) or a {@code throw} statement is expected ({@link #YES}); a call the engine resolved
 * whose throws clause names none ({@code buffer.getBuffer()}, {@code list.size()}) could only fail
 * with an unchecked exception, true but not what a finding should be about ({@link #NO}); a call
 * the engine cannot resolve (a file scanned without its project's jars, a class missing from the
 * class path) is {@link #UNKNOWN}. The engines tell these apart the same way, so that knowing less
 * about a call never silences a finding that knowing more would keep: where a verdict needs an
 * expected throw, {@link #UNKNOWN} counts as one unless the verdict says otherwise.
 */
public enum CheckedThrow {
  YES, NO, UNKNOWN;

  /** From a resolved throws clause: whether it names a checked exception. */
  public static CheckedThrow declared(boolean checked) {
    return checked ? YES : NO;
  }

  /**
   * What several sites (the calls one name stands for, or all the sites that leak a resource)
   * tell together: one expected throw is enough; else one unknown leaves it unknown.
   */
  public CheckedThrow or(CheckedThrow other) {
    if (this == YES || other == YES) {
      return YES;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NO;
  }

  /** Not known to throw only unchecked exceptions: {@link #YES} or {@link #UNKNOWN}. */
  public boolean mayBeExpected() {
    return this != NO;
  }
}
