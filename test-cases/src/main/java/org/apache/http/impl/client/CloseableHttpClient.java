package org.apache.http.impl.client;

import java.io.Closeable;
import java.io.IOException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpUriRequest;

/** Stand-in for Apache HttpClient 4's {@code CloseableHttpClient}: a response per request. */
public abstract class CloseableHttpClient implements Closeable {
  public abstract CloseableHttpResponse execute(HttpUriRequest request) throws IOException;
}
