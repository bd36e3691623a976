package cases.resource;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipInputStream;

/**
 * Silent: wrappers whose constructors cannot fail (they only store their argument; JarOutputStream's
 * one-argument constructor declares IOException but only calls super), a charset named by a
 * constant, and a file stream declared as its own try-with-resources resource before
 * the wrapper that may fail.
 */
class WrapperThatCannotFail {
  int first(File file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(file)))) {
      return in.readInt();
    }
  }

  int entries(File file) throws IOException {
    int count = 0;
    try (ZipInputStream zip = new ZipInputStream(new FileInputStream(file))) {
      while (zip.getNextEntry() != null) {
        count++;
      }
    }
    return count;
  }

  String firstLine(File file) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new FileInputStream(file), "UTF-8"))) {
      return reader.readLine();
    }
  }

  String firstLineInCharset(File file) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8))) {
      return reader.readLine();
    }
  }

  Object load(File file) throws IOException, ClassNotFoundException {
    try (FileInputStream stream = new FileInputStream(file);
        ObjectInputStream in = new ObjectInputStream(stream)) {
      return in.readObject();
    }
  }

  void archive(File file, byte[] entry) throws IOException {
    try (JarOutputStream jar = new JarOutputStream(new FileOutputStream(file))) {
      jar.putNextEntry(new JarEntry("data"));
      jar.write(entry);
    }
  }
}
