package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.submodule.SubmoduleWalk;

/**
 * Closing what a call on a resource returns closes that resource only when the call says so
 * (ClosingResults): JGit's {@code SubmoduleWalk.getRepository()} builds a new repository the
 * caller closes, and closing it leaves the walk open, while closing {@code
 * FileInputStream.getChannel()}'s channel closes the stream. Flagged: JGit 5.13's {@code
 * CloneCommand.cloneSubmodules}, which closes every submodule's repository in its loop and never
 * the walk. Silent: the same walk in try-with-resources, and a stream closed through its channel.
 */
class SubmoduleRepositoryClosedButNotItsWalk {
  void cloneSubmodules(Repository clonedRepo) throws IOException {
    SubmoduleWalk walk = SubmoduleWalk.forIndex(clonedRepo); // expect: UnclosedResource
    while (walk.next()) {
      try (Repository subRepo = walk.getRepository()) {
        if (subRepo != null) {
          cloneSubmodules(subRepo);
        }
      }
    }
  }

  void walkClosedToo(Repository clonedRepo) throws IOException {
    try (SubmoduleWalk walk = SubmoduleWalk.forIndex(clonedRepo)) {
      while (walk.next()) {
        try (Repository subRepo = walk.getRepository()) {
          if (subRepo != null) {
            walkClosedToo(subRepo);
          }
        }
      }
    }
  }

  long sizeThroughItsChannel(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    try (FileChannel channel = in.getChannel()) {
      return channel.size();
    }
  }
}
