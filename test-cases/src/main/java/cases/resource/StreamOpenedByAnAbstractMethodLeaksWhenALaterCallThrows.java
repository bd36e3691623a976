package cases.resource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream from an abstract method named as opening it (acquired by convention, as from an
 * interface: there is no body to read), handed back or wrapped, but leaked when a call between
 * the open and the hand-over throws (JGit 5.13 {@code WorkingTreeIterator.openEntryStream}:
 * {@code getCleanFilterCommand()} reads the attributes and may throw). The look-alike's
 * {@code openInputStream()} has a body that hands back a stream the entry keeps: not an
 * acquisition.
 */
abstract class StreamOpenedByAnAbstractMethodLeaksWhenALaterCallThrows {
  abstract static class Entry {
    abstract InputStream openInputStream() throws IOException;
  }

  abstract Entry current();

  abstract String filterCommand() throws IOException;

  InputStream openEntryStream() throws IOException {
    InputStream raw = current().openInputStream(); // expect: UnclosedResource
    if (filterCommand() == null) {
      return raw;
    }
    return new BufferedInputStream(raw);
  }

  static class KeptEntry {
    private final InputStream kept;

    KeptEntry(InputStream kept) {
      this.kept = kept;
    }

    InputStream openInputStream() {
      return kept;
    }
  }

  abstract KeptEntry keptEntry();

  InputStream openKeptStream() throws IOException {
    InputStream raw = keptEntry().openInputStream();
    if (filterCommand() == null) {
      return raw;
    }
    return new BufferedInputStream(raw);
  }
}
