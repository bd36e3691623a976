package org.apache.kafka.streams.state;

/**
 * Stand-in for Kafka Streams 3.6's {@code ReadOnlySessionStore}: each query returns an iterator
 * that "must be closed after use".
 */
public interface ReadOnlySessionStore<K, AGG> {
  KeyValueIterator<K, AGG> findSessions(K key, long earliestSessionEndTime,
      long latestSessionStartTime);

  KeyValueIterator<K, AGG> fetch(K key);
}
