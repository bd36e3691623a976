package cases.resource;

import java.io.IOException;

/**
 * Silent: what the Eclipse compiler (which builds JGit) emits for {@code try (ObjectReader reader
 * = repo.newObjectReader(); RevWalk walk = new RevWalk(reader))} with a {@code throw} in its
 * body, written out as source. Unlike javac's, its handler adds the suppressed exception before
 * it closes the reader; {@code Throwable.addSuppressed} throws only for a null or the same
 * exception, which the code rules out, so the reader is closed on every path (issue #10: JGit
 * StashApplyCommand, StashCreateCommand, SubmoduleDeinitCommand in bytecode).
 */
class EclipseCompiledTryWithResourcesOverFactory {
  int parse(Repository repo, String id) throws Throwable {
    Throwable primary = null;
    try {
      ObjectReader reader = repo.newObjectReader();
      int parsed;
      try {
        Walk walk = new Walk(reader);
        try {
          if (id.isEmpty()) {
            throw new IOException("no id");
          }
          parsed = walk.parse(id);
        } finally {
          walk.close();
        }
      } catch (Throwable failure) {
        if (primary == null) {
          primary = failure;
        } else if (primary != failure) {
          primary.addSuppressed(failure);
        }
        reader.close();
        throw primary;
      }
      reader.close();
      return parsed;
    } catch (Throwable failure) {
      if (primary == null) {
        primary = failure;
      } else if (primary != failure) {
        primary.addSuppressed(failure);
      }
      throw primary;
    }
  }

  /** Stands for JGit's Repository: makes readers the caller must close. */
  static final class Repository {
    ObjectReader newObjectReader() {
      return new ObjectReader();
    }
  }

  /** Stands for JGit's ObjectReader: holds pack files open until closed. */
  static final class ObjectReader implements AutoCloseable {
    int size(String id) {
      return id.length();
    }

    @Override
    public void close() {}
  }

  /** Stands for JGit's RevWalk over a reader it does not own. */
  static final class Walk implements AutoCloseable {
    private final ObjectReader reader;

    Walk(ObjectReader reader) {
      this.reader = reader;
    }

    int parse(String id) throws IOException {
      return reader.size(id);
    }

    @Override
    public void close() {}
  }
}
