package dev.leakproof.checks.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which method names register a listener, observer or callback on a subject, and which names
 * undo that registration. By name only, so the source engines (method names in the syntax tree)
 * and the bytecode engine (names in the constant pool) agree without sharing a type model.
 *
 * <p>The pairs, where {@code X} is empty or starts with an upper-case letter:
 *
 * <ul>
 *   <li>{@code addXListener} / {@code removeXListener} (Swing, AWT, {@code java.beans},
 *       {@code addPropertyChangeListener}, {@code addAWTEventListener}, JMX notifications);
 *   <li>{@code addXHandler} / {@code removeXHandler} ({@code java.util.logging.Logger});
 *   <li>{@code addXCallback} / {@code removeXCallback};
 *   <li>{@code addObserver} / {@code deleteObserver} ({@code java.util.Observable}) or
 *       {@code removeObserver};
 *   <li>{@code registerX} / {@code unregisterX}, {@code deregisterX} or, for a non-empty
 *       {@code X}, {@code removeX} (event buses, {@code DriverManager.registerDriver},
 *       {@code registerListener}/{@code removeListener});
 *   <li>{@code subscribeX} / {@code unsubscribeX}.
 * </ul>
 *
 * <p>A name that mentions {@code Weak} ({@code addWeakPropertyChangeListener}) is not a
 * registration: the subject holds such listeners weakly, so they cannot leak this way.
 * {@code addShutdownHook} is deliberately absent: a hook is a thread, which is
 * OuterInstanceRetention's business.
 *
 * <p>A registry that keeps what it is given only through a {@code java.lang.ref.Reference}
 * (weak, soft or phantom) does not keep it reachable: {@link #isReferenceType} names the types
 * whose subtypes hold their referent that way. The engines stay silent when the registration
 * method belongs to such a type (Guava's {@code ClosingFuture} registers itself with a nested
 * {@code PhantomReference} subclass's static {@code register}), or when they can read the
 * method's body and it keeps the registered parameter at most weakly ({@code new R(...)} of such a
 * type, and what {@link dev.leakproof.checks.model.listener.WeakRegistries} follows further).
 *
 * <p>{@code java.lang.ref.Cleaner.register(object, action)} is no listener registration either:
 * the cleaner keeps the object only through a phantom reference ("The cleaner uses
 * PhantomReference and ReferenceQueue to be notified when the reachability changes",
 * {@code java.lang.ref.Cleaner} javadoc, JDK 9+) and runs the action once it is phantom reachable. The action is held strongly until then; an action that holds the object is
 * OuterInstanceRetention's business ({@link RetentionSinks.Kind#CLEANER}).
 */
public final class ListenerApis {
  /** A registration prefix, the suffix the rest of the name must end with, and the undoing prefixes. */
  private record Pair(String prefix, String suffix, List<String> removalPrefixes) {
    Optional<List<String>> removalsOf(String name) {
      if (!name.startsWith(prefix) || !name.endsWith(suffix)
          || name.length() < prefix.length() + suffix.length()) {
        return Optional.empty();
      }
      String middle = name.substring(prefix.length(), name.length() - suffix.length());
      if (!middle.isEmpty() && !Character.isUpperCase(middle.charAt(0))) {
        return Optional.empty(); // "addressListener", "registered": a different word
      }
      return Optional.of(removalPrefixes.stream().map(p -> p + middle + suffix)
          .filter(removal -> !removal.equals("remove")) // register(x) is not undone by remove(x)
          .toList());
    }
  }

  private static final List<Pair> PAIRS = List.of(
      new Pair("add", "Listener", List.of("remove")),
      new Pair("add", "Handler", List.of("remove")),
      new Pair("add", "Callback", List.of("remove")),
      new Pair("addObserver", "", List.of("deleteObserver", "removeObserver")),
      new Pair("register", "", List.of("unregister", "deregister", "remove")),
      new Pair("subscribe", "", List.of("unsubscribe")));

  /** {@code java.lang.ref.Reference} and its JDK subclasses; every other reference type extends one. */
  private static final Set<String> REFERENCE_TYPES = Set.of("java.lang.ref.Reference",
      "java.lang.ref.WeakReference", "java.lang.ref.SoftReference",
      "java.lang.ref.PhantomReference");

  /**
   * Registries that keep what is registered with them only through a reference of theirs: {@code
   * Cleaner.register(object, action)} holds {@code object} phantom-reachably.
   */
  private static final Set<String> REFERENCE_HOLDING_REGISTRIES = Set.of(RetentionSinks.CLEANER);

  /** The root of the reference types, for engines that test subtyping against one type. */
  public static final String REFERENCE = "java.lang.ref.Reference";

  private ListenerApis() {}

  /**
   * Whether {@code qualifiedName} (dotted) is {@code java.lang.ref.Reference} or one of its JDK
   * subclasses. A type that is one of these or has one among its supertypes holds its referent
   * without keeping it reachable.
   */
  public static boolean isReferenceType(String qualifiedName) {
    return REFERENCE_TYPES.contains(qualifiedName);
  }

  /**
   * Whether a registration method declared in {@code qualifiedName} (dotted), or called on a value
   * of that type, holds what it is given without keeping it reachable: a reference type (see {@link
   * #isReferenceType}; engines also test its subtypes) or a registry that wraps what it is given in
   * a reference of its own ({@code java.lang.ref.Cleaner}).
   */
  public static boolean holdsRegisteredByReference(String qualifiedName) {
    return isReferenceType(qualifiedName) || REFERENCE_HOLDING_REGISTRIES.contains(qualifiedName);
  }

  /**
   * The names of the methods that undo a registration made through a method called
   * {@code methodName} ({@code addFooListener} gives {@code [removeFooListener]}); empty when
   * {@code methodName} is not a known registration.
   */
  public static List<String> removalsOf(String methodName) {
    if (methodName.contains("Weak")) {
      return List.of();
    }
    for (Pair pair : PAIRS) {
      Optional<List<String>> removals = pair.removalsOf(methodName);
      if (removals.isPresent()) {
        return removals.get();
      }
    }
    return List.of();
  }

  /** Whether a method called {@code methodName} registers a listener on its receiver. */
  public static boolean isRegistration(String methodName) {
    return !removalsOf(methodName).isEmpty();
  }

  /** Whether {@code removalName} undoes a registration made through {@code registrationName}. */
  public static boolean undoes(String removalName, String registrationName) {
    return removalsOf(registrationName).contains(removalName);
  }
}
