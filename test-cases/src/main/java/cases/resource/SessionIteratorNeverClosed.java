package cases.resource;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlySessionStore;
import org.apache.kafka.streams.state.SessionStore;

/**
 * A Kafka Streams session store's queries each return an iterator that "must be closed after
 * use" (over RocksDB it holds a native iterator until closed). Kafka 3.6.0 {@code
 * KStreamSessionWindowAggregate.fetchAndEmit}: {@code windowToEmit = store.findSessions(from,
 * to)}, iterated and never closed; 3.7.0 closes it with try-with-resources.
 */
public class SessionIteratorNeverClosed {
  static int emitted(SessionStore<String, Long> store, long from, long to) {
    KeyValueIterator<String, Long> windows = store.findSessions(from, to); // expect: UnclosedResource
    int count = 0;
    while (windows.hasNext()) {
      windows.next();
      count++;
    }
    return count;
  }

  static long firstOfKey(ReadOnlySessionStore<String, Long> store, String key) {
    KeyValueIterator<String, Long> sessions = store.fetch(key); // expect: UnclosedResource
    return sessions.hasNext() ? sessions.next() : 0L;
  }

  static int emittedAndClosed(SessionStore<String, Long> store, long from, long to) {
    int count = 0;
    try (KeyValueIterator<String, Long> windows = store.findSessions(from, to)) {
      while (windows.hasNext()) {
        windows.next();
        count++;
      }
    }
    return count;
  }

  static KeyValueIterator<String, Long> handedToTheCaller(SessionStore<String, Long> store,
      String key) {
    return store.findSessions(key, 0L, Long.MAX_VALUE);
  }

  static String nameOnly(SessionStore<String, Long> store) {
    return store.name();
  }
}
