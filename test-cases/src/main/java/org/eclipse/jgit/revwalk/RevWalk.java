package org.eclipse.jgit.revwalk;

import java.io.IOException;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.revwalk.RevWalk} (5.x), so that the corpus compiles
 * without JGit. {@code new RevWalk(repository)} opens an {@code ObjectReader} that {@code close()}
 * closes, and so does {@code dispose()} ("Dispose all internal state and invalidate all RevObject
 * instances"; its body starts with {@code reader.close()}). {@code new RevWalk(reader)} keeps the
 * caller's reader in a field, as JGit's does, but does not close it ("The reader is not closed
 * when the walker is closed"; JGit's {@code close()} is {@code if (closeReader) reader.close();}
 * and only {@code RevWalk(Repository)} sets {@code closeReader}).
 */
public class RevWalk implements AutoCloseable {
  private ObjectReader reader;

  public RevWalk(Repository repository) {}

  public RevWalk(ObjectReader reader) {
    this.reader = reader;
  }

  /** The reader this walker loads objects with. */
  public ObjectReader getObjectReader() {
    return reader;
  }

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
