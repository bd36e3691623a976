package dev.leakproof.checks.knowledge;

import java.util.Set;

/**
 * Library {@code AutoCloseable}s whose {@code close()} releases nothing, beyond the in-memory
 * types of {@link ResourceApis#isNonResource}: JDK base classes whose {@code close()} is
 * documented to do nothing (what a project stream inherits when it does not override it), and
 * library methods whose result holds only memory. What a project's own class releases is judged
 * from its code by {@code dev.leakproof.checks.model.resource.MemoryOnlyClasses}.
 */
public final class MemoryOnlyCloseables {
  private MemoryOnlyCloseables() {}

  /**
   * Classes whose own {@code close()} does nothing, so a subclass that inherits it releases
   * nothing by closing:
   *
   * <ul>
   *   <li>{@code java.io.InputStream.close()}: "The close method of InputStream does nothing."
   *   <li>{@code java.io.OutputStream.close()}: "The close method of OutputStream does nothing."
   * </ul>
   *
   * (JDK 8 to 25 Javadoc of both methods.) {@code Reader} and {@code Writer} declare {@code
   * close()} abstract, and {@code FilterInputStream} and its kin close what they wrap.
   */
  private static final Set<String> CLOSE_DOES_NOTHING =
      Set.of("java.io.InputStream", "java.io.OutputStream");

  /**
   * Library methods ({@code declaringClass#name}, every overload) whose result holds only memory,
   * each read in the library's source:
   *
   * <ul>
   *   <li>jackson-databind {@code util.TokenBuffer.asParser(..)} (every overload) and {@code
   *       asParserOnFirstToken()}: {@code return new Parser(_first, ..)}, a parser over the
   *       buffer's own segments; {@code TokenBuffer.Parser} is a {@code protected final static
   *       class} whose {@code close()} is {@code if (!_closed) { _closed = true; }} (2.22.2,
   *       TokenBuffer.java lines 248-304, 1485, 1635; the same since 2.0). The parser it is
   *       given ({@code asParser(JsonParser src)}) is read for its codec and location only.
   * </ul>
   */
  private static final Set<String> MEMORY_ONLY_RESULTS = Set.of(
      "com.fasterxml.jackson.databind.util.TokenBuffer#asParser",
      "com.fasterxml.jackson.databind.util.TokenBuffer#asParserOnFirstToken");

  /** The method names of {@link #MEMORY_ONLY_RESULTS}, for spelling filters. */
  private static final Set<String> MEMORY_ONLY_RESULT_METHOD_NAMES = Set.of(
      "asParser", "asParserOnFirstToken");

  /**
   * Whether {@code close()} as declared by {@code fqcn} (dotted or internal form) does nothing.
   */
  public static boolean closeDoesNothing(String fqcn) {
    return fqcn != null && CLOSE_DOES_NOTHING.contains(fqcn.replace('/', '.'));
  }

  /**
   * Whether what {@code declaringClass.method(..)} returns holds only memory, whatever its
   * arguments.
   */
  public static boolean returnsOnlyMemory(String declaringClass, String method) {
    return declaringClass != null
        && MEMORY_ONLY_RESULTS.contains(declaringClass.replace('/', '.') + "#" + method);
  }

  /** Whether a method of this name may be one of {@link #returnsOnlyMemory}: a cheap filter. */
  public static boolean mayReturnOnlyMemory(String method) {
    return MEMORY_ONLY_RESULT_METHOD_NAMES.contains(method);
  }
}
