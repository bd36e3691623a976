package dev.leakproof.checks.knowledge;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Static methods documented to return their first argument unchanged, after checking it: the
 * result is the same object, so {@code this.bus = Objects.requireNonNull(bus, "bus")} keeps the
 * parameter {@code bus} (ListenerLeak follows an injected subject through it).
 *
 * <ul>
 *   <li>{@code java.util.Objects.requireNonNull(T obj)}, {@code (T obj, String message)}, {@code
 *       (T obj, Supplier<String> messageSupplier)}: "@return {@code obj} if not {@code null}"
 *       (JDK {@code java.util.Objects} Javadoc; body {@code if (obj == null) throw ...; return
 *       obj;}).
 *   <li>Guava {@code com.google.common.base.Preconditions.checkNotNull(T reference, ...)} (every
 *       overload): "@return the non-null reference that was validated".
 * </ul>
 */
public final class ArgumentReturningMethods {
  private static final Map<String, Set<String>> RETURN_THEIR_FIRST_ARGUMENT = Map.of(
      "java.util.Objects", Set.of("requireNonNull"),
      "com.google.common.base.Preconditions", Set.of("checkNotNull"));

  private ArgumentReturningMethods() {}

  /** Whether static method {@code name} of {@code owner} (qualified) returns its first argument. */
  public static boolean returnsFirstArgument(String owner, String name) {
    return RETURN_THEIR_FIRST_ARGUMENT.getOrDefault(owner, Set.of()).contains(name);
  }

  /**
   * The same, for an engine that reads only the call's spelling: no qualifier (a static import)
   * or a qualifier that names the owner ({@code Objects}, {@code java.util.Objects}).
   *
   * @param qualifier the call's qualifier as written, empty when there is none
   */
  public static boolean returnsFirstArgumentBySpelling(Optional<String> qualifier, String name) {
    return RETURN_THEIR_FIRST_ARGUMENT.entrySet().stream()
        .anyMatch(entry -> entry.getValue().contains(name) && qualifier.map(written ->
            written.equals(entry.getKey()) || entry.getKey().endsWith("." + written))
            .orElse(true));
  }
}
