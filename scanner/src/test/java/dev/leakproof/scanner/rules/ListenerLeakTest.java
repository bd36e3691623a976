package dev.leakproof.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test writes a class whose lines that must be flagged end in {@code // flag}; every other
 * line must stay silent. A subject class {@code p.Bus} sits beside it.
 */
class ListenerLeakTest {
  private static final List<SourceRule> RULE = List.of(new ListenerLeak());

  private static final String BUS = """
      package p;
      import java.util.ArrayList;
      import java.util.List;
      public final class Bus {
        public static final Bus INSTANCE = new Bus();
        public static final Bus OTHER = new Bus();
        private final List<Runnable> listeners = new ArrayList<>();
        public static Bus getInstance() { return INSTANCE; }
        public static Bus create() { return new Bus(); }
        public void addListener(Runnable listener) { listeners.add(listener); }
        public void removeListener(Runnable listener) { listeners.remove(listener); }
        public AutoCloseable subscribe(Runnable listener) { listeners.add(listener); return () -> {}; }
        public void unsubscribe(Runnable listener) { listeners.remove(listener); }
        public static void register(Object listener) {}
        public static void unregister(Object listener) {}
        public void registerListener(Runnable listener) { listeners.add(listener); }
      }
      """;

  @TempDir Path dir;

  private void assertFlags(String source) {
    assertFlags(source, "p/Bus.java", BUS);
  }

  /** {@code others}: more files for the tree, as path, content, path, content, .... */
  private void assertFlags(String source, String... others) {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/Bus.java", BUS);
    for (int i = 0; i + 1 < others.length; i += 2) {
      tree.write(others[i], others[i + 1]);
    }
    tree.write("p/T.java", source);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    List<Integer> expected = SourceTree.markedLines(source);
    List<Integer> flagged = result.findings().stream()
        .filter(f -> f.region().path().equals("p/T.java"))
        .map(f -> f.region().startLine()).toList();
    assertEquals(expected, flagged, source);
  }

  @Test
  void silentForListenersThatHoldNothingOfThis() {
    assertFlags("""
        package p;
        class T {
          static class Nested implements Runnable { public void run() {} }
          static void log() {}
          static void installStatic() {
            Bus.INSTANCE.addListener(new Runnable() { public void run() {} });
          }
          void start(String name, Runnable given, T other) {
            Bus.INSTANCE.addListener(() -> System.out.println(name));
            Bus.INSTANCE.addListener(T::log);
            Bus.INSTANCE.addListener(other::start0);
            Bus.INSTANCE.addListener(new Nested());
            Bus.INSTANCE.addListener(given);
            Bus.INSTANCE.addListener(() -> log());
            Runnable mixed = given;
            mixed = () -> start0();
            Bus.INSTANCE.addListener(mixed);
          }
          void start0() {}
        }
        """);
  }

  @Test
  void keptHandleAndSuppressionSilenceIt() {
    assertFlags("""
        package p;
        class T implements Runnable {
          private AutoCloseable subscription;
          void start() {
            subscription = Bus.INSTANCE.subscribe(this);
          }
          @SuppressWarnings("ListenerLeak")
          void suppressed() {
            Bus.INSTANCE.addListener(this);
          }
          @Override public void run() {}
        }
        """);
  }

  @Test
  void injectedThroughRequireNonNullAndRemovedByRemoveTwin() {
    assertFlags("""
        package p;
        import java.util.Objects;
        class T implements Runnable {
          private final Bus bus;
          T(Bus bus) {
            this.bus = Objects.requireNonNull(bus, "bus");
            bus.addListener(this); // flag
            Bus.getInstance().registerListener(this);
          }
          void stop() {
            Bus.getInstance().removeListener(this);
          }
          @Override public void run() {}
        }
        """);
  }

  @Test
  void flagsJdkSubjects() {
    assertFlags("""
        package p;
        import java.awt.AWTEvent;
        import java.awt.Toolkit;
        import java.beans.PropertyChangeEvent;
        import java.beans.PropertyChangeListener;
        import javax.swing.UIManager;
        class T implements PropertyChangeListener {
          void install() {
            UIManager.addPropertyChangeListener(this); // flag
            Toolkit.getDefaultToolkit().addAWTEventListener(e -> propertyChange(null), AWTEvent.KEY_EVENT_MASK); // flag
          }
          @Override public void propertyChange(PropertyChangeEvent event) {}
        }
        """);
  }

  @Test
  void silentWhenTheRegistryHoldsTheListenerThroughAReference() {
    assertFlags("""
        package p;
        import java.lang.ref.PhantomReference;
        import java.lang.ref.ReferenceQueue;
        import java.lang.ref.SoftReference;
        import java.lang.ref.WeakReference;
        import java.util.ArrayList;
        import java.util.List;
        class T {
          static final class Cleanup extends PhantomReference<T> {
            static final List<Cleanup> ALL = new ArrayList<>();
            static void register(T owner) { ALL.add(new Cleanup(owner)); }
            Cleanup(T referent) { super(referent, new ReferenceQueue<T>()); }
          }
          static final class Weak {
            static final List<WeakReference<Object>> ALL = new ArrayList<>();
            static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
            static final Weak INSTANCE = new Weak();
            static void register(Object o) { ALL.add(new WeakReference<>(o)); }
            static void registerSoftly(Object o) { ALL.add(new WeakReference<Object>(new SoftReference<>(o, QUEUE))); }
            void registerListener(Object o) { ALL.add(new WeakReference<Object>(o) {}); }
          }
          T() {
            Cleanup.register(this);
            Weak.register(this);
            Weak.registerSoftly(this);
            Weak.INSTANCE.registerListener(this);
          }
        }
        """);
  }

  @Test
  void flagsRegistriesThatAlsoHoldTheListenerStrongly() {
    assertFlags("""
        package p;
        import java.lang.ref.WeakReference;
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import java.util.concurrent.atomic.AtomicReference;
        class T {
          static final class Strong {
            static final List<Object> ALL = new ArrayList<>();
            static final Map<Object, Object> BY_KEY = new HashMap<>();
            static void register(Object o) { ALL.add(o); }
            static void registerKeyed(Object o) { BY_KEY.put(new WeakReference<>(o), o); }
            static void registerAtomic(Object o) { ALL.add(new AtomicReference<>(o)); }
            static void registerReassigned(Object o) { o = new WeakReference<>(o); ALL.add(o); }
          }
          T() {
            Strong.register(this); // flag
            Strong.registerKeyed(this); // flag
            Strong.registerAtomic(this); // flag
            Strong.registerReassigned(this); // flag
            Bus.register(this); // flag
          }
        }
        """);
  }

  @Test
  void readsARegistryDeclaredInAnotherSourceFile() {
    assertFlags("""
        package p;
        class T {
          T() {
            Weak.register(this);
            Weak.registerStrongly(this); // flag
          }
        }
        """, "p/Weak.java", """
        package p;
        import java.lang.ref.WeakReference;
        import java.util.ArrayList;
        import java.util.List;
        public final class Weak {
          static final List<Object> ALL = new ArrayList<>();
          public static void register(Object o) { ALL.add(new WeakReference<>(o)); }
          public static void registerStrongly(Object o) { ALL.add(o); }
        }
        """);
  }
}
