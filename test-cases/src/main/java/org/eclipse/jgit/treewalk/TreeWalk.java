package org.eclipse.jgit.treewalk;

import java.io.IOException;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.treewalk.TreeWalk} (4.3 to 6.x), so that the corpus
 * compiles without JGit. {@code new TreeWalk(repository)} opens a reader its {@code close()}
 * closes; {@code new TreeWalk(reader)} and {@code new TreeWalk(repository, reader)} keep the
 * caller's reader in a field, as JGit's do, and do not close it ("The reader is not closed when
 * the walker is closed").
 */
public class TreeWalk implements AutoCloseable {
  private ObjectReader reader;

  public TreeWalk(Repository repository) {}

  public TreeWalk(ObjectReader reader) {
    this.reader = reader;
  }

  public TreeWalk(Repository repository, ObjectReader reader) {
    this.reader = reader;
  }

  /** Advances to the next entry: reads trees, so it may fail as a read does. */
  public boolean next() throws IOException {
    return reader == null;
  }

  @Override
  public void close() {}
}
