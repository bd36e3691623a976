package redis.clients.jedis;

import java.io.Closeable;

/**
 * Stand-in for Jedis's {@code redis.clients.jedis.Jedis}, so that the corpus compiles without
 * Jedis: {@code close()} returns a pooled connection to its pool (or closes it).
 */
public interface Jedis extends Closeable {
  String get(String key);

  @Override
  void close();
}
