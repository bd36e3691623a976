package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;

/**
 * A stream in its own local, then a reader over it or bytes encoded, in a charset named by a
 * constant: the JDK has that charset, so the UnsupportedEncodingException the constructor or
 * getBytes declares is not thrown and the stream leaks on no path (c3p0's ConfigUtils reads its
 * resource path file so). The same with the charset read from a field is flagged: a name from
 * configuration may be unknown.
 */
class ReaderOverLocalStreamWithConstantCharset {
  private String encoding;

  String firstLine(Class<?> owner, String path) throws IOException {
    BufferedReader reader = null;
    try {
      InputStream in = owner.getResourceAsStream(path);
      if (in == null) {
        return null;
      }
      reader = new BufferedReader(new InputStreamReader(in, "8859_1"));
      return reader.readLine();
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }

  String firstLineInConfiguredCharset(File file) throws IOException {
    BufferedReader reader = null;
    try {
      InputStream in = new FileInputStream(file); // expect: UnclosedResource
      reader = new BufferedReader(new InputStreamReader(in, encoding));
      return reader.readLine();
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }

  void write(File file, String text) throws IOException {
    FileOutputStream out = new FileOutputStream(file);
    byte[] bytes = text.getBytes("UTF-8");
    try {
      out.write(bytes);
    } finally {
      out.close();
    }
  }

  void writeInConfiguredCharset(File file, String text) throws IOException {
    FileOutputStream out = new FileOutputStream(file); // expect: UnclosedResource
    byte[] bytes = text.getBytes(encoding);
    try {
      out.write(bytes);
    } finally {
      out.close();
    }
  }
}
