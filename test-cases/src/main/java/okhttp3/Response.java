package okhttp3;

import java.io.Closeable;

/**
 * Stand-in for OkHttp's {@code okhttp3.Response}, so that the corpus compiles without OkHttp:
 * "Closes the response body. Equivalent to body().close()"; an unclosed body leaks its
 * connection.
 */
public interface Response extends Closeable {
  int code();

  @Override
  void close();
}
