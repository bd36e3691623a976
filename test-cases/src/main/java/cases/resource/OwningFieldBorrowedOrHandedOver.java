package cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Silent: none of these fields is a resource this class opened and forgot. {@code in} came from
 * the caller (borrowed), {@code out} is handed to a list of closeables that close() closes in a
 * loop, {@code socketIn} is a view of the socket that close() closes, and {@code buffer} holds
 * only heap memory.
 */
class OwningFieldBorrowedOrHandedOver implements Closeable {
  private final InputStream in;
  private final List<Closeable> toClose = new ArrayList<>();
  private final OutputStream out;
  private final Socket socket;
  private final InputStream socketIn;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  OwningFieldBorrowedOrHandedOver(InputStream in, File target, Socket socket) throws IOException {
    this.in = in;
    this.out = new FileOutputStream(target);
    toClose.add(out);
    this.socket = socket;
    this.socketIn = socket.getInputStream();
  }

  void pump() throws IOException {
    buffer.write(in.read());
    buffer.write(socketIn.read());
    buffer.writeTo(out);
  }

  @Override
  public void close() throws IOException {
    for (Closeable closeable : toClose) {
      closeable.close();
    }
    socket.close();
  }
}
