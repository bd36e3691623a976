package org.eclipse.jgit.lib;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.lib.ObjectReader}, so that the corpus compiles
 * without JGit: a reader over a repository's object database, whose {@code close()} "Release[s]
 * any resources used by this reader" (pack files and their handles).
 */
public class ObjectReader implements AutoCloseable {
  protected ObjectReader() {}

  @Override
  public void close() {}
}
