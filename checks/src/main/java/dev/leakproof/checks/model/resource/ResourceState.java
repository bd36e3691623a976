package dev.leakproof.checks.model.resource;

/** Where one resource, followed along one path, stands. */
public enum ResourceState {
  /** The variable does not hold the resource: not acquired yet, or overwritten. */
  UNOPENED,
  /** The resource is open: leaving the method now leaks it. */
  OPEN,
  /** The resource was closed. */
  CLOSED,
  /**
   * The resource is open, and a holder that takes its place only once it is assigned holds it
   * ({@code out = new PrintStream(bos)} into an {@code out} declared {@code null} before):
   * closing the holder closes it now. {@link States#mayBeOpen} counts it as open.
   */
  HELD
}
