package cases.threadlocal;

/**
 * Not flagged: the value is set through the class's own setter, and the class calls that setter
 * with {@code null} in a {@code finally} around each use (Ant's {@code Zip}:
 * {@code setCurrentExtraFields(extra)} … {@code finally setCurrentExtraFields(null)}).
 */
class ResetThroughOwnSetter {
  static final class ExtraField {}

  private static final ThreadLocal<ExtraField[]> CURRENT_EXTRA = new ThreadLocal<>();

  protected final void setCurrentExtraFields(ExtraField[] extra) {
    CURRENT_EXTRA.set(extra);
  }

  protected final ExtraField[] getCurrentExtraFields() {
    return CURRENT_EXTRA.get();
  }

  void addEntry(String name, ExtraField[] extra) {
    try {
      setCurrentExtraFields(extra);
      write(name);
    } finally {
      setCurrentExtraFields(null);
    }
  }

  private void write(String name) {
    if (getCurrentExtraFields() == null || name.isEmpty()) {
      throw new IllegalStateException();
    }
  }
}
