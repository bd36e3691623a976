package cases.resource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Silent: an entry's stream of a {@code JarFile} the method closes in a {@code finally} is closed
 * with it ("Closing this ZIP file will close all of the input streams previously returned by
 * invocations of the getInputStream method", {@code ZipFile.close()}; {@code JarFile} overrides
 * {@code getInputStream}). Closing the entry only on the normal path leaks nothing the jar's own
 * close does not release (issue #10: Ant's WeblogicDeploymentTool and WebsphereDeploymentTool).
 */
class JarEntryStreamClosedWithItsJar {
  void copy(File from, OutputStream to) throws IOException {
    JarFile jar = null;
    try {
      jar = new JarFile(from);
      JarOutputStream out = new JarOutputStream(to);
      byte[] buffer = new byte[8192];
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
        JarEntry entry = entries.nextElement();
        InputStream in = jar.getInputStream(entry);
        out.putNextEntry(new JarEntry(entry.getName()));
        int n;
        while ((n = in.read(buffer)) != -1) {
          out.write(buffer, 0, n);
        }
        in.close();
      }
      out.finish();
    } finally {
      if (jar != null) {
        jar.close();
      }
    }
  }
}
