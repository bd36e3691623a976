package cases.resource;

import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;

/** Silent: after the store the constructor calls only methods that declare no checked exception. */
class ConstructorCallsOnlyUncheckedAfterOpening implements Closeable {
  private final InputStream in;
  private final int nameLength;

  ConstructorCallsOnlyUncheckedAfterOpening(File file) throws IOException {
    this.in = new FileInputStream(file);
    this.nameLength = file.getName().trim().length();
  }

  int nameLength() {
    return nameLength;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

/** Silent: the store is the constructor's last statement. */
class ConstructorOpensIntoFieldLast implements Closeable {
  private final File file;
  private final InputStream in;

  ConstructorOpensIntoFieldLast(File file) throws IOException {
    this.file = file;
    this.in = new FileInputStream(file);
  }

  File file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

/** Silent: the call after the store is a method of the class that declares no exception. */
class ConstructorCallsMethodThatCannotThrowAfterOpening implements Closeable {
  private final InputStream in;
  private final int size;

  ConstructorCallsMethodThatCannotThrowAfterOpening(File file) throws IOException {
    this.in = new FileInputStream(file);
    this.size = defaultSize();
  }

  private static int defaultSize() {
    return 8192;
  }

  int size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

/** Silent: the call that may throw comes before the store; nothing is open yet when it does. */
class ConstructorMayFailBeforeOpeningIntoField implements Closeable {
  private final int header;
  private final InputStream in;

  ConstructorMayFailBeforeOpeningIntoField(File file) throws IOException {
    this.header = file.getCanonicalPath().length();
    this.in = new FileInputStream(file);
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
 * Silent: {@code getFD()} declares {@code IOException} but returns the descriptor every constructor
 * set, so it cannot throw here (JGit's {@code PackInserter}).
 */
class ConstructorAsksTheOpenedFileForItsDescriptor implements Closeable {
  private final RandomAccessFile file;
  private final FileDescriptor descriptor;

  ConstructorAsksTheOpenedFileForItsDescriptor(File path) throws IOException {
    this.file = new RandomAccessFile(path, "r");
    this.descriptor = file.getFD();
  }

  FileDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
