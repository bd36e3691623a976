package dev.leakproof.scanner.engine;

import dev.leakproof.scanner.rules.ListenerLeak;
import dev.leakproof.scanner.rules.OuterInstanceRetention;
import dev.leakproof.scanner.rules.StringConcatInLoop;
import dev.leakproof.scanner.rules.ThreadLocalNotRemoved;
import dev.leakproof.scanner.rules.UnboundedStaticCache;
import dev.leakproof.scanner.rules.UnclosedResource;
import java.util.List;

/** The rules the source engine runs, in catalog order. */
public final class SourceRules {
  private SourceRules() {}

  public static List<SourceRule> all() {
    return List.of(
        new UnboundedStaticCache(),
        new UnclosedResource(),
        new ListenerLeak(),
        new OuterInstanceRetention(),
        new ThreadLocalNotRemoved(),
        new StringConcatInLoop());
  }
}
