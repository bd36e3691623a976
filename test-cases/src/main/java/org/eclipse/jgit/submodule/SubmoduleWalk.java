package org.eclipse.jgit.submodule;

import java.io.IOException;
import org.eclipse.jgit.lib.Repository;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.submodule.SubmoduleWalk} (4.x), so that the corpus
 * compiles without JGit. {@code forIndex(repository)} opens a tree walk over the index ("The
 * caller is responsible for calling close()"); {@code setFilter} is {@code walk.setFilter(filter);
 * return this;} and {@code reset()} ends in {@code return this;} (both "@return this generator");
 * {@code getRepository()} opens the submodule's repository, the caller's to close.
 */
public class SubmoduleWalk implements AutoCloseable {
  public static SubmoduleWalk forIndex(Repository repository) throws IOException {
    return new SubmoduleWalk();
  }

  /** Set tree filter; in this stand-in the filter is a path. */
  public SubmoduleWalk setFilter(String path) {
    return this;
  }

  /** Reset generator and start new submodule walk. */
  public SubmoduleWalk reset() {
    return this;
  }

  /**
   * The current submodule's repository, or null: JGit builds a new {@code Repository} each call
   * ({@code getSubmoduleRepository(..)}, {@code builder.setMustExist(true)...build()}), which the
   * caller closes; the walk keeps no reference to it.
   */
  public Repository getRepository() throws IOException {
    return new Repository() {};
  }

  /** Advances to the next submodule: reads the index, so it may fail as a read does. */
  public boolean next() throws IOException {
    return false;
  }

  @Override
  public void close() {}
}
