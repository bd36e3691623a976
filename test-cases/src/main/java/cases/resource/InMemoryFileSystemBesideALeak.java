package cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * POI's XSSFWorkbook (real-leak pair poi-b11.2): a method that builds an in-memory {@code new
 * POIFSFileSystem()} (a library type that opens a file only when given one) beside leaks. Asking
 * the tables about that constructor without arguments once threw, which cost the SpotBugs plugin
 * the analysis of the method that builds it, and, in a pre-filter that judged every call of the
 * class before any method, the whole class: both leaks below went unreported.
 */
class InMemoryFileSystemBesideALeak {
  byte[] addOlePackage(File target) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (POIFSFileSystem poifs = new POIFSFileSystem()) {
      poifs.writeFilesystem(bos);
    }
    OutputStream copy = new FileOutputStream(target); // expect: UnclosedResource
    copy.write(bos.toByteArray());
    copy.close();
    return bos.toByteArray();
  }

  void addPicture(File target, byte[] pictureData) throws IOException {
    OutputStream out = new FileOutputStream(target); // expect: UnclosedResource
    out.write(pictureData);
    out.close();
  }
}
