package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Silent: the constructor hands the stream it opens to {@code this(…)}, and the chain of
 * delegating constructors ends, four calls deep, in one that stores it in a field that {@code
 * close()} closes. From commons-net 3.x {@code PrintCommandListener(PrintStream)}: {@code
 * this(Util.newPrintWriter(printStream))} through {@code this(writer, false)}, {@code this(writer,
 * false, (char) 0)} and {@code this(writer, false, (char) 0, false)}. Flagged look-alike: a
 * constructor that hands its stream to {@code this(…)}, whose body only writes a header to it
 * (silent again when that body closes it too, the last class). */
class StreamStoredThroughConstructorChain implements Closeable {
  private final OutputStream out;
  private final boolean flush;
  private final char marker;
  private final boolean verbose;

  StreamStoredThroughConstructorChain(File file) throws IOException {
    this(new FileOutputStream(file));
  }

  StreamStoredThroughConstructorChain(OutputStream out) {
    this(out, false);
  }

  StreamStoredThroughConstructorChain(OutputStream out, boolean flush) {
    this(out, flush, (char) 0);
  }

  StreamStoredThroughConstructorChain(OutputStream out, boolean flush, char marker) {
    this(out, flush, marker, false);
  }

  StreamStoredThroughConstructorChain(OutputStream out, boolean flush, char marker,
      boolean verbose) {
    this.out = out;
    this.flush = flush;
    this.marker = marker;
    this.verbose = verbose;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}

class HeaderWrittenThroughConstructor {
  HeaderWrittenThroughConstructor(File file) throws IOException {
    this(new FileOutputStream(file), 1); // expect: UnclosedResource "not closed on every path"
  }

  HeaderWrittenThroughConstructor(OutputStream out, int version) throws IOException {
    out.write(version);
  }
}

class HeaderWrittenAndClosedThroughConstructor {
  HeaderWrittenAndClosedThroughConstructor(File file) throws IOException {
    this(new FileOutputStream(file), 1);
  }

  HeaderWrittenAndClosedThroughConstructor(OutputStream out, int version) throws IOException {
    try {
      out.write(version);
    } finally {
      out.close();
    }
  }
}
