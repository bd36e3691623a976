package dev.leakproof.scanner.engine;

import com.github.javaparser.resolution.TypeSolver;

/**
 * A type solver placed among a {@code CombinedTypeSolver}'s children, which makes itself each
 * child's parent: the parent is kept as given, and a subclass says only how to look a type up.
 */
abstract class ChildSolver implements TypeSolver {
  private TypeSolver parent;

  @Override
  public TypeSolver getParent() {
    return parent;
  }

  @Override
  public void setParent(TypeSolver parent) {
    this.parent = parent;
  }
}
