package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A call that declares an unchecked exception callers should expect skips the close as surely
 * as one declaring {@code IOException} (issue #10, the unchecked "normal error" table): a
 * project's own unchecked exception in a throws clause (as H2 methods that name {@code
 * DbException}), or {@code UncheckedIOException}. Look-alikes: the JDK's declared unchecked
 * exceptions ({@code NumberFormatException}, {@code IllegalArgumentException}) document misuse,
 * and a call declaring nothing stays silent as in {@code ClosedAfterUncheckedCallsOnly}.
 */
class ClosedOnlyBeforeDeclaredUncheckedFailure {
  void registerFile(File file, Catalog catalog) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource "closed, but not if `register()` throws"
    catalog.register(file.getName());
    in.close();
  }

  void indexFile(File file, Catalog catalog) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource "closed, but not if `reindex()` throws"
    catalog.reindex();
    in.close();
  }

  int parsedBeforeClose(File file, Catalog catalog, String size) throws IOException {
    FileInputStream in = new FileInputStream(file);
    int parsed = catalog.parseSize(size);
    catalog.checkName(file.getName());
    in.close();
    return parsed;
  }

  int countedBeforeClose(File file, Catalog catalog) throws IOException {
    FileInputStream in = new FileInputStream(file);
    int count = catalog.size();
    in.close();
    return count;
  }

  /** A project's own unchecked failure, as H2's {@code DbException}. */
  static final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CatalogException(String message) {
      super(message);
    }
  }

  static final class Catalog {
    private final List<String> names = new ArrayList<String>();

    void register(String name) throws CatalogException {
      if (names.contains(name)) {
        throw new CatalogException("duplicate " + name);
      }
      names.add(name);
    }

    void reindex() throws UncheckedIOException {
      if (names.isEmpty()) {
        throw new UncheckedIOException(new IOException("empty catalog"));
      }
    }

    int parseSize(String size) throws NumberFormatException {
      return Integer.parseInt(size);
    }

    void checkName(String name) throws IllegalArgumentException {
      if (name.isEmpty()) {
        throw new IllegalArgumentException("empty name");
      }
    }

    int size() {
      return names.size();
    }
  }
}
