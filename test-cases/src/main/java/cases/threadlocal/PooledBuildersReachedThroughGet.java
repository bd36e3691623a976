package cases.threadlocal;

import java.util.Stack;

/**
 * The per-thread builder pool of {@link PerThreadBuilderStackNeverRemoved} used without a local,
 * from package-private methods: {@code BUILDERS.get().push(b)} and the calls beside it each
 * populate the thread-local, and nothing removes it, so each pooled thread keeps the builders.
 * {@code release} both puts back and takes out (it trims the pool), so the class pairs no
 * methods like a begin/end pair. The look-alike is {@link LentBuildersPairedLikeBeginAndEnd}.
 */
class PooledBuildersReachedThroughGet {
  private static final ThreadLocal<Stack<StringBuilder>> BUILDERS =
      ThreadLocal.withInitial(Stack::new);

  static StringBuilder borrow() {
    return BUILDERS.get().empty() ? new StringBuilder() : BUILDERS.get().pop(); // expect: ThreadLocalNotRemoved
  }

  static void release(StringBuilder builder) {
    builder.setLength(0);
    BUILDERS.get().push(builder); // expect: ThreadLocalNotRemoved
    while (BUILDERS.get().size() > 8) { // expect: ThreadLocalNotRemoved
      BUILDERS.get().pop(); // expect: ThreadLocalNotRemoved
    }
  }
}
