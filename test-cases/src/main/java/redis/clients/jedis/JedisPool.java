package redis.clients.jedis;

/** Stand-in for Jedis's {@code JedisPool}: {@code getResource()} lends a connection. */
public interface JedisPool {
  Jedis getResource();
}
