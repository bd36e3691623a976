package org.apache.http.impl.client;

import java.io.Closeable;
import java.io.IOException;
import org.apache.http.client.ResponseHandler;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpUriRequest;

/**
 * Stand-in for Apache HttpClient 4's {@code CloseableHttpClient}: a response per request, or the
 * value a handler makes of it (the client closes that response itself).
 */
public abstract class CloseableHttpClient implements Closeable {
  public abstract CloseableHttpResponse execute(HttpUriRequest request) throws IOException;

  public abstract <T> T execute(HttpUriRequest request, ResponseHandler<? extends T> handler)
      throws IOException;
}
