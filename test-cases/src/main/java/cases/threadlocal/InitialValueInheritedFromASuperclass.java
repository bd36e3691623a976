package cases.threadlocal;

/**
 * Flagged at the {@code get()}: {@code new ScratchLocal()} creates a class that does not declare
 * {@code initialValue()} itself, but its superclass {@code PerThreadScratch} does, and the JDK
 * calls the inherited override on the first {@code get()}: the thread is populated exactly as
 * with an override in the created class, and nothing removes the value.
 */
class InitialValueInheritedFromASuperclass {
  static final class Scratch {
    final java.util.Map<String, String> seen = new java.util.HashMap<>();
  }

  static class PerThreadScratch extends ThreadLocal<Scratch> {
    @Override
    protected Scratch initialValue() {
      return new Scratch();
    }
  }

  static final class ScratchLocal extends PerThreadScratch {}

  private static final ThreadLocal<Scratch> SCRATCH = new ScratchLocal();

  int capacity() {
    return SCRATCH.get().seen.size(); // expect: ThreadLocalNotRemoved
  }
}
