package cases.resource;

import cases.resource.FileSystemRootStoredThroughConstructorChain.PackedFileSystem;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * Silent: the constructor hands the file system it opens to {@code this(…)}, whose body keeps
 * only its root directory, a view that is not {@code Closeable} but leads back to the file
 * system; {@code close()} closes the file system through it. From Apache POI 3.x {@code
 * HSLFSlideShowImpl(String)}: {@code this(new POIFSFileSystem(new File(fileName)))}, then {@code
 * this(filesystem.getRoot())}, and {@code POIDocument} stores the {@code DirectoryNode} and
 * closes its file system in {@code close()}. Flagged look-alikes: constructors whose delegate
 * only reads the root's name, or keeps a string the file system returns: nothing kept leads back
 * to the file system.
 */
class FileSystemRootStoredThroughConstructorChain implements Closeable {
  static final class PackedFileSystem implements Closeable {
    private final RandomAccessFile file;

    PackedFileSystem(File path) throws IOException {
      this.file = new RandomAccessFile(path, "r");
    }

    PackedDirectory getRoot() {
      return new PackedDirectory(this, "root");
    }

    String label() {
      return "packed";
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  /** Not {@code Closeable}: a view of its file system. */
  static final class PackedDirectory {
    private final PackedFileSystem fileSystem;
    private final String name;

    PackedDirectory(PackedFileSystem fileSystem, String name) {
      this.fileSystem = fileSystem;
      this.name = name;
    }

    PackedFileSystem getFileSystem() {
      return fileSystem;
    }

    String getName() {
      return name;
    }
  }

  private final PackedDirectory directory;

  FileSystemRootStoredThroughConstructorChain(File file) throws IOException {
    this(new PackedFileSystem(file));
  }

  FileSystemRootStoredThroughConstructorChain(PackedFileSystem fileSystem) {
    this(fileSystem.getRoot());
  }

  FileSystemRootStoredThroughConstructorChain(PackedDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void close() throws IOException {
    directory.getFileSystem().close();
  }
}

class FileSystemRootNameReadThroughConstructorChain {
  private final String name;

  FileSystemRootNameReadThroughConstructorChain(File file) throws IOException {
    this(new PackedFileSystem(file)); // expect: UnclosedResource
  }

  FileSystemRootNameReadThroughConstructorChain(PackedFileSystem fileSystem) {
    this(fileSystem.getRoot().getName());
  }

  FileSystemRootNameReadThroughConstructorChain(String name) {
    this.name = name;
  }
}

class FileSystemLabelKeptThroughConstructorChain {
  private final String label;

  FileSystemLabelKeptThroughConstructorChain(File file) throws IOException {
    this(new PackedFileSystem(file)); // expect: UnclosedResource
  }

  FileSystemLabelKeptThroughConstructorChain(PackedFileSystem fileSystem) {
    this(fileSystem.label());
  }

  FileSystemLabelKeptThroughConstructorChain(String label) {
    this.label = label;
  }
}
