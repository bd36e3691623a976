package cases.resource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Silent, then flagged: {@code if (channel.isOpen()) channel.close()} in a finally closes the
 * channel on every path that still holds it (Undertow guards XNIO's safeClose the same way);
 * isOpen() is read as the negation of isClosed(). The look-alike tests it the wrong way round,
 * so the open channel is never closed.
 */
class ClosedWhenIsOpenSaysSo {
  int guardedClose(Path file, ByteBuffer buffer) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      return channel.read(buffer);
    } finally {
      if (channel.isOpen()) {
        channel.close();
      }
    }
  }

  int invertedGuard(Path file, ByteBuffer buffer) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ); // expect: UnclosedResource
    try {
      return channel.read(buffer);
    } finally {
      if (!channel.isOpen()) {
        channel.close();
      }
    }
  }
}
