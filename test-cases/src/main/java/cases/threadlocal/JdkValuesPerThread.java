package cases.threadlocal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Random;

/**
 * Silent: deliberate per-thread caches of JDK objects that are not thread-safe or costly to make.
 * Each pool thread keeps one small formatter, digest or generator, whose classes are the JDK's:
 * nothing of the application stays reachable through them, and nothing grows. The anonymous
 * initialValue() subclass is the application's class, but the thread holds its thread-local
 * only through a weak key: it goes with this class.
 */
class JdkValuesPerThread {
  private static final ThreadLocal<DateFormat> ISO_DATE =
      ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));

  private static final ThreadLocal<MessageDigest> SHA_256 = new ThreadLocal<MessageDigest>() {
    @Override
    protected MessageDigest initialValue() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  };

  private static final ThreadLocal<Random> RANDOM = new ThreadLocal<>();

  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[8192]);

  String format(Date date) {
    return ISO_DATE.get().format(date);
  }

  byte[] hash(byte[] data) {
    return SHA_256.get().digest(data);
  }

  int roll() {
    if (RANDOM.get() == null) {
      RANDOM.set(new Random());
    }
    return RANDOM.get().nextInt(6);
  }

  int copy(byte[] data) {
    byte[] buffer = SCRATCH.get();
    int length = Math.min(buffer.length, data.length);
    System.arraycopy(data, 0, buffer, 0, length);
    return length;
  }
}
