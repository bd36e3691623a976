package org.apache.kafka.streams.state;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Stand-in for Kafka Streams 3.6's {@code org.apache.kafka.streams.state.KeyValueIterator}, so
 * that the corpus compiles without Kafka: "Users must call its close method explicitly upon
 * completeness to release resources" (the entries are values here, not {@code KeyValue}s).
 */
public interface KeyValueIterator<K, V> extends Iterator<V>, Closeable {
  @Override
  void close();
}
