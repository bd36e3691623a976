package cases.resource;

import java.io.IOException;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * JGit's walks over a reader they are given ({@code new RevWalk(reader)}, {@code new
 * ObjectWalk(reader)}, {@code new TreeWalk(reader)}, {@code new TreeWalk(repository, reader)})
 * keep it in a field but do not close it: "The reader is not closed when the walker is closed"
 * (NonOwningHolders). Giving a fresh {@code repository.newObjectReader()} to one is no hand-over,
 * so the reader stays the method's to close. Flagged: JGit 5.13's own {@code
 * ObjectWalk(Repository)} shape ({@code this(repo.newObjectReader())} into a constructor whose
 * walk only keeps it), a subclass that passes a fresh reader to {@code super(..)}, and readers
 * given to a walk closed by try-with-resources. Silent: the reader in the same try-with-resources,
 * a walk over the repository (it opens and closes its own reader), and a project's walker whose
 * {@code close()} does close the reader it keeps.
 */
class ObjectReaderKeptByWalkThatDoesNotOwnIt {
  /** The shape of JGit 5.13's {@code ObjectWalk(Repository)}: the walk never closes the reader. */
  static final class ReaderWalker implements AutoCloseable {
    private final RevWalk walk;

    ReaderWalker(Repository repository) {
      this(repository.newObjectReader()); // expect: UnclosedResource
    }

    ReaderWalker(ObjectReader reader) {
      walk = new RevWalk(reader);
    }

    @Override
    public void close() {
      walk.close();
    }
  }

  /** A subclass that gives the walk a reader of its own: nothing closes it. */
  static final class CountingObjectWalk extends ObjectWalk {
    CountingObjectWalk(Repository repository) {
      super(repository.newObjectReader()); // expect: UnclosedResource
    }
  }

  void readerGivenToRevWalk(Repository repository, String commitId) throws IOException {
    ObjectReader reader = repository.newObjectReader(); // expect: UnclosedResource
    try (RevWalk walk = new RevWalk(reader)) {
      walk.markStart(commitId);
    }
  }

  boolean readerCreatedForTreeWalk(Repository repository) throws IOException {
    try (TreeWalk walk = new TreeWalk(repository.newObjectReader())) { // expect: UnclosedResource
      return walk.next();
    }
  }

  boolean readerGivenWithItsRepository(Repository repository) throws IOException {
    ObjectReader reader = repository.newObjectReader(); // expect: UnclosedResource
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      return walk.next();
    }
  }

  void readerClosedWithTheWalk(Repository repository, String commitId) throws IOException {
    try (ObjectReader reader = repository.newObjectReader();
        ObjectWalk walk = new ObjectWalk(reader)) {
      walk.markStart(commitId);
    }
  }

  void walkOverTheRepository(Repository repository, String commitId) throws IOException {
    try (RevWalk walk = new RevWalk(repository)) {
      walk.markStart(commitId);
    }
  }

  void readerOwnedByProjectWalker(Repository repository, String commitId) throws IOException {
    try (OwningWalker walker = new OwningWalker(repository.newObjectReader())) {
      walker.start(commitId);
    }
  }

  /** A project's walker that owns the reader it keeps: closing it closes the reader. */
  static final class OwningWalker implements AutoCloseable {
    private final ObjectReader reader;
    private final RevWalk walk;

    OwningWalker(ObjectReader reader) {
      this.reader = reader;
      this.walk = new RevWalk(reader);
    }

    void start(String commitId) throws IOException {
      walk.markStart(commitId);
    }

    @Override
    public void close() {
      walk.close();
      reader.close();
    }
  }
}
