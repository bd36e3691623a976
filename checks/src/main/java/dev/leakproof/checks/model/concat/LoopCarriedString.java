package dev.leakproof.checks.model.concat;

import java.util.OptionalLong;

/**
 * The facts about one assignment that may extend a string inside a loop, as an engine extracts
 * them. The model asks in the order below and stops at the first that settles the verdict, so an
 * engine may compute each on demand (cheapest first).
 */
public interface LoopCarriedString {
  /**
   * Whether the assignment builds the new value from the old one: {@code s += x}, or a value
   * {@link ConcatModel#extendsItself} says is ({@code s = s + x}, {@code s = "(" + s + ")"}).
   */
  boolean extendsItself();

  /**
   * Whether the target is a variable the engine can follow and is certainly a {@code String}: a
   * local or parameter, or a field of this object or class (not another object's, whose string
   * may differ from one iteration to the next).
   */
  boolean isOwnStringVariable();

  /**
   * Whether its value is carried from one iteration of an enclosing loop that can run more than
   * once to the next: declared outside that loop and not reassigned afresh in it (or a field
   * extended in the body of a {@code forEach} lambda).
   */
  boolean carriedAcrossIterations();

  /**
   * Whether the exit test of a loop that carries it reads the variable
   * ({@code while (hex.length() < 12)}, {@code while (value.endsWith("\\"))}): the string itself
   * decides when that loop stops. Asked last.
   */
  boolean loopTestReadsIt();

  /**
   * Whether the innermost loop that carries it reads the whole string on every iteration besides
   * extending it: a statement that runs on every iteration, not its own extension, passes the
   * variable somewhere or concatenates it into another string ({@code context.put("chain", s)},
   * {@code lines.add(indent + node)}, {@code map.tailMap(s)}). Reads that need only its length or
   * one character ({@code s.length()}, {@code s.isEmpty()}, {@code s.charAt(i)}) do not count,
   * nor a read that only copies the reference into a local variable or parameter ({@code last =
   * s}, {@code String last = s}: the copy needs none of its characters yet, and a builder would
   * be turned into a String only where the copy is used), nor reads inside a branch, a lambda or
   * the right operand of {@code &&}/{@code ||}/{@code ?:}.
   * Asked after {@link #loopTestReadsIt()}.
   */
  boolean readWholeOnEveryIteration();

  /**
   * When every loop that carries it counts a variable from a constant to a constant in constant
   * steps ({@code for (int i = 0; i < 16; i += 2)}, a {@link CountedLoop} whose
   * {@link CountedLoop#iterations()} is known), how many times the extension can run in all: the
   * product of those loops' iterations. Empty when some carrying loop is not such a loop. Asked
   * last.
   */
  OptionalLong fixedIterations();

  /**
   * Whether the string is built only on a failure path: the assignment and every loop that
   * carries it lie inside a {@code catch} block of the method (not a {@code finally} block, not
   * a {@code try} body; the search stops at a lambda's or a class's boundary). A loop that
   * encloses the {@code catch} and carries the string across its iterations (a retry loop that
   * collects every attempt's message) answers no. Asked last, and only when
   * {@link #carriedAcrossIterations()} holds.
   */
  boolean builtOnlyOnFailure();

  /**
   * Whether every loop that carries it runs once per element of a structure of code or schema
   * ({@link dev.leakproof.checks.knowledge.StructureSources}, each loop read by
   * {@link ConcatModel#iteratesStructure}): the parameters of a method, the fields of a class, the
   * dimensions of an array type, one table's key columns. Empty-handed engines answer no. Asked
   * last, and only when {@link #carriedAcrossIterations()} holds.
   */
  boolean boundedByStructure();

  /** The variable's name, as the finding shows it; {@code null} when the engine cannot tell it. */
  String variable();
}
