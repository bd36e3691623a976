package org.eclipse.jgit.api;

import java.io.File;
import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.api.Git} (5.13, 6.x), so that the corpus compiles
 * without JGit: a {@code Git} over a repository it was given keeps it in a field, but closes it
 * only when it opened it itself ({@code Git.open}), exactly as JGit's does.
 */
public class Git implements AutoCloseable {
  private final Repository repo;
  private final boolean closeRepo;

  /** Opens the repository in {@code dir}: the {@code Git} owns it and closes it. */
  public static Git open(File dir) throws IOException {
    if (!dir.isDirectory()) {
      throw new IOException("not a repository: " + dir);
    }
    return new Git(new Repository() {}, true);
  }

  public static Git wrap(Repository repo) {
    return new Git(repo);
  }

  public Git(Repository repo) {
    this(repo, false);
  }

  Git(Repository repo, boolean closeRepo) {
    if (repo == null) {
      throw new NullPointerException();
    }
    this.repo = repo;
    this.closeRepo = closeRepo;
  }

  /** Checks out a revision: may fail as a read does. */
  public void checkout(String revision) throws IOException {
    if (revision.isEmpty()) {
      throw new IOException("no revision");
    }
  }

  @Override
  public void close() {
    if (closeRepo) {
      repo.close();
    }
  }
}
