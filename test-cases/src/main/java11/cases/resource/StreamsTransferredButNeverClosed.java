package cases.resource;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;

/**
 * Flagged: {@code InputStream.transferTo} and {@code Reader.transferTo} (Java 9, 10) only borrow
 * both sides ("This method does not close either stream"), so streams opened for the copy and
 * never closed stay open, whichever side they are on. Look-alikes: both sides in
 * try-with-resources, and a stream given by the caller, who owns it.
 */
class StreamsTransferredButNeverClosed {
  long copy(String from, String to) throws IOException {
    InputStream in = new FileInputStream(from); // expect: UnclosedResource
    OutputStream out = new FileOutputStream(to); // expect: UnclosedResource
    return in.transferTo(out);
  }

  String readAll(String path) throws IOException {
    Reader reader = new FileReader(path); // expect: UnclosedResource
    StringWriter text = new StringWriter();
    reader.transferTo(text);
    return text.toString();
  }

  long copyInTryWithResources(String from, String to) throws IOException {
    try (InputStream in = new FileInputStream(from);
        OutputStream out = new FileOutputStream(to)) {
      return in.transferTo(out);
    }
  }

  long copyToTheCallersStream(String from, OutputStream out) throws IOException {
    try (InputStream in = new FileInputStream(from)) {
      return in.transferTo(out);
    }
  }

  String readAllInTryWithResources(String path) throws IOException {
    StringWriter text = new StringWriter();
    try (Reader reader = new FileReader(path)) {
      reader.transferTo(text);
    }
    return text.toString();
  }
}
