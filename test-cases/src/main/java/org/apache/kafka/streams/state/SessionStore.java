package org.apache.kafka.streams.state;

/**
 * Stand-in for Kafka Streams 3.6's {@code SessionStore}, which adds {@code findSessions(from,
 * to)} over every key.
 */
public interface SessionStore<K, AGG> extends ReadOnlySessionStore<K, AGG> {
  KeyValueIterator<K, AGG> findSessions(long earliestSessionEndTime, long latestSessionEndTime);

  String name();
}
