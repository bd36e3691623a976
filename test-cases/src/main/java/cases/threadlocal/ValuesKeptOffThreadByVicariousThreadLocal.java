package cases.threadlocal;

import java.util.HashMap;
import java.util.Map;
import net.sf.ehcache.util.lang.VicariousThreadLocal;

/**
 * Silent where the thread-local is ehcache's {@code VicariousThreadLocal} (ehcache's own
 * {@code ThreadLocalRandom.localRandom}): it keeps each thread's value in the thread-local object
 * and only a weak reference in the thread, so a pooled thread pins neither the value nor this
 * class loader, removed or not. Reported where the field may hold another thread-local (not
 * {@code final}, re-assigned a plain one) and for a plain {@code ThreadLocal}.
 */
class ValuesKeptOffThreadByVicariousThreadLocal {
  static final class Generator {
    final Map<String, String> seen = new HashMap<>();
  }

  private static final ThreadLocal<Generator> LOCAL_GENERATOR =
      new VicariousThreadLocal<Generator>() {
        @Override
        protected Generator initialValue() {
          return new Generator();
        }
      };

  private static final VicariousThreadLocal<Generator> REMEMBERED = new VicariousThreadLocal<>();

  private static ThreadLocal<Generator> replaceable = new VicariousThreadLocal<Generator>() {
    @Override
    protected Generator initialValue() {
      return new Generator();
    }
  };

  private static final ThreadLocal<Generator> PLAIN = new ThreadLocal<Generator>() {
    @Override
    protected Generator initialValue() {
      return new Generator();
    }
  };

  static Generator current() {
    return LOCAL_GENERATOR.get();
  }

  static void remember(Generator generator) {
    REMEMBERED.set(generator);
  }

  static Generator replaceableCurrent() {
    return replaceable.get(); // expect: ThreadLocalNotRemoved
  }

  static void replace() {
    replaceable = new ThreadLocal<Generator>() {
      @Override
      protected Generator initialValue() {
        return new Generator();
      }
    };
  }

  static Generator plainCurrent() {
    return PLAIN.get(); // expect: ThreadLocalNotRemoved
  }
}
