package dev.leakproof.checks.model.outerinstance;

/** What holds the enclosing instance: the kind of object handed to the long-lived place. */
public enum Capture {
  /** A lambda whose body uses {@code this} (explicitly, or through an instance field or method). */
  LAMBDA("A lambda that uses this object", "the lambda"),
  /** {@code this::m} or {@code super::m}. */
  METHOD_REFERENCE("A method reference bound to this object", "the method reference"),
  /** A new instance of a named inner (non-static member or local) class: it keeps {@code this$0}. */
  INNER_OBJECT("A new inner-class object, which holds this object as its enclosing instance,",
      "the inner-class object"),
  /** A new anonymous class instance whose body uses the enclosing instance. */
  ANONYMOUS_OBJECT("A new anonymous-class object that uses this object", "the anonymous object");

  private final String phrase;
  private final String noun;

  Capture(String phrase, String noun) {
    this.phrase = phrase;
    this.noun = noun;
  }

  /** How the finding opens. */
  String phrase() {
    return phrase;
  }

  /** How the finding names it again. */
  String noun() {
    return noun;
  }
}
