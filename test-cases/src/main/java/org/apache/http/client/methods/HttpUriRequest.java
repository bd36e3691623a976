package org.apache.http.client.methods;

/** Stand-in for Apache HttpClient 4's {@code HttpUriRequest}, so that the corpus compiles without it. */
public interface HttpUriRequest {}
