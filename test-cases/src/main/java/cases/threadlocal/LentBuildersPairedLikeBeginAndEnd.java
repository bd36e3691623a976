package cases.threadlocal;

import java.util.Stack;

/**
 * Silent, the look-alike of {@link PooledBuildersReachedThroughGet}: {@code borrow} only takes
 * out and {@code release} only puts back, so the class pairs its methods like a begin/end pair
 * ({@link StackPushedAndPoppedByPairedMethods}) and keeping the pair is the callers' part. Unlike
 * a scope stack, a pool is not empty between uses: the thread keeps the builders given back, as
 * many as were borrowed at once, each as large as the largest string built with it. The rule
 * takes that as the bounded per-thread pool of JDK buffers the review of jsoup's {@code
 * StringUtil} judged not worth fixing (stop 32, bench/unseen-review.md), so the pairing stands.
 */
class LentBuildersPairedLikeBeginAndEnd {
  private static final ThreadLocal<Stack<StringBuilder>> BUILDERS =
      ThreadLocal.withInitial(Stack::new);

  static StringBuilder borrow() {
    return BUILDERS.get().empty() ? new StringBuilder() : BUILDERS.get().pop();
  }

  static void release(StringBuilder builder) {
    builder.setLength(0);
    BUILDERS.get().push(builder);
  }
}
