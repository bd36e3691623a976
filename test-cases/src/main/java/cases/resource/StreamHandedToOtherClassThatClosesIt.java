package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * Silent: the stream is handed to a static method of another class in another file ({@link
 * StreamSinks#copyAll}) that closes it, so the callee owns it. From JGit 5.13
 * {@code Checkout.checkoutEntry}, whose {@code DirCacheCheckout.getContent(…, new
 * FileOutputStream(tmpFile))} closes the stream it is given in try-with-resources. Flagged
 * look-alikes, in the same other file: a method that only writes to the stream (it borrows), and
 * a constructor that only reads it (it keeps a sum, not the stream): the caller still owns both.
 */
class StreamHandedToOtherClassThatClosesIt {
  void save(byte[] data, File file) throws IOException {
    StreamSinks.copyAll(data, new FileOutputStream(file));
  }

  void append(byte[] data, File file) throws IOException {
    StreamSinks.copyInto(data, new FileOutputStream(file, true)); // expect: UnclosedResource "not closed on every path"
  }

  long checksum(File file) throws IOException {
    StreamSinks sink = new StreamSinks(new FileInputStream(file)); // expect: UnclosedResource "not closed on every path"
    return sink.sum();
  }
}
