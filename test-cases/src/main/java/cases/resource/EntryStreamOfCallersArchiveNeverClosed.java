package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Flagged: an entry's stream of an archive the caller passed in holds an inflater until it is
 * closed, and closing the archive is the caller's business, long after the loop (Commons
 * Compress shipped this leak in PackingUtils.copyThroughJar). A JarFile's entry stream counts as
 * a ZipFile's: JarFile overrides getInputStream, so bytecode names JarFile. Look-alikes: the
 * entry stream closed by try-with-resources, and one of an archive the method opens and closes
 * (closing the archive closes its entry streams).
 */
class EntryStreamOfCallersArchiveNeverClosed {
  void copyEntries(JarFile jar, OutputStream out) throws IOException {
    byte[] buffer = new byte[8192];
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      InputStream in = jar.getInputStream(entries.nextElement()); // expect: UnclosedResource "not closed on every path"
      for (int n; (n = in.read(buffer)) != -1; ) {
        out.write(buffer, 0, n);
      }
    }
  }

  int firstByteOfZipEntry(ZipFile zip, ZipEntry entry) throws IOException {
    InputStream in = zip.getInputStream(entry); // expect: UnclosedResource "not closed on every path"
    return in.read();
  }

  void copyEntriesClosed(JarFile jar, OutputStream out) throws IOException {
    byte[] buffer = new byte[8192];
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      try (InputStream in = jar.getInputStream(entries.nextElement())) {
        for (int n; (n = in.read(buffer)) != -1; ) {
          out.write(buffer, 0, n);
        }
      }
    }
  }

  int firstByteOfOwnArchive(String path) throws IOException {
    try (JarFile jar = new JarFile(path)) {
      InputStream in = jar.getInputStream(jar.getJarEntry("a"));
      return in.read();
    }
  }
}
