package cases.resource;

import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/**
 * Flagged: a library client's resource closed on the normal path only, where the calls between
 * belong to a library that reports its ordinary failures unchecked without declaring them (Jedis's
 * {@code JedisDataException} on an error reply, JPA's {@code PersistenceException}): no throws
 * clause names a checked exception, yet such a call fails as surely as one declaring {@code
 * IOException}, and the connection never goes back to its pool (JRediSearch's {@code aggregate},
 * jBPM's {@code DefaultExecutionErrorStorage.call}). The resource may come from the class's own
 * wrapper around the library's factory (JRediSearch's {@code _conn()}), and may be lent to a
 * function first (jBPM). Look-alikes: the same closed by try-with-resources (in a {@code
 * finally}: {@link LibraryResourcesClosedOrHandedBack}), and closed after a call only a
 * programming error could make fail ({@code String.length()}).
 */
class LibraryClientClosedBeforeUncheckedFailure {
  private final JedisPool pool;

  LibraryClientClosedBeforeUncheckedFailure(JedisPool pool) {
    this.pool = pool;
  }

  String jedisReply(String key) {
    Jedis jedis = pool.getResource(); // expect: UnclosedResource "closed, but not if `get()` throws"
    String value = jedis.get(key);
    jedis.close();
    return value;
  }

  private Jedis connection() {
    return pool.getResource();
  }

  String jedisFromOwnWrapper(String key) {
    Jedis jedis = connection(); // expect: UnclosedResource "closed, but not if `get()` throws"
    String value = jedis.get(key);
    jedis.close();
    return value;
  }

  Object entityManagerFind(EntityManagerFactory factory, Object id) {
    EntityManager manager = factory.createEntityManager(); // expect: UnclosedResource "closed, but not if `find()` throws"
    Object found = manager.find(Object.class, id);
    manager.close();
    return found;
  }

  <R> R entityManagerLentToFunction(EntityManagerFactory factory,
      Function<EntityManager, R> work) {
    EntityManager manager = factory.createEntityManager(); // expect: UnclosedResource "closed, but not if `flush()` throws"
    R result = work.apply(manager);
    manager.flush();
    manager.close();
    return result;
  }

  String jedisInTryWithResources(String key) {
    try (Jedis jedis = pool.getResource()) {
      return jedis.get(key);
    }
  }

  int jedisClosedAfterOnlyAPlatformCall(String key) {
    Jedis jedis = pool.getResource();
    int length = key.length();
    jedis.close();
    return length;
  }
}
