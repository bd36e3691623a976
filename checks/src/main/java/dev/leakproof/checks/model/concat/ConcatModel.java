package dev.leakproof.checks.model.concat;

import dev.leakproof.checks.knowledge.StructureSources;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * StringConcatInLoop's decision and sentence, the same in every engine: a {@code String}
 * carried across the iterations of a loop and extended there is copied whole on every
 * iteration, so the loop costs quadratic time and leaves a trail of garbage. Not when the loop's
 * own exit test reads the string: then the string decides how long the loop runs. Nor when the
 * loop reads the whole string on every iteration anyway (publishes it, compares it, indents a
 * line with it): a {@code StringBuilder} would then be turned into a {@code String} on every
 * iteration, copying as much as the concatenation does, so the fix the finding asks for gains
 * nothing. Nor when the loops that carry it run a small number of times the code states
 * ({@code for (int i = 0; i < 16; i += 2)} over a nonce's bytes): the copying is bounded by a
 * constant and small, and no input makes it grow. Nor when the string is built only in a
 * {@code catch} block, loops and all ({@link LoopCarriedString#builtOnlyOnFailure()}): an error
 * message listing what failed runs once per failure, off the path the method is written for,
 * and a reviewer does not rewrite it. A loop around the {@code catch} that carries the string on
 * (a retry loop collecting every attempt's message) still makes it grow with the data. Nor when
 * every loop that carries it runs once per element of a structure of code or schema
 * ({@link LoopCarriedString#boundedByStructure()}: a method's parameters, a class's fields, an
 * array type's dimensions, one table's key columns, a query's column count): the program's data
 * does not make it longer. A loop over a query's rows ({@code while (rs.next())}) is over data,
 * even when the rows describe a schema, unless the result set comes straight from a call that
 * describes one table ({@code DatabaseMetaData.getPrimaryKeys}).
 */
public final class ConcatModel {
  /**
   * Calls that run their one lambda argument once per element: its body is a loop over the
   * elements ({@code Iterable.forEach}, {@code Map.forEach}, {@code Stream.forEach[Ordered]},
   * {@code Iterator.forEachRemaining}, {@code Spliterator.forEachRemaining}).
   */
  private static final Set<String> PER_ELEMENT_CALLS =
      Set.of("forEach", "forEachOrdered", "forEachRemaining");

  /**
   * String methods that read only its length or one character, which a {@code StringBuilder}
   * has too: a loop that only measures the string would not turn a builder into a String.
   */
  private static final Set<String> MEASURING_CALLS = Set.of("length", "isEmpty", "charAt");

  /**
   * The most iterations a loop with constant bounds may run and stay silent: 64 copies of a
   * string at most 64 parts long (a 32-byte digest in hex, padding to a line's width) cost less
   * than the review of the finding.
   */
  public static final long FEW_ITERATIONS = 64;

  private ConcatModel() {}

  /** How a loop uses the value its header reads: the one piece of a loop an engine extracts. */
  public enum LoopUse {
    /** Iterated element by element: {@code for (Class<?> t : m.getParameterTypes())}. */
    ELEMENTS,
    /** Its {@code length} compared with the counter: {@code i < types.length}. */
    LENGTH,
    /** Compared with the counter itself: {@code i <= meta.getColumnCount()}. */
    COMPARED,
    /** Asked for its next row as the loop's test: {@code while (keys.next())}. */
    NEXT_ROW,
    /** The loop's test itself: {@code while (c.isArray())}. */
    TEST
  }

  /**
   * Whether a loop that uses a structure source's value ({@link StructureSources#of}) so runs
   * once per element of that structure: its members iterated or counted by their length, its
   * count compared, its rows stepped through, its test asked.
   */
  public static boolean iteratesStructure(LoopUse use, StructureSources.Kind kind) {
    return switch (use) {
      case ELEMENTS, LENGTH -> kind == StructureSources.Kind.MEMBERS;
      case COMPARED -> kind == StructureSources.Kind.COUNT;
      case NEXT_ROW -> kind == StructureSources.Kind.ROWS;
      case TEST -> kind == StructureSources.Kind.ARRAY_DIMENSIONS;
    };
  }

  /** Whether a call named {@code methodName}, given one lambda, runs it once per element. */
  public static boolean runsLambdaPerElement(String methodName) {
    return PER_ELEMENT_CALLS.contains(methodName);
  }

  /**
   * Whether a call named {@code methodName} on the string reads only its length or one
   * character: not a read of the whole string ({@link LoopCarriedString#readWholeOnEveryIteration}).
   */
  public static boolean onlyMeasures(String methodName) {
    return MEASURING_CALLS.contains(methodName);
  }

  /**
   * Whether a call is a string concatenation, {@code String.concat}: named {@code concat}, with
   * one argument, on a {@code String}. A method of another class that is merely named so (a
   * project's {@code path.concat(segment)}) returns whatever that class makes of it, not a copy
   * of its operands, so it is no concatenation, however its receiver or argument reads: the
   * rule's point is the copy {@code String} makes. An engine that cannot tell the receiver's
   * type counts the call as no concatenation (silent), as it does for a variable whose type it
   * cannot tell.
   *
   * @param onAString whether the call's receiver is a {@code String} (the method's owner is
   *     {@code java.lang.String}; a final class, so the receiver's static type tells); asked only
   *     of a one-argument call named {@code concat}
   */
  public static boolean isStringConcat(String methodName, int arguments,
      BooleanSupplier onAString) {
    return methodName.equals("concat") && arguments == 1 && onAString.getAsBoolean();
  }

  /**
   * Whether an assigned value is built from the variable's old value: a string concatenation
   * one of whose operands, at any depth, is the variable itself. {@code s = s + x},
   * {@code s = x + s}, {@code s = "(" + s + ")"}, {@code s = s.concat(x)} and
   * {@code s = x.concat(s)} each copy the whole old string, wherever it stands in the chain, so
   * each is quadratic across iterations. The variable inside another call
   * ({@code s = "(" + s.trim() + ")"}, {@code s = "[" + s.length() + "]"}) is not an operand:
   * what that call returns is not known to be the string. ({@code s += x} extends itself by its
   * operator; the engines need not ask.)
   *
   * @param value the assigned value
   * @param operands the operands of a string concatenation, parentheses removed: both sides of a
   *     {@code +} whose type is {@code String}, the receiver and the argument of
   *     {@code String.concat} ({@link #isStringConcat}); empty for anything else
   * @param isTheVariable whether an operand reads the very variable the assignment writes
   */
  public static <T> boolean extendsItself(T value, Function<T, List<T>> operands,
      Predicate<T> isTheVariable) {
    for (T operand : operands.apply(value)) {
      if (isTheVariable.test(operand) || extendsItself(operand, operands, isTheVariable)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finding's sentence, or empty when the string does not grow across iterations. The
   * sentence names the loop as every engine can (bytecode does not show which kind of loop the
   * source wrote).
   */
  public static Optional<String> judge(LoopCarriedString facts) {
    if (!facts.extendsItself() || !facts.isOwnStringVariable()
        || !facts.carriedAcrossIterations()) {
      return Optional.empty();
    }
    if (facts.loopTestReadsIt()) {
      // Padding to a width, joining continuation lines: the loop runs until the string is what
      // it needs, so it grows as far as the code asks, and the test needs the String as it is on
      // every iteration (a builder would be turned into one each time).
      return Optional.empty();
    }
    if (facts.readWholeOnEveryIteration()) {
      // Maven's dependency-trail indent added to every line it prints, OGNL's chain published to
      // the context after each part, Ant's token buffer looked up in a sorted map each character:
      // every iteration needs the String as it is, so the copy is paid either way.
      return Optional.empty();
    }
    if (facts.fixedIterations().orElse(Long.MAX_VALUE) <= FEW_ITERATIONS) {
      // Undertow's nonce: eight hex pairs, once per manager. No data makes the loop longer.
      return Optional.empty();
    }
    if (facts.builtOnlyOnFailure()) {
      // Commons BeanUtils' "Cannot invoke ... with arguments" message, one type name per
      // parameter, inside the catch of a failed reflective call: built once per failure, and
      // when the method has failed the copying is the least of its costs.
      return Optional.empty();
    }
    if (facts.boundedByStructure()) {
      // hsqldb's TransferDb: one DDL statement over one table's foreign-key rows
      // (getImportedKeys); BeanUtils: one "[]" per dimension of an array type. The structure's
      // size is written in code or schema, not read from the data the program processes.
      return Optional.empty();
    }
    String variable = facts.variable() == null ? "a string" : "'" + facts.variable() + "'";
    return Optional.of(variable + " grows on every iteration of the loop around it, and each"
        + " concatenation copies all of it again; append to a StringBuilder instead");
  }
}
