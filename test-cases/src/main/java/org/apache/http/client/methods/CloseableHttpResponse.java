package org.apache.http.client.methods;

import java.io.Closeable;

/**
 * Stand-in for Apache HttpClient 4's {@code CloseableHttpResponse}, so that the corpus compiles
 * without it: closing it releases the pooled connection (its javadoc: "the response should be
 * closed to release the underlying connection").
 */
public interface CloseableHttpResponse extends Closeable {}
