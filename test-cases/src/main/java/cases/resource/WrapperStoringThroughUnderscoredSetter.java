package cases.resource;

import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A project reader wrapper returned to the caller, built three constructors deep, whose base
 * class stores the stream through a private helper named {@code __setInner}, as c3p0's
 * generated delegators do ({@code FilterResultSet}; c3p0 {@code SetManagedDatabaseMetaData}
 * returns {@code new NullStatementSetManagedResultSet(inner.getTables(..), ..)}). The chain is
 * deeper than the engines follow, so they judge the helper by its name: {@code __setInner}
 * keeps what it is given, like {@code setInner}. Reported: the same chain whose helper's name
 * says nothing of keeping, {@code __logInner}, which only reads the stream: the wrapper does not
 * own it and the stream leaks.
 */
class WrapperStoringThroughUnderscoredSetter {
  Reader open(String path) throws IOException {
    return new ManagedReader(new FileReader(path), "open");
  }

  Reader openLogged(String path) throws IOException {
    return new LoggedReader(new FileReader(path), "open"); // expect: UnclosedResource
  }

  /** Stores the stream it is given through {@code __setInner}; closes it in close(). */
  abstract static class FilterReader extends Reader {
    protected Reader inner;

    private void __setInner(Reader inner) {
      this.inner = inner;
    }

    FilterReader(Reader inner) {
      __setInner(inner);
    }

    @Override
    public void close() throws IOException {
      inner.close();
    }
  }

  abstract static class NamedReader extends FilterReader {
    final String name;

    NamedReader(Reader inner, String name) {
      super(inner);
      this.name = name;
    }
  }

  static final class ManagedReader extends NamedReader {
    ManagedReader(Reader inner, String name) {
      super(inner, name);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return inner.read(buffer, offset, length);
    }
  }

  /** Only reads the stream it is given (through {@code __logInner}), and keeps none. */
  abstract static class ReadingReader extends Reader {
    private static void __logInner(Reader inner) {
      System.out.println(inner.getClass().getName());
    }

    ReadingReader(Reader inner) {
      __logInner(inner);
    }
  }

  abstract static class NamedReadingReader extends ReadingReader {
    final String name;

    NamedReadingReader(Reader inner, String name) {
      super(inner);
      this.name = name;
    }
  }

  static final class LoggedReader extends NamedReadingReader {
    LoggedReader(Reader inner, String name) {
      super(inner, name);
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      return -1;
    }

    @Override
    public void close() {}
  }
}
