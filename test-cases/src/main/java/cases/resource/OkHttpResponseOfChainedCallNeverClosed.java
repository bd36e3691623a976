package cases.resource;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Flagged: the OkHttp response of {@code client.newCall(request).execute()}, never closed, leaks
 * its connection (web3j's {@code HttpService.performIO}, fixed by closing it). A file scanned
 * without OkHttp's jar still knows {@code newCall}'s result is an {@code okhttp3.Call}, from the
 * client's declared type and a table of library result types. Silent look-alikes: the same
 * response in try-with-resources, and one returned to the caller.
 */
class OkHttpResponseOfChainedCallNeverClosed {
  private final OkHttpClient client = new OkHttpClient();

  int status(Request request) throws IOException {
    Response response = client.newCall(request).execute(); // expect: UnclosedResource
    return response.code();
  }

  int statusClosed(Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      return response.code();
    }
  }

  Response send(Request request) throws IOException {
    Response response = client.newCall(request).execute();
    return response;
  }
}
