package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A field the class opens in its constructor and closes in close() is overwritten by a method
 * called from outside the class, before the method does anything with the old value: the old
 * socket is still open, and once the field holds the new one nothing can close the old one.
 */
class OwningFieldReassignedWhileOpen implements Closeable {
  private final InetSocketAddress address;
  private Socket sock;

  OwningFieldReassignedWhileOpen(InetSocketAddress address) throws IOException {
    this.address = address;
    this.sock = new Socket(address.getAddress(), address.getPort());
  }

  void reconnect() throws IOException {
    this.sock = new Socket(address.getAddress(), address.getPort()); // expect: UnclosedResource
  }

  int read() throws IOException {
    return sock.getInputStream().read();
  }

  @Override
  public void close() throws IOException {
    sock.close();
  }
}

/** The same for a stream that rewind() reopens. */
class OwningFieldReopenedWhileOpen implements Closeable {
  private final File file;
  private InputStream in;

  OwningFieldReopenedWhileOpen(File file) throws IOException {
    this.file = file;
    this.in = new FileInputStream(file);
  }

  void rewind() throws IOException {
    in = new FileInputStream(file); // expect: UnclosedResource
  }

  int next() throws IOException {
    return in.read();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

/** Silent: reconnect() closes the old socket first, when there is one. */
class OwningFieldReassignedAfterClosing implements Closeable {
  private final InetSocketAddress address;
  private Socket sock;

  OwningFieldReassignedAfterClosing(InetSocketAddress address) throws IOException {
    this.address = address;
    this.sock = new Socket(address.getAddress(), address.getPort());
  }

  void reconnect() throws IOException {
    if (sock != null) {
      sock.close();
    }
    sock = new Socket(address.getAddress(), address.getPort());
  }

  @Override
  public void close() throws IOException {
    sock.close();
  }
}

/** Silent: reconnect() lets a helper of the class close the old socket first. */
class OwningFieldReassignedAfterHelperCloses implements Closeable {
  private final InetSocketAddress address;
  private Socket sock;

  OwningFieldReassignedAfterHelperCloses(InetSocketAddress address) throws IOException {
    this.address = address;
    this.sock = new Socket(address.getAddress(), address.getPort());
  }

  void reconnect() throws IOException {
    disconnect();
    sock = new Socket(address.getAddress(), address.getPort());
  }

  private void disconnect() throws IOException {
    sock.close();
  }

  @Override
  public void close() throws IOException {
    disconnect();
  }
}

/**
 * Silent: the constructor opens the socket only on some paths, so connect() may find the field
 * null, and disconnect() closes it too, so it may find it closed.
 */
class OwningFieldReassignedMaybeNull implements Closeable {
  private final InetSocketAddress address;
  private Socket sock;
  private InputStream in;

  OwningFieldReassignedMaybeNull(InetSocketAddress address, boolean eager, File f) throws IOException {
    this.address = address;
    if (eager) {
      sock = new Socket(address.getAddress(), address.getPort());
    }
    this.in = new FileInputStream(f);
  }

  void connect() throws IOException {
    sock = new Socket(address.getAddress(), address.getPort());
  }

  void reopen(File f) throws IOException {
    in = new FileInputStream(f);
  }

  public void disconnect() throws IOException {
    in.close();
  }

  @Override
  public void close() throws IOException {
    sock.close();
    in.close();
  }
}

/** Silent: a constructor opens the field, and so does a private method only the class calls. */
class OwningFieldReassignedByOwnSetup implements Closeable {
  private final InetSocketAddress address;
  private Socket sock;

  OwningFieldReassignedByOwnSetup(InetSocketAddress address) throws IOException {
    this.address = address;
    open();
  }

  OwningFieldReassignedByOwnSetup(InetSocketAddress address, int port) throws IOException {
    this(new InetSocketAddress(address.getAddress(), port));
  }

  private void open() throws IOException {
    sock = new Socket(address.getAddress(), address.getPort());
  }

  @Override
  public void close() throws IOException {
    sock.close();
  }
}
