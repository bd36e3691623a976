package cases.threadlocal;

/**
 * Silent: the look-alike of {@link InitialValueInheritedFromASuperclass}. Neither the created
 * class nor its superclass declares {@code initialValue()} (the superclass only declares a
 * method of another name), so {@code get()} returns {@code null} on a fresh thread and puts
 * nothing there.
 */
class NoInitialValueAnywhereInTheChain {
  static final class Scratch {
    final java.util.Map<String, String> seen = new java.util.HashMap<>();
  }

  static class PerThreadScratch extends ThreadLocal<Scratch> {
    protected Scratch initialScratch() {
      return new Scratch();
    }
  }

  static final class ScratchLocal extends PerThreadScratch {}

  private static final ThreadLocal<Scratch> SCRATCH = new ScratchLocal();

  int capacity() {
    Scratch scratch = SCRATCH.get();
    return scratch == null ? 0 : scratch.seen.size();
  }
}
