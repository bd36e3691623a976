package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.CompletableFuture;

/**
 * Flagged: the body of a response sent with {@code BodyHandlers.ofInputStream()} is a stream over
 * the exchange's connection, which the caller "must eventually obtain and close" (JDK {@code
 * BodyHandlers.ofInputStream}); read once and dropped, or closed only when nothing throws, it
 * holds the connection. Look-alikes: the body in try-with-resources, a body read as a
 * {@code String} or {@code byte[]} (nothing left to close), a body handed back to the caller, a
 * body asked of an asynchronous send (the future's consumer owns it), and a response whose body
 * is never asked for as a stream.
 */
class HttpResponseBodyStreamNeverClosed {
  int firstByte(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
    InputStream body = response.body(); // expect: UnclosedResource
    return body.read();
  }

  int closedOnTheNormalPathOnly(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    InputStream body = client.send(request, BodyHandlers.ofInputStream()).body(); // expect: UnclosedResource "not if"
    int first = body.read();
    body.close();
    return first;
  }

  int firstByteInTryWithResources(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      return body.read();
    }
  }

  String readAsAString(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
    String body = response.body();
    return body.trim();
  }

  int readAsBytes(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    byte[] body = client.send(request, BodyHandlers.ofByteArray()).body();
    return body.length;
  }

  InputStream handedToTheCaller(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<InputStream> response = client.send(request, BodyHandlers.ofInputStream());
    return response.body();
  }

  CompletableFuture<InputStream> sentAsynchronously(HttpClient client, HttpRequest request) {
    return client.sendAsync(request, BodyHandlers.ofInputStream()).thenApply(HttpResponse::body);
  }

  int statusOnly(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<Void> response = client.send(request, BodyHandlers.discarding());
    return response.statusCode();
  }
}
