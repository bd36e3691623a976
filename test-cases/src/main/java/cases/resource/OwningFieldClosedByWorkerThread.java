package cases.resource;

import java.io.IOException;
import java.nio.channels.Selector;

/**
 * Silent: destroy() only raises a flag and wakes the poller; the poller's own loop closes the
 * selector when it sees the flag. The field is released by the class, on another thread.
 */
class OwningFieldClosedByWorkerThread implements Runnable {
  private final Selector selector;
  private volatile boolean close;

  OwningFieldClosedByWorkerThread() throws IOException {
    this.selector = Selector.open();
  }

  @Override
  public void run() {
    try {
      while (!close) {
        selector.select(1000);
      }
      selector.close();
    } catch (IOException e) {
      close = true;
    }
  }

  protected void destroy() {
    close = true;
    selector.wakeup();
  }
}
