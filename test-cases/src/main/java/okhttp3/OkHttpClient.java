package okhttp3;

/**
 * Stand-in for OkHttp 3's {@code okhttp3.OkHttpClient}, so that the corpus compiles without
 * OkHttp: {@code newCall(request)} prepares a call whose {@code execute()} returns a response to
 * close.
 */
public class OkHttpClient {
  public Call newCall(Request request) {
    throw new UnsupportedOperationException("stand-in");
  }
}
