package okhttp3;

import java.io.IOException;

/** Stand-in for OkHttp's {@code okhttp3.Call}: {@code execute()} returns a response to close. */
public interface Call {
  Response execute() throws IOException;
}
