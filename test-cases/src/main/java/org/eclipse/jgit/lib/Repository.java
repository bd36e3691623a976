package org.eclipse.jgit.lib;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.lib.Repository}, so that the corpus compiles
 * without JGit: a caller's repository, which a walk opens a reader on, and which its owner
 * closes (pack files and their handles).
 */
public abstract class Repository implements AutoCloseable {
  protected Repository() {}

  /** A new reader over the object database, which the caller closes (JGit: "a new reader"). */
  public ObjectReader newObjectReader() {
    return new ObjectReader();
  }

  @Override
  public void close() {}
}
