package okhttp3;

/** Stand-in for OkHttp's {@code okhttp3.Request}, so that the corpus compiles without OkHttp. */
public final class Request {
}
