package dev.leakproof.checks.model;

import java.util.List;

/**
 * What the small path judgements outside {@link dev.leakproof.checks.model.resource.PathWalk}
 * need to know about a source tree ({@link Branches}, {@link
 * dev.leakproof.checks.model.resource.ClosedLater}, {@link
 * dev.leakproof.checks.model.resource.OwningFieldModel#storedOnEveryNormalPath}): each source engine (javac trees, JavaParser
 * nodes) says what shape a node has and which nodes it holds, and the judgement does the rest.
 * A node's ancestors are the engine's to give, as a list (javac's trees have no parent links).
 *
 * @param <N> the engine's node type, compared by identity
 */
public interface SourceTree<N> {

  /** The shape of {@code node}. */
  Shape<N> shape(N node);

  /** The nodes {@code node} holds directly, in source order. */
  List<N> children(N node);

  /** Node shapes; every node not named here is {@link Other}. */
  sealed interface Shape<N> {}

  /** Statements run in order: a block (a method's body, a branch, a {@code finally}). */
  record Block<N>(List<N> statements) implements Shape<N> {}

  /** {@code if (..) then else otherwise}; {@code otherwise} may be null. */
  record If<N>(N then, N otherwise) implements Shape<N> {}

  /**
   * {@code try block catch (..) catchBlocks.. finally finallyBlock}; {@code finallyBlock} may be
   * null.
   */
  record Try<N>(N block, List<N> catchBlocks, N finallyBlock) implements Shape<N> {}

  /** A statement that evaluates one expression ({@code field = value;}). */
  record ExpressionStatement<N>() implements Shape<N> {}

  /** {@code throw ..;}. */
  record Throw<N>() implements Shape<N> {}

  /** A {@code catch} clause: what it holds runs only on a failure. */
  record Catch<N>() implements Shape<N> {}

  /**
   * Code that runs later, if at all, and with names of its own: a lambda, a class body (an
   * anonymous class's members, a local class).
   */
  record Deferred<N>() implements Shape<N> {}

  /** Any other node. */
  record Other<N>() implements Shape<N> {}
}
