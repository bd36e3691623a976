package cases.resource;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Silent: JGit's {@code RevWalk.dispose()} closes the reader {@code new RevWalk(repository)}
 * opened, as {@code close()} does (a release method of the type, ReleaseMethods; JGit's GC and
 * the benchmark's jgit cases release walks so). Flagged: a walk disposed only when {@code
 * markStart} does not throw.
 */
class RevWalkReleasedByDispose {
  void disposedInFinally(Repository repository, String commitId) throws IOException {
    RevWalk walk = new RevWalk(repository);
    try {
      walk.markStart(commitId);
    } finally {
      walk.dispose();
    }
  }

  void disposedOnlyOnNormalPath(Repository repository, String commitId) throws IOException {
    RevWalk walk = new RevWalk(repository); // expect: UnclosedResource
    walk.markStart(commitId);
    walk.dispose();
  }
}
