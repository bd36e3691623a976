package cases.resource;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Eclipse's {@code @SuppressWarnings("resource")} silences its compiler's resource leak warning,
 * the check UnclosedResource makes, so a project that already judged the code in Eclipse is not
 * asked again: on the method or on the local. SpotBugs reads class files, where
 * {@code @SuppressWarnings} is not kept; it reads its own {@code @SuppressFBWarnings}. Another
 * token ({@code "unused"}) silences nothing.
 */
class SuppressedWithEclipsesResourceToken {

  @SuppressWarnings("resource")
  @SuppressFBWarnings(value = "LEAK_UNCLOSED_RESOURCE", justification = "the pool closes it")
  InputStream openForThePool(String path) throws IOException {
    InputStream in = new FileInputStream(path);
    in.read();
    return null;
  }

  @SuppressFBWarnings(value = "LEAK_UNCLOSED_RESOURCE", justification = "read once")
  int firstByte(String path) throws IOException {
    @SuppressWarnings({"unused", "resource"})
    InputStream in = new FileInputStream(path);
    return in.read();
  }

  @SuppressWarnings("unused")
  int firstByteUnsuppressed(String path) throws IOException {
    InputStream in = new FileInputStream(path); // expect: UnclosedResource
    return in.read();
  }
}
