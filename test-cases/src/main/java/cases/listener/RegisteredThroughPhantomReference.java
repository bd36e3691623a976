package cases.listener;

import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Silent: the registry is a {@code PhantomReference} subclass's own static {@code register}; the
 * static set holds the references, which do not keep this object reachable (Guava's
 * {@code ClosingFuture} registers itself this way to close its resources once it is collected).
 */
class RegisteredThroughPhantomReference {
  private static final class Cleanup extends PhantomReference<RegisteredThroughPhantomReference> {
    static final ReferenceQueue<RegisteredThroughPhantomReference> QUEUE = new ReferenceQueue<>();
    static final Set<Cleanup> REFERENCES = Collections.synchronizedSet(new HashSet<Cleanup>());

    static void register(RegisteredThroughPhantomReference owner) {
      REFERENCES.add(new Cleanup(owner));
    }

    private final StringBuilder log;

    Cleanup(RegisteredThroughPhantomReference referent) {
      super(referent, QUEUE);
      this.log = referent.log;
    }

    void clean() {
      REFERENCES.remove(this);
      log.setLength(0);
    }
  }

  private final StringBuilder log = new StringBuilder();

  RegisteredThroughPhantomReference() {
    Cleanup.register(this);
  }
}
