package dev.leakproof.checks.model.listener;

import java.util.List;
import java.util.Optional;

/**
 * Whether a registration method keeps what it is handed only weakly (or not at all), read from
 * its body: once for every engine, which classify the parameter's mentions and the subject
 * field's facts.
 *
 * <p>A mention keeps nothing when it is an argument of {@code new R(..)} of a {@code
 * java.lang.ref.Reference} subtype, or the receiver of a call without arguments (the callee is
 * handed nothing it could keep the object in; {@code template.getName()}). It keeps nothing
 * either when it is handed to a method whose own body keeps that parameter at most weakly, and
 * the engine can name that body: a method of the same class that cannot be overridden (private,
 * static or final), or the implementations of a method called on a subject field whose classes
 * the code closes ({@link #closedClasses}). FreeMarker's {@code
 * DebuggerService.registerTemplate(template)} is {@code instance.registerTemplateSpi(template)} on
 * {@code private static final DebuggerService instance = createInstance()}, and the private
 * {@code createInstance()} returns a {@code new NoOpDebuggerService()} (which keeps nothing) or a
 * {@code new RmiDebuggerService()} (which keeps the template in a {@code WeakReference} subclass):
 * every class the field can hold is known, and none keeps the template reachable.
 *
 * <p>Anything else (stored, returned, handed to an overridable or unreadable method, a field
 * that is not private or not final, a factory that is not private or returns something it did not
 * make) keeps it: the registration stays reported. The engines stop following after {@link
 * #MAX_DEPTH} methods.
 */
public final class WeakRegistries {
  /** How many methods deep the engines follow a parameter handed on (the registration method is 1). */
  public static final int MAX_DEPTH = 4;

  private WeakRegistries() {}

  /** One mention of the registered parameter in a method's body. */
  public enum Mention {
    /** An argument of {@code new R(..)}, {@code R} a {@code java.lang.ref.Reference} subtype. */
    WRAPPED_IN_REFERENCE,
    /** The receiver of a call with no arguments. */
    RECEIVER_OF_CALL_WITHOUT_ARGUMENTS,
    /** Handed to a method (or every implementation of one) whose body keeps it at most weakly. */
    HANDED_TO_A_WEAK_KEEPER,
    /** Anything else: it may be kept strongly. */
    KEPT
  }

  /**
   * Whether a registration method whose body mentions the registered parameter so holds it only
   * weakly. A method that never mentions it is not taken as weak (nothing shows where it goes).
   */
  public static boolean holdsOnlyWeakly(List<Mention> mentions) {
    return !mentions.isEmpty() && keepsAtMostWeakly(mentions);
  }

  /**
   * Whether a method the registration hands the parameter to keeps it at most weakly: every
   * mention keeps nothing, and a body that never mentions it keeps nothing either
   * ({@code NoOpDebuggerService.registerTemplateSpi} is empty).
   */
  public static boolean keepsAtMostWeakly(List<Mention> mentions) {
    return mentions.stream().noneMatch(m -> m == Mention.KEPT);
  }

  /**
   * Whether the registration may follow the parameter into a method of the same class: only one
   * no subclass can replace (private, static or final, or of a final class), at a depth below
   * {@link #MAX_DEPTH}.
   */
  public static boolean mayFollowInto(boolean sameClass, boolean overridable, int depth) {
    return sameClass && !overridable && depth < MAX_DEPTH;
  }

  /**
   * What sets a subject field. Only its declaration's initialiser counts: a {@code final} field
   * with an initialiser is set nowhere else.
   *
   * @param isStatic the field is static (one per class; the engines read a static field's
   *     initialiser in the class's static initialisation)
   * @param isPrivate the field is private (no other class reads or sets it)
   * @param isFinal the field is final and set by its initialiser
   * @param initialiserIsNew the initialiser is itself {@code new C(..)} (then {@code returns} holds C)
   * @param factoryIsPrivate the initialiser is a call to a private method of the field's class
   * @param returns what the initialiser (or every {@code return} of the factory, each branch of a
   *     {@code ?:}) gives: the class made by a {@code new} of the analysed code whose body the
   *     engine can read, or empty for anything else (a value got elsewhere, a library class, an
   *     anonymous class)
   */
  public record SubjectField(boolean isStatic, boolean isPrivate, boolean isFinal, boolean initialiserIsNew,
      boolean factoryIsPrivate, List<Optional<String>> returns) {}

  /**
   * The classes the field can hold when the code closes them: it is static, private and final, set by
   * {@code new} or by a private factory, and every value given is a {@code new} of a class of the
   * analysed code. Empty when it does not close them.
   */
  public static Optional<List<String>> closedClasses(SubjectField field) {
    if (!field.isStatic() || !field.isPrivate() || !field.isFinal() || !(field.initialiserIsNew() || field.factoryIsPrivate())
        || field.returns().isEmpty() || field.returns().stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(field.returns().stream().map(Optional::orElseThrow).distinct().toList());
  }
}
