package cases.listener;

import java.util.concurrent.Callable;

/**
 * Flagged: each class has a life-ending method and registers on an injected subject, but that
 * method does not end the subject: it flushes it, ends another injected object, passes it an
 * argument, or only detaches it. The subject may outlive the registering object.
 */
class SubjectNotEndedByItsOwner {
  static class Tier extends SubjectEndedByItsOwner.Tier {
    void close(boolean force) {
      flush();
    }

    void detach() {
      flush();
    }
  }

  /** dispose() flushes the subject: it lives on. */
  static final class Flushing {
    private final Tier tier;
    private int events;

    Flushing(Tier tier) {
      this.tier = tier;
      tier.registerEmergencyValve(new Callable<Void>() { // expect: ListenerLeak
        @Override
        public Void call() {
          events++;
          return null;
        }
      });
    }

    void dispose() {
      tier.flush();
    }
  }

  /** dispose() ends another injected object, not the one registered on. */
  static final class EndsAnother {
    private final Tier tier;
    private final Tier other;
    private int events;

    EndsAnother(Tier tier, Tier other) {
      this.tier = tier;
      this.other = other;
      tier.registerEmergencyValve(() -> { // expect: ListenerLeak
        events++;
        return null;
      });
    }

    void dispose() {
      other.dispose();
    }
  }

  /** close(force) and detach() on the subject are not the parameterless ends that own it. */
  static final class ClosesWithArgumentOrDetaches {
    private final Tier tier;
    private int events;

    ClosesWithArgumentOrDetaches(Tier tier) {
      this.tier = tier;
      tier.registerEmergencyValve(() -> { // expect: ListenerLeak
        events++;
        return null;
      });
    }

    void close() {
      tier.close(true);
      tier.detach();
    }
  }
}
