package cases.resource;

import java.io.IOException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;

/**
 * JGit's {@code new Git(repository)} and {@code Git.wrap(repository)} keep the repository in a
 * field but do not own it: {@code Git.close()} closes only a repository {@code Git.open} opened
 * (NonOwningHolders). Giving the repository to one is no hand-over, so it stays the method's to
 * close. Flagged: the clone's repository closed only when a revision is checked out (JGit
 * {@code RepoCommand.addSubmodule}), and one closed after a wrapped {@code Git} whose checkout
 * may throw. Silent: the same closed in a {@code finally}, and the same shape with a project
 * holder whose {@code close()} does close the repository it keeps (its try-with-resources closes
 * it when {@code run} throws).
 */
class RepositoryKeptByGitThatDoesNotOwnIt {
  interface Submodules {
    Repository add(String path) throws IOException;
  }

  void closedOnlyWhenCheckedOut(Submodules submodules, String path, String revision)
      throws IOException {
    Repository subRepo = submodules.add(path); // expect: UnclosedResource
    if (revision != null) {
      try (Git sub = new Git(subRepo)) {
        sub.checkout(revision);
      }
      subRepo.close();
    }
  }

  void closedAfterWrappedCheckout(Submodules submodules, String path, String revision)
      throws IOException {
    Repository subRepo = submodules.add(path); // expect: UnclosedResource
    Git.wrap(subRepo).checkout(revision);
    subRepo.close();
  }

  void closedInFinally(Submodules submodules, String path, String revision) throws IOException {
    Repository subRepo = submodules.add(path);
    try {
      if (revision != null) {
        try (Git sub = new Git(subRepo)) {
          sub.checkout(revision);
        }
      }
    } finally {
      subRepo.close();
    }
  }

  void closedByOwningHolder(Submodules submodules, String path, String revision)
      throws IOException {
    Repository subRepo = submodules.add(path);
    try (OwningCheckout checkout = new OwningCheckout(subRepo)) {
      checkout.run(revision);
    }
    subRepo.close();
  }

  /** A project's holder that owns what it keeps: closing it closes the repository. */
  static final class OwningCheckout implements AutoCloseable {
    private final Repository repository;

    OwningCheckout(Repository repository) {
      this.repository = repository;
    }

    void run(String revision) throws IOException {
      if (revision.isEmpty()) {
        throw new IOException("no revision");
      }
    }

    @Override
    public void close() {
      repository.close();
    }
  }
}
