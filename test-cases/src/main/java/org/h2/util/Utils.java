package org.h2.util;

import java.util.ArrayList;

/**
 * Stand-in for H2's {@code org.h2.util.Utils} (H2 2.x), so that the corpus compiles without H2:
 * {@code newSmallArrayList} declares nothing, but H2 reports its failures by the unchecked {@code
 * DbException}, so every call into {@code org.h2.} counts as one that may fail.
 */
public final class Utils {
  private Utils() {}

  public static <E> ArrayList<E> newSmallArrayList() {
    return new ArrayList<>(4);
  }
}
