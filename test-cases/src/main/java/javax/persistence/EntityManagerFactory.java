package javax.persistence;

/**
 * Stand-in for JPA's {@code javax.persistence.EntityManagerFactory}: {@code createEntityManager()}
 * "returns a new application-managed EntityManager instance" each time, which the caller closes.
 */
public interface EntityManagerFactory {
  EntityManager createEntityManager();
}
