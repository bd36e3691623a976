package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StreamTokenizer;
import java.util.Map;

/**
 * Flagged: a fresh stream passed to code the analysis cannot read (an interface here; in a real
 * project another file's class or a library no table knows) that by its shape only borrows it: a
 * method, not a constructor, of a receiver that is no resource, whose name does not say it keeps
 * or closes what it is given, and whose result cannot carry the stream (a map, an {@code int},
 * nothing). Jena's {@code JSON.parse(in)}, Tika's {@code ISATabUtils.parseInvestigation(stream,
 * ..)} and OpenJPA's {@code getDeleteTableContentsSQL(tables, ds.getConnection())} shipped such
 * leaks. A holder built on the stream and used for one call in the same statement borrows it
 * like that call ({@code new Archive(in, out).unpack()}): nothing refers to the holder after it.
 * Look-alikes: a registrar and a setter (they keep it), a call whose result is a reader
 * (the stream lives on inside it), a holder built on it and kept, and the stream closed.
 */
class StreamBorrowedByUnreadableCodeNeverClosed {
  interface Json {
    Map<String, Object> parse(InputStream in) throws IOException;
  }

  interface Loader {
    int load(InputStream in) throws IOException;

    void register(InputStream in);

    void setInput(InputStream in);

    Reader decode(InputStream in);
  }

  static final class Holder {
    private final InputStream in;

    Holder(InputStream in) {
      this.in = in;
    }

    int next() throws IOException {
      return in.read();
    }
  }

  Map<String, Object> parse(Json json, File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "not closed on every path"
    return json.parse(in);
  }

  int load(Loader loader, File file) throws IOException {
    return loader.load(new FileInputStream(file)); // expect: UnclosedResource "not closed on every path"
  }

  Map<String, Object> parseClosed(Json json, File file) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      return json.parse(in);
    }
  }

  void register(Loader loader, File file) throws IOException {
    loader.register(new FileInputStream(file));
  }

  void setInput(Loader loader, File file) throws IOException {
    InputStream in = new FileInputStream(file);
    loader.setInput(in);
  }

  Reader decode(Loader loader, File file) throws IOException {
    Reader reader = loader.decode(new FileInputStream(file));
    return reader;
  }

  Holder hold(File file) throws IOException {
    Holder holder = new Holder(new FileInputStream(file));
    return holder;
  }

  int firstToken(File file) throws IOException {
    return new StreamTokenizer(new FileReader(file)).nextToken(); // expect: UnclosedResource "not closed on every path"
  }
}
