package cases.outerinstance;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged twice: each inner {@code Entry} holds its outer object and is added to a static list
 * (OuterInstanceRetention at the add), and that static list only ever grows (UnboundedStaticCache
 * at its declaration).
 */
class InnerInstanceAddedToStaticList {
  private static final List<Object> ENTRIES = new ArrayList<>(); // expect: UnboundedStaticCache

  private final class Entry {
    final long createdAt = System.nanoTime();
  }

  private final byte[] payload = new byte[1 << 16];

  void track() {
    ENTRIES.add(new Entry()); // expect: OuterInstanceRetention
  }

  int payloadSize() {
    return payload.length;
  }
}
