package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Silent: the constructor closes the stream when reading the header throws, and rethrows. */
class ConstructorClosesFieldWhenItFails implements Closeable {
  private final InputStream in;
  private final int header;

  ConstructorClosesFieldWhenItFails(File file) throws IOException {
    this.in = new FileInputStream(file);
    try {
      this.header = in.read();
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  int header() {
    return header;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

/** Silent: the constructor catches the exception and returns the object, which close() closes. */
class ConstructorCatchesFailureAfterOpeningIntoField implements Closeable {
  private final InputStream in;
  private int header;

  ConstructorCatchesFailureAfterOpeningIntoField(File file) throws IOException {
    this.in = new FileInputStream(file);
    try {
      this.header = in.read();
    } catch (IOException e) {
      this.header = -1;
    }
  }

  int header() {
    return header;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

/**
 * Silent: the call after the store is a method of the object, which closes it before it throws
 * (JGit's TransportGitAnon and readAdvertisedRefs()).
 */
class ConstructorCallsOwnMethodThatClosesWhenItFails implements Closeable {
  private final InputStream in;
  private int header;

  ConstructorCallsOwnMethodThatClosesWhenItFails(File file) throws IOException {
    this.in = new FileInputStream(file);
    readHeader();
  }

  void readHeader() throws IOException {
    try {
      header = in.read();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  int header() {
    return header;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
