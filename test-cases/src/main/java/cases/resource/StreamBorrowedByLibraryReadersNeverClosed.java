package cases.resource;

import com.google.common.io.ByteStreams;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.commons.io.IOUtils;

/**
 * Flagged: issue #10's library APIs that read a stream and leave it open (JDK {@code
 * ImageIO.read}, commons-io {@code IOUtils.toString}, Guava {@code ByteStreams.toByteArray}), a
 * {@code DigestInputStream} that wraps the file it reads, and {@code DataSource.getConnection()}
 * (each cited in ResourceApis): the stream passed to them is still the caller's to close, and
 * none is closed. Look-alikes: the same calls on a stream in try-with-resources.
 */
class StreamBorrowedByLibraryReadersNeverClosed {
  BufferedImage image(File file) throws IOException {
    return ImageIO.read(new FileInputStream(file)); // expect: UnclosedResource
  }

  String text(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    return IOUtils.toString(in, "UTF-8");
  }

  byte[] bytes(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    return ByteStreams.toByteArray(in);
  }

  int digested(File file, MessageDigest digest) throws IOException {
    DigestInputStream in = new DigestInputStream(new FileInputStream(file), digest); // expect: UnclosedResource
    return in.read();
  }

  boolean valid(DataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection(); // expect: UnclosedResource
    return connection.isValid(1);
  }

  String textClosed(File file) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      return IOUtils.toString(in, "UTF-8");
    }
  }

  byte[] bytesClosed(File file) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      return ByteStreams.toByteArray(in);
    }
  }

  boolean validClosed(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(1);
    }
  }
}
