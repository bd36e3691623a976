package dev.leakproof.checks.model.resource;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a walk of a resource's paths found: a set of {@link PathFact}s, immutable. Built by naming
 * each fact ({@code PathFacts.of(CLOSED_SOMEWHERE)}, {@code facts.with(LEAKS_ON_NORMAL_PATH,
 * normal)}), so no caller passes a row of booleans whose order says what they mean.
 */
public final class PathFacts {
  /** Nothing found. */
  public static final PathFacts NONE = new PathFacts(EnumSet.noneOf(PathFact.class));

  private final Set<PathFact> facts;

  private PathFacts(Set<PathFact> facts) {
    this.facts = facts;
  }

  /** The facts named. */
  public static PathFacts of(PathFact... facts) {
    PathFacts all = NONE;
    for (PathFact fact : facts) {
      all = all.with(fact);
    }
    return all;
  }

  /** The facts in {@code facts} (a walk's running tally). */
  public static PathFacts of(Set<PathFact> facts) {
    return facts.isEmpty() ? NONE : new PathFacts(EnumSet.copyOf(facts));
  }

  /** Whether the walk found {@code fact}. */
  public boolean has(PathFact fact) {
    return facts.contains(fact);
  }

  /** These facts and {@code fact}. */
  public PathFacts with(PathFact fact) {
    if (facts.contains(fact)) {
      return this;
    }
    EnumSet<PathFact> more = EnumSet.of(fact);
    more.addAll(facts);
    return new PathFacts(more);
  }

  /** These facts, and {@code fact} when it {@code holds}. */
  public PathFacts with(PathFact fact, boolean holds) {
    return holds ? with(fact) : this;
  }

  /** These facts, {@code fact} taken out. */
  public PathFacts without(PathFact fact) {
    if (!facts.contains(fact)) {
      return this;
    }
    EnumSet<PathFact> fewer = EnumSet.copyOf(facts);
    fewer.remove(fact);
    return of(fewer);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathFacts other && facts.equals(other.facts);
  }

  @Override
  public int hashCode() {
    return facts.hashCode();
  }

  @Override
  public String toString() {
    return facts.toString();
  }
}
