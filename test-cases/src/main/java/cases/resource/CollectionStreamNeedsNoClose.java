package cases.resource;

import java.util.List;
import java.util.stream.Stream;

/** Silent: a Stream over a collection is AutoCloseable but holds no OS resource. */
class CollectionStreamNeedsNoClose {
  long countLong(List<String> words) {
    Stream<String> stream = words.stream();
    return stream.filter(w -> w.length() > 8).count();
  }
}
