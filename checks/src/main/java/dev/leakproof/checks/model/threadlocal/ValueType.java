package dev.leakproof.checks.model.threadlocal;

import java.util.List;

/**
 * The declared type of what a thread-local holds, as an engine can read it: javac's type of the
 * field, the field's generic signature in a class file, or the type written in the source.
 *
 * @param name the erased class, fully qualified with dots ({@code java.util.Map}); an array is its
 *     element's name followed by {@code []} ({@code byte[]}); {@code null} when the engine cannot
 *     tell (a raw thread-local, a type variable or wildcard, a name it cannot resolve)
 * @param arguments the type arguments, each {@link #unknown()} where it cannot be told; empty for
 *     a raw or non-generic type
 */
public record ValueType(String name, List<ValueType> arguments) {
  private static final ValueType UNKNOWN = new ValueType(null, List.of());

  public ValueType {
    arguments = List.copyOf(arguments);
  }

  /** A type the engine could not tell. */
  public static ValueType unknown() {
    return UNKNOWN;
  }

  /** The type {@code name} with these type arguments. */
  public static ValueType of(String name, ValueType... arguments) {
    return name == null ? UNKNOWN : new ValueType(name, List.of(arguments));
  }

  public boolean isKnown() {
    return name != null;
  }

  public boolean isArray() {
    return name != null && name.endsWith("[]");
  }

  /** The element type of an array ({@code byte} for {@code byte[]}). */
  public ValueType element() {
    return isArray() ? new ValueType(name.substring(0, name.length() - 2), arguments) : this;
  }

  /**
   * The name a finding shows: the simple name, for a nested class too, whatever the engine's
   * separator ({@code Outer.Inner} from source, {@code Outer$Inner} from bytecode); with its
   * array brackets.
   */
  public String simpleName() {
    if (name == null) {
      return "value";
    }
    int cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
    return name.substring(cut + 1);
  }
}
