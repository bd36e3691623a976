package dev.leakproof.checks.knowledge;

import java.util.Map;
import java.util.Optional;

/**
 * The declared result types of library methods an engine may have to know without the library's
 * jar: a source file scanned alone calls {@code httpClient.newCall(request).execute()}, and only
 * the result type of {@code newCall} tells that {@code execute()} is {@code okhttp3.Call}'s,
 * which opens a response ({@link ResourceApis}). The receiver's type is the one its declaration
 * names through the file's imports. Each entry is read from the library's source:
 *
 * <ul>
 *   <li>OkHttp 3 {@code okhttp3.OkHttpClient}: {@code public class OkHttpClient implements
 *       Cloneable, Call.Factory}, {@code @Override public Call newCall(Request request)}
 *       ("Prepares the request to be executed at some point in the future"; square/okhttp {@code
 *       okhttp/src/main/java/okhttp3/OkHttpClient.java}, 3.x, whose class Javadoc shows {@code
 *       Response response = client.newCall(request).execute();}); {@code Call.Factory} declares
 *       {@code Call newCall(Request request)} ({@code Call.java}).
 *   <li>OkHttp 3 {@code okhttp3.Call}: {@code Response execute() throws IOException}; {@code
 *       public final class Response implements Closeable}, "Closing it simply closes its response
 *       body" ({@code Response.java}, 3.x; {@code Response.kt} in 4.x, still {@code Closeable}).
 *       OkHttp 2's {@code com.squareup.okhttp.Response} is not {@code Closeable} and not listed.
 * </ul>
 *
 * <p>Matched by the receiver's fully qualified class, the method's name and its number of
 * arguments.
 */
public final class LibraryResultTypes {
  private static final Map<String, String> RESULTS = Map.of(
      "okhttp3.OkHttpClient#newCall/1", "okhttp3.Call",
      "okhttp3.Call.Factory#newCall/1", "okhttp3.Call",
      "okhttp3.Call#execute/0", "okhttp3.Response");

  private LibraryResultTypes() {}

  /**
   * The declared result type, qualified, of {@code owner.method(..)} with {@code arguments}
   * arguments, when the table knows it.
   */
  public static Optional<String> resultOf(String owner, String method, int arguments) {
    return Optional.ofNullable(RESULTS.get(owner + "#" + method + "/" + arguments));
  }

  /** Whether {@code qualifiedName} is a receiver type the table has entries for. */
  public static boolean knowsReceiver(String qualifiedName) {
    String prefix = qualifiedName + "#";
    return RESULTS.keySet().stream().anyMatch(key -> key.startsWith(prefix));
  }
}
