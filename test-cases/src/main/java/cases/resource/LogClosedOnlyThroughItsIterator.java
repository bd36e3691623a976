package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Closing a closeable that a method of a resource returns closes the resource only when
 * ClosingResults says so: ZooKeeper's {@code FileTxnLog.read(zxid)} returns an iterator over the
 * log, and closing the iterator leaves the log open. Flagged: ZooKeeper 3.6's {@code
 * FileTxnLog.getLastLoggedZxid}, which closes the iterator in {@code finally} and never the log
 * (fixed in ZOOKEEPER-3971 by opening both in try-with-resources), and the same log whose
 * iterator a helper only reads. Silent: the log closed too, a stream closed through its channel
 * ({@code getChannel()}, whose closing closes the stream), and an iterator handed back to the
 * caller or kept for later: the log goes with it (whoever holds the iterator may need the log
 * open, and may close both).
 */
class LogClosedOnlyThroughItsIterator {
  private final List<TxnIterator> iterators = new ArrayList<>();

  /** A transaction log over a file: closing it closes the file. */
  static final class TxnLog implements Closeable {
    private final RandomAccessFile file;

    TxnLog(File dir) throws IOException {
      file = new RandomAccessFile(new File(dir, "log"), "r");
    }

    TxnIterator read(long zxid) throws IOException {
      return new TxnIterator(file.length() > zxid);
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  /** An iterator over a log's transactions; closing it ends the iteration only. */
  static final class TxnIterator implements Closeable {
    private boolean more;

    TxnIterator(boolean more) {
      this.more = more;
    }

    boolean next() {
      boolean had = more;
      more = false;
      return had;
    }

    @Override
    public void close() {
      more = false;
    }
  }

  long lastLogged(File dir, long maxLog) {
    long zxid = maxLog;
    TxnIterator itr = null;
    try {
      TxnLog txn = new TxnLog(dir); // expect: UnclosedResource
      itr = txn.read(maxLog);
      while (itr.next()) {
        zxid++;
      }
    } catch (IOException e) {
      zxid = -1;
    } finally {
      close(itr);
    }
    return zxid;
  }

  long lastLoggedLogClosedToo(File dir, long maxLog) throws IOException {
    long zxid = maxLog;
    try (TxnLog txn = new TxnLog(dir); TxnIterator itr = txn.read(maxLog)) {
      while (itr.next()) {
        zxid++;
      }
    }
    return zxid;
  }

  long sizeThroughItsChannel(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    FileChannel channel = in.getChannel();
    try {
      return channel.size();
    } finally {
      channel.close();
    }
  }

  long countedByAHelperThatOnlyReadsIt(File dir) throws IOException {
    TxnLog txn = new TxnLog(dir); // expect: UnclosedResource
    TxnIterator itr = txn.read(0);
    try {
      return count(itr);
    } finally {
      itr.close();
    }
  }

  TxnIterator iteratorHandedBack(File dir, long zxid) throws IOException {
    TxnLog txn = new TxnLog(dir);
    TxnIterator itr = txn.read(zxid);
    return itr;
  }

  void iteratorKeptForLater(File dir) throws IOException {
    TxnLog txn = new TxnLog(dir);
    TxnIterator itr = txn.read(0);
    remember(itr);
  }

  private void remember(TxnIterator itr) {
    iterators.add(itr);
  }

  private static long count(TxnIterator itr) {
    long n = 0;
    while (itr.next()) {
      n++;
    }
    return n;
  }

  private void close(TxnIterator itr) {
    if (itr != null) {
      itr.close();
    }
  }
}
