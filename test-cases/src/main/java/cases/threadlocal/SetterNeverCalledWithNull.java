package cases.threadlocal;

/**
 * Flagged at the setter's {@code set}: the class's setter is called only with values, and the
 * {@code null} in the {@code finally} goes to a different setter, so each pooled thread keeps the
 * last entry's fields, and through their class this class loader.
 */
class SetterNeverCalledWithNull {
  static final class ExtraField {}

  private static final ThreadLocal<ExtraField[]> CURRENT_EXTRA = new ThreadLocal<>();

  private String comment;

  protected final void setCurrentExtraFields(ExtraField[] extra) {
    CURRENT_EXTRA.set(extra); // expect: ThreadLocalNotRemoved
  }

  protected final void setComment(String comment) {
    this.comment = comment;
  }

  void addEntry(String name, ExtraField[] extra) {
    try {
      setCurrentExtraFields(extra);
      setComment(name);
    } finally {
      setComment(null);
    }
  }
}
