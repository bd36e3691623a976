package cases.resource;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream opened as an argument of {@code super(…)}: the superclass constructor's body, in the
 * analysed code, decides, as for {@code this(…)} ({@link StreamStoredThroughConstructorChain}).
 * Flagged: the superclass only writes a header to it. Silent look-alike: the superclass stores it
 * in a field its {@code close()} closes.
 */
class StreamHandedToSuperConstructor extends HeaderOnlyBase {
  StreamHandedToSuperConstructor(File file) throws IOException {
    super(new FileOutputStream(file), 1); // expect: UnclosedResource "not closed on every path"
  }
}

class HeaderOnlyBase {
  HeaderOnlyBase(OutputStream out, int version) throws IOException {
    out.write(version);
  }
}

class StreamKeptBySuperConstructor extends StreamKeepingBase {
  StreamKeptBySuperConstructor(File file) throws IOException {
    super(new FileOutputStream(file));
  }
}

class StreamKeepingBase implements java.io.Closeable {
  private final OutputStream out;

  StreamKeepingBase(OutputStream out) {
    this.out = out;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
