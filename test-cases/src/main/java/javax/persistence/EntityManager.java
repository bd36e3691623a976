package javax.persistence;

/**
 * Stand-in for JPA 2.2's {@code javax.persistence.EntityManager}, so that the corpus compiles
 * without JPA. Not {@code AutoCloseable} (it became so only in Jakarta Persistence 3.1): "Close an
 * application-managed entity manager", releasing its persistence context and connection.
 */
public interface EntityManager {
  <T> T find(Class<T> entityClass, Object primaryKey);

  void flush();

  void close();
}
