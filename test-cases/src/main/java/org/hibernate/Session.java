package org.hibernate;

/**
 * Stand-in for Hibernate 5's {@code org.hibernate.Session} ({@code AutoCloseable} through {@code
 * SharedSessionContract}), so that the corpus compiles without Hibernate: "End the session by
 * releasing the JDBC connection and cleaning up".
 */
public interface Session extends AutoCloseable {
  Object get(String entityName, Object id);

  @Override
  void close();
}
