package dev.leakproof.spotbugs.bytecode;

import java.util.HashSet;
import java.util.Set;

/**
 * What the string-concatenation analysis knows about one operand-stack word. Everything it does
 * not care about is {@link Unknown}; two different values meeting at a merge become unknown.
 */
public sealed interface StackValue {
  /** Nothing known. */
  enum Unknown implements StackValue {
    INSTANCE
  }

  /** A variable a concatenation may read and write back: a local slot or a field. */
  sealed interface Source extends StackValue {}

  /** The value of local variable {@code slot}, just loaded. */
  record LocalLoad(int slot) implements Source {}

  /**
   * The value of a field, just loaded; {@code ownerSlot} is the local slot the object reference
   * came from ({@code 0} for {@code this}), {@link #STATIC} for a static field, {@link #UNKNOWN_OWNER}
   * when the reference came from elsewhere.
   */
  record FieldLoad(FieldRef field, int ownerSlot) implements Source {
    public static final int STATIC = -1;
    public static final int UNKNOWN_OWNER = -2;
  }

  /** A {@code new StringBuilder}/{@code StringBuffer} not yet initialised, made at {@code pc}. */
  record NewBuilder(int pc) implements StackValue {}

  /** An initialised builder of a concatenation chain, with the variables appended so far. */
  record Builder(Set<Source> sources) implements StackValue {}

  /** A string made by concatenation (indy or builder chain) of operands that include these. */
  record Concat(Set<Source> sources) implements StackValue {}

  /** A field as the constant pool names it. */
  record FieldRef(String className, String name, String signature) {}

  /** The sources {@code value} carries into a concatenation it is an operand of. */
  static Set<Source> sourcesOf(StackValue value) {
    Set<Source> sources = new HashSet<>();
    if (value instanceof Source source) {
      sources.add(source);
    } else if (value instanceof Concat concat) {
      sources.addAll(concat.sources());
    }
    return sources;
  }
}
