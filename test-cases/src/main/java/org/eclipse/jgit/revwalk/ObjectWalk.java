package org.eclipse.jgit.revwalk;

import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.revwalk.ObjectWalk} (5.x), so that the corpus
 * compiles without JGit. {@code new ObjectWalk(reader)} is {@code super(reader)}: the reader
 * "should be released by the caller when the walker is no longer required".
 */
public class ObjectWalk extends RevWalk {
  public ObjectWalk(Repository repository) {
    super(repository);
  }

  public ObjectWalk(ObjectReader reader) {
    super(reader);
  }
}
