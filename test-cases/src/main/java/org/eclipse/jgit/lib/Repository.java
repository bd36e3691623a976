package org.eclipse.jgit.lib;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.lib.Repository}, so that the corpus compiles
 * without JGit: only what the {@code RevWalk(Repository)} cases need (a caller's repository,
 * which the walk opens a reader on).
 */
public abstract class Repository {
  protected Repository() {}
}
