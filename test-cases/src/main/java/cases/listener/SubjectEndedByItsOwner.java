package cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Silent: the class ends the injected subject itself in its own life-ending method, so the
 * subject is this object's part, not a longer-lived object: subject and listener end together.
 * ehcache's {@code CacheStore} registers an emergency valve on the authoritative tier handed to
 * its constructor, and its {@code dispose()} disposes that tier.
 */
class SubjectEndedByItsOwner {
  static class Tier {
    private final List<Callable<Void>> valves = new ArrayList<>();

    void registerEmergencyValve(Callable<Void> valve) {
      valves.add(valve);
    }

    void unregisterEmergencyValve(Callable<Void> valve) {
      valves.remove(valve);
    }

    void flush() {
      valves.clear();
    }

    void dispose() {
      valves.clear();
    }
  }

  static final class PressuredTier extends Tier {}

  /** The ehcache shape: registered through the constructor's parameter, after a cast. */
  static final class Store {
    private final Tier authoritativeTier;
    private final List<String> cached = new ArrayList<>();
    private boolean disposed;

    Store(Tier authority) {
      this.authoritativeTier = authority;
      if (authority instanceof PressuredTier) {
        ((PressuredTier) authority).registerEmergencyValve(new Callable<Void>() {
          @Override
          public Void call() {
            cached.clear();
            return null;
          }
        });
      }
    }

    synchronized void dispose() {
      if (disposed) {
        return;
      }
      authoritativeTier.dispose();
      disposed = true;
    }
  }

  /** Registered through the field, ended in close(). */
  static final class Reader implements AutoCloseable {
    private final Tier tier;
    private int events;

    Reader(Tier tier) {
      this.tier = tier;
      this.tier.registerEmergencyValve(() -> {
        events++;
        return null;
      });
    }

    @Override
    public void close() {
      this.tier.dispose();
    }
  }
}
