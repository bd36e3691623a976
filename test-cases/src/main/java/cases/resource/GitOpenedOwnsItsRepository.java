package cases.resource;

import java.io.File;
import java.io.IOException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;

/**
 * JGit's {@code Git.open(dir)} opens the repository itself, and its {@code Git} owns it
 * ("Closing this instance will close the repo"): a holder the caller must close, which leaks the
 * repository when it is dropped. Flagged: one used once and dropped, and one closed only when
 * the checkout does not throw. Silent: one in try-with-resources, and a {@code Git.wrap} over the
 * caller's repository used once and dropped (it owns nothing: the caller closes the repository).
 */
class GitOpenedOwnsItsRepository {
  void droppedAfterUse(File dir, String revision) throws IOException {
    Git.open(dir).checkout(revision); // expect: UnclosedResource
  }

  void closedOnlyOnNormalPath(File dir, String revision) throws IOException {
    Git git = Git.open(dir); // expect: UnclosedResource
    git.checkout(revision);
    git.close();
  }

  void inTryWithResources(File dir, String revision) throws IOException {
    try (Git git = Git.open(dir)) {
      git.checkout(revision);
    }
  }

  void wrapOfCallersRepositoryDropped(Repository repository, String revision)
      throws IOException {
    Git.wrap(repository).checkout(revision);
  }
}
