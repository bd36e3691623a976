package dev.leakproof.checks.model.resource;

/** Where one resource, followed along one path, stands. */
public enum ResourceState {
  /** The variable does not hold the resource: not acquired yet, or overwritten. */
  UNOPENED,
  /** The resource is open: leaving the method now leaks it. */
  OPEN,
  /** The resource was closed. */
  CLOSED
}
