package dev.leakproof.scanner.engine;

import dev.leakproof.scanner.rules.StringConcatInLoop;
import dev.leakproof.scanner.rules.ThreadLocalNotRemoved;
import java.util.List;

/** The rules the source engine runs, in catalog order. */
public final class SourceRules {
  private SourceRules() {}

  public static List<SourceRule> all() {
    return List.of(new ThreadLocalNotRemoved(), new StringConcatInLoop());
  }
}
