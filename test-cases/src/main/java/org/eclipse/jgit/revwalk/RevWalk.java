package org.eclipse.jgit.revwalk;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.revwalk.RevWalk} (5.x), so that the corpus compiles
 * without JGit. {@code new RevWalk(repository)} opens an {@code ObjectReader} that {@code close()}
 * closes, and so does {@code dispose()} ("Dispose all internal state and invalidate all RevObject
 * instances"; its body starts with {@code reader.close()}).
 */
public class RevWalk implements AutoCloseable {
  public RevWalk(Repository repository) {}

  /** Reads the commit from the repository: may fail as a read does. */
  public void markStart(String commitId) throws IOException {
    if (commitId.isEmpty()) {
      throw new IOException("missing commit");
    }
  }

  public void dispose() {}

  @Override
  public void close() {}
}
