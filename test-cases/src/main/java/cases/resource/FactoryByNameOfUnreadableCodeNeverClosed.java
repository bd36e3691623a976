package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;

/**
 * Flagged: a call into code the analysis cannot read (an interface here; in a real project a
 * library or a file scanned without its project) whose name says it creates what it returns
 * ({@code open…}, {@code create…}, {@code new…}) and whose result is a JDK stream, writer,
 * channel, socket or JDBC object hands the caller a resource to close (Jena's {@code
 * IO.openFileEx}, POI's {@code createDocumentInputStream} shipped such leaks). Look-alikes: a
 * getter of the same type (a view its receiver may own), a creating name whose result is no JDK
 * resource, a {@code PrintStream} (often {@code System.out}), and the stream closed.
 */
class FactoryByNameOfUnreadableCodeNeverClosed {
  interface Storage {
    InputStream openStream(String name) throws IOException;

    Writer newWriter(String name) throws IOException;

    InputStream getInputStream(String name) throws IOException;

    PrintStream createLog(String name) throws IOException;

    StringBuilder createBuffer(String name);
  }

  int firstByte(Storage storage, String name) throws IOException {
    InputStream in = storage.openStream(name); // expect: UnclosedResource "not closed on every path"
    return in.read();
  }

  void write(Storage storage, String name) throws IOException {
    Writer writer = storage.newWriter(name); // expect: UnclosedResource "not closed on every path"
    writer.write(name);
  }

  int firstByteOfView(Storage storage, String name) throws IOException {
    InputStream in = storage.getInputStream(name);
    return in.read();
  }

  int firstByteClosed(Storage storage, String name) throws IOException {
    try (InputStream in = storage.openStream(name)) {
      return in.read();
    }
  }

  void log(Storage storage, String name) throws IOException {
    PrintStream log = storage.createLog(name);
    log.println(name);
  }

  int length(Storage storage, String name) {
    StringBuilder buffer = storage.createBuffer(name);
    return buffer.length();
  }
}
