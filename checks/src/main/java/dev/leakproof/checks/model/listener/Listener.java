package dev.leakproof.checks.model.listener;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a registered (or removed) listener argument is, as far as it matters to the rule: whether
 * it holds the registering object, and whether it is an object made at the call itself (then a
 * removal with it removes nothing that was registered before).
 */
public enum Listener {
  /** {@code this}: the registering object itself. */
  THIS("This object", false),
  /** A lambda made at the call that uses {@code this}. */
  LAMBDA("A lambda that uses this object", true),
  /** A method reference bound to {@code this} ({@code this::onEvent}), made at the call. */
  METHOD_REFERENCE("A method reference bound to this object", true),
  /** A new inner or anonymous class instance made at the call, with this object as its outer instance. */
  NEW_INNER_OBJECT("A new inner-class object that holds this object", true),
  /** A variable or field every value of which holds this object. */
  HOLDER("A listener that holds this object", false);

  /**
   * How many variables deep a listener is followed through its holders (a local holding a local
   * holding a lambda): deep enough for real code, finite for variables that hold each other.
   */
  public static final int MAX_HOLDER_DEPTH = 3;

  private final String phrase;
  private final boolean madeAtTheCall;

  Listener(String phrase, boolean madeAtTheCall) {
    this.phrase = phrase;
    this.madeAtTheCall = madeAtTheCall;
  }

  /** How the finding opens: "This object", "A lambda that uses this object". */
  public String phrase() {
    return phrase;
  }

  /**
   * Whether every evaluation makes a new object: a removal passing one can never find it among
   * the registered listeners (lambdas and method references have identity equality).
   */
  public boolean madeAtTheCall() {
    return madeAtTheCall;
  }

  /**
   * A local variable or a field of this object as a listener, from the values the code gives it
   * (its initializer and every assignment, or every store into the field): {@link #HOLDER} when
   * it is given at least one and every one holds this object; empty otherwise (a variable with
   * no value seen, such as a parameter or a field set elsewhere, holds nothing as far as the
   * engine can tell). Values are tested in order, up to the first that holds nothing.
   *
   * @param holdsThis whether a value holds the registering object (an engine following a holder
   *     of holders stops at {@link #MAX_HOLDER_DEPTH})
   */
  public static <V> Optional<Listener> ofValues(Collection<V> values,
      Predicate<? super V> holdsThis) {
    return !values.isEmpty() && values.stream().allMatch(holdsThis)
        ? Optional.of(HOLDER) : Optional.empty();
  }

  /** "a new lambda", for a removal that removes nothing. */
  String asNewObject() {
    return switch (this) {
      case LAMBDA -> "a new lambda";
      case METHOD_REFERENCE -> "a new method reference";
      default -> "a new object";
    };
  }
}
