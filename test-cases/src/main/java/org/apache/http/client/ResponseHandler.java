package org.apache.http.client;

import java.io.IOException;
import org.apache.http.client.methods.CloseableHttpResponse;

/**
 * Stand-in for Apache HttpClient 4's {@code ResponseHandler}: turns a response into a value; the
 * client consumes and closes the response around it.
 */
public interface ResponseHandler<T> {
  T handleResponse(CloseableHttpResponse response) throws IOException;
}
