package dev.leakproof.checks.model.staticcache;

import dev.leakproof.checks.knowledge.CollectionApis;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whether the key an add stores under (a map's key, a set's element) comes from a domain the code
 * itself bounds, so that a collection holding each key once has at most that many entries, however
 * much data passes:
 *
 * <ul>
 *   <li>an integer clamped on both sides: {@code Math.min(x, C)} bounds it above,
 *       {@code Math.max(x, C)} below ({@code C} a constant), and a comparison with a constant that
 *       holds wherever the add runs (an enclosing {@code if (k >= 0 && k < 64)}) narrows it the
 *       same way;
 *   <li>an integer a JDK function bounds: the {@code length()} of a string the JDK formats from a
 *       primitive number ({@code Integer.toHexString(n).length()} is 1 to 8), so a cache of
 *       paddings keyed by it has at most 8 entries;
 *   <li>the name of a program element ({@code type.getName()} of a {@code Class}, a reflected
 *       member's {@code getName()}) or a place in its code (a {@link StackTraceElement}'s text,
 *       class, method or file name): there are as many as the program has classes, members and
 *       lines;
 *   <li>the value of a method of the same class that no subclass can override (private or
 *       static) whose every {@code return} gives a bounded value ({@code getCallerName()}
 *       returning a stack frame's text or a literal): the key is one of what its returns give;
 *   <li>an element of a fixed set: the add runs only when {@code FIXED.contains(key)} holds, where
 *       {@code FIXED} is a static final collection of the same class that nothing adds to after
 *       initialisation (and that does not escape): the key is one of its few values.
 * </ul>
 *
 * <p>Engines describe how the key is computed with {@link Range}s, which this class combines; the
 * decision ({@link #isBounded}) is made here.
 */
public final class BoundedKeys {
  /** Adders that store one key given as their first argument. */
  private static final Set<String> ONE_KEY_ADDERS = Set.of(
      "put", "putIfAbsent", "computeIfAbsent", "compute", "merge", "add");

  /** JDK methods whose result is a string of bounded length, whatever their (primitive) argument. */
  private static final Set<String> NUMBER_FORMATTERS = Set.of(
      "java.lang.Integer#toHexString", "java.lang.Integer#toOctalString",
      "java.lang.Integer#toBinaryString", "java.lang.Integer#toString",
      "java.lang.Long#toHexString", "java.lang.Long#toOctalString",
      "java.lang.Long#toBinaryString", "java.lang.Long#toString",
      "java.lang.Short#toString", "java.lang.Byte#toString", "java.lang.Character#toString",
      "java.lang.Boolean#toString");

  /**
   * Names of program elements: a class's name, a reflected member's name. There are as many as
   * the program has classes and members, whatever data it processes, so a key made of one is
   * bounded by the code (the number of loaded classes), like an enum constant.
   */
  private static final Set<String> PROGRAM_ELEMENT_NAMES = Set.of(
      "java.lang.Class#getName", "java.lang.Class#getSimpleName",
      "java.lang.Class#getCanonicalName", "java.lang.Class#getTypeName",
      "java.lang.reflect.Method#getName", "java.lang.reflect.Field#getName",
      "java.lang.reflect.Constructor#getName",
      // A place in the code: a stack frame's text, its class, method or file.
      "java.lang.StackTraceElement#toString", "java.lang.StackTraceElement#getClassName",
      "java.lang.StackTraceElement#getMethodName", "java.lang.StackTraceElement#getFileName");

  /** Boxing calls: the boxed value has the range of the primitive. */
  private static final Set<String> BOXING = Set.of(
      "java.lang.Integer#valueOf", "java.lang.Long#valueOf", "java.lang.Short#valueOf",
      "java.lang.Byte#valueOf", "java.lang.Character#valueOf");

  private BoundedKeys() {}

  /**
   * What is known of a value's range. For an integer, of its value; for a string, of the set of
   * strings it can be ({@code below && above}: one of finitely many, a literal, a class's name) and
   * separately of its length ({@code Integer.toHexString(n)} is one of four billion strings, but
   * at most 8 characters long).
   *
   * @param below whether something bounds it from below
   * @param above whether something bounds it from above
   * @param shortText for a string, whether its length is bounded even if its value is not
   */
  public record Range(boolean below, boolean above, boolean shortText) {
    /** Nothing known. */
    public static final Range UNKNOWN = new Range(false, false);
    /** A constant (a literal, a static final primitive constant): bounded both ways. */
    public static final Range CONSTANT = new Range(true, true);
    /** A number's text: any of very many strings, each a few characters long. */
    public static final Range FORMATTED_NUMBER = new Range(false, false, true);

    /** A range; a value of finitely many values is also of bounded length. */
    public Range(boolean below, boolean above) {
      this(below, above, below && above);
    }

    /** Whether both sides are bounded: the value takes finitely few values the code chooses. */
    public boolean bounded() {
      return below && above;
    }

    /** What both facts tell together (a clamped value, then a range check on it). */
    public Range and(Range other) {
      return new Range(below || other.below, above || other.above,
          shortText || other.shortText || (below || other.below) && (above || other.above));
    }
  }

  /**
   * Which argument of {@code method} is the key it stores, for a collection declared as
   * {@code collectionType}; empty when the collection may hold a key many times (a list) or the
   * method stores several ({@code putAll}).
   */
  public static OptionalInt keyArgument(String collectionType, String method) {
    return CollectionApis.holdsEachKeyOnce(collectionType) && ONE_KEY_ADDERS.contains(method)
        ? OptionalInt.of(0) : OptionalInt.empty();
  }

  /**
   * The range of a call's result.
   *
   * @param owner the declaring class, dotted
   * @param primitiveArguments whether every argument is of a primitive type (boxing
   *     {@code Integer.valueOf(int)}, not parsing {@code Integer.valueOf(String)})
   * @param receiverAndArguments for an instance method its receiver first, then the arguments
   */
  public static Range ofCall(String owner, String name, boolean primitiveArguments,
      List<Range> receiverAndArguments) {
    String method = owner + "#" + name;
    if (method.equals("java.lang.Math#min") || method.equals("java.lang.StrictMath#min")) {
      // Above the smaller of two bounded-above values; below only if both are bounded below.
      return new Range(receiverAndArguments.stream().allMatch(Range::below),
          receiverAndArguments.stream().anyMatch(Range::above));
    }
    if (method.equals("java.lang.Math#max") || method.equals("java.lang.StrictMath#max")) {
      return new Range(receiverAndArguments.stream().anyMatch(Range::below),
          receiverAndArguments.stream().allMatch(Range::above));
    }
    if (BOXING.contains(method) && primitiveArguments && receiverAndArguments.size() == 1) {
      return receiverAndArguments.get(0);
    }
    if (NUMBER_FORMATTERS.contains(method) && primitiveArguments) {
      // Short (at most 64 binary digits), but as a key one of as many strings as numbers.
      return Range.FORMATTED_NUMBER;
    }
    if (PROGRAM_ELEMENT_NAMES.contains(method)) {
      return Range.CONSTANT; // one of the program's finitely many names
    }
    if (method.equals("java.lang.String#length") && receiverAndArguments.size() == 1) {
      Range text = receiverAndArguments.get(0);
      return new Range(true, text.above() || text.shortText());
    }
    return Range.UNKNOWN;
  }

  /**
   * The range of a call to a method of the same class that no subclass can override (private or
   * static), from the ranges of the values its {@code return}s give: it is bounded on a side only
   * where every one of them is. A method that returns nothing the engine could read (no
   * {@code return} with a value, a body the engine does not see) tells nothing.
   */
  public static Range ofReturns(List<Range> returned) {
    if (returned.isEmpty()) {
      return Range.UNKNOWN;
    }
    return new Range(returned.stream().allMatch(Range::below),
        returned.stream().allMatch(Range::above),
        returned.stream().allMatch(Range::shortText));
  }

  /**
   * What a comparison of the key with a constant tells where the add runs: {@code key < C} or
   * {@code key <= C} bounds it above, {@code key > C} or {@code key >= C} below, {@code key == C}
   * both; a comparison known to fail tells what its negation does.
   *
   * @param operator {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==} or {@code !=}, as
   *     written with the key on the left (engines {@link #flipped flip} one written
   *     {@code C > key})
   * @param holds whether the comparison holds there (an enclosing {@code if}) or fails (an
   *     earlier {@code if (…) return;}, an {@code else})
   */
  public static Range ofComparison(String operator, boolean holds) {
    return switch (holds ? operator : negated(operator)) {
      case "<", "<=" -> new Range(false, true);
      case ">", ">=" -> new Range(true, false);
      case "==" -> Range.CONSTANT;
      default -> Range.UNKNOWN;
    };
  }

  private static String negated(String operator) {
    return switch (operator) {
      case "==" -> "!=";
      case "!=" -> "==";
      case "<" -> ">=";
      case ">=" -> "<";
      case ">" -> "<=";
      case "<=" -> ">";
      default -> "";
    };
  }

  /** {@code >} for {@code <}: the operator with its operands swapped. */
  public static String flipped(String operator) {
    return switch (operator) {
      case "<" -> ">";
      case "<=" -> ">=";
      case ">" -> "<";
      case ">=" -> "<=";
      default -> operator;
    };
  }

  /**
   * What the code does with a collection field that guards an add
   * ({@code if (FIXED.contains(key))}), as the engine finds it with the same scan as the cache's
   * own uses.
   *
   * @param added whether anything adds to it outside initialisation
   * @param replaced whether it is assigned outside initialisation
   * @param escapes whether it is handed to other code (an argument, a return value, an alias)
   */
  public record GuardUses(boolean added, boolean replaced, boolean escapes) {}

  /**
   * Whether the field that guards an add, a field of the collection's own class, is a fixed set:
   * a static final collection that nothing adds to after initialisation, replaces, or lets escape,
   * so that it holds the few values initialisation put in it.
   *
   * @param declaredType the field's declared type, qualified (empty for a primitive)
   * @param uses its uses, asked only of a static final collection
   */
  public static boolean isFixedSet(boolean isStatic, boolean isFinal, String declaredType,
      Supplier<GuardUses> uses) {
    if (!isStatic || !isFinal || !CollectionApis.isCollectionType(declaredType)) {
      return false;
    }
    GuardUses found = uses.get();
    return !found.added() && !found.replaced() && !found.escapes();
  }

  /**
   * Whether a call named {@code method} with {@code arguments} arguments, on a fixed set
   * ({@link #isFixedSet}) and given the key, tests that the key is one of the set's values
   * ({@code FIXED.contains(key)}): an add it guards stores one of those few keys.
   */
  public static boolean isMembershipTest(String method, int arguments) {
    return method.equals("contains") && arguments == 1;
  }

  /**
   * Whether an add's key is bounded: its range is bounded, or the add runs only when a fixed set
   * contains the key.
   */
  public static boolean isBounded(Range keyRange, boolean guardedByFixedSet) {
    return keyRange.bounded() || guardedByFixedSet;
  }
}
