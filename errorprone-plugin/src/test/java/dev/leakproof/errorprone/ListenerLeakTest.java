package dev.leakproof.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class ListenerLeakTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(ListenerLeak.class, getClass());

  private static final String[] BUS = {
    "import java.util.ArrayList;",
    "import java.util.List;",
    "import java.util.function.Consumer;",
    "final class Bus {",
    "  static final Bus INSTANCE = new Bus();",
    "  static final Bus OTHER = new Bus();",
    "  private final List<Runnable> listeners = new ArrayList<>();",
    "  static Bus getInstance() { return INSTANCE; }",
    "  static Bus create() { return new Bus(); }",
    "  void addListener(Runnable listener) { listeners.add(listener); }",
    "  void removeListener(Runnable listener) { listeners.remove(listener); }",
    "  AutoCloseable subscribe(Runnable listener) { listeners.add(listener); return () -> {}; }",
    "  void unsubscribe(Runnable listener) { listeners.remove(listener); }",
    "  static void register(Object listener) {}",
    "  static void unregister(Object listener) {}",
    "  void registerListener(Runnable listener) { listeners.add(listener); }",
    "}",
  };

  @Test
  void injectedThroughRequireNonNullAndRemovedByRemoveTwin() {
    helper
        .addSourceLines("Bus.java", BUS)
        .addSourceLines(
            "Test.java",
            "import java.util.Objects;",
            "class Test implements Runnable {",
            "  private final Bus bus;",
            "  Test(Bus bus) {",
            "    this.bus = Objects.requireNonNull(bus, \"bus\");",
            "    // BUG: Diagnostic contains: ListenerLeak",
            "    bus.addListener(this);",
            "    Bus.getInstance().registerListener(this);",
            "  }",
            "  void stop() {",
            "    Bus.getInstance().removeListener(this);",
            "  }",
            "  @Override public void run() {}",
            "}")
        .doTest();
  }

  @Test
  void silentForListenersThatHoldNothingOfThis() {
    helper
        .addSourceLines("Bus.java", BUS)
        .addSourceLines(
            "Test.java",
            "class Test {",
            "  static class Nested implements Runnable { public void run() {} }",
            "  static void log() {}",
            "  static void installStatic() {",
            "    Bus.INSTANCE.addListener(new Runnable() { public void run() {} });",
            "  }",
            "  void start(String name, Runnable given, Test other) {",
            "    Bus.INSTANCE.addListener(() -> System.out.println(name));",
            "    Bus.INSTANCE.addListener(Test::log);",
            "    Bus.INSTANCE.addListener(other::start0);",
            "    Bus.INSTANCE.addListener(new Nested());",
            "    Bus.INSTANCE.addListener(given);",
            "    Runnable mixed = given;",
            "    mixed = () -> start0();",
            "    Bus.INSTANCE.addListener(mixed);",
            "  }",
            "  void start0() {}",
            "}")
        .doTest();
  }

  @Test
  void keptHandleAndSuppressionSilenceIt() {
    helper
        .addSourceLines("Bus.java", BUS)
        .addSourceLines(
            "Test.java",
            "class Test implements Runnable {",
            "  private AutoCloseable subscription;",
            "  void start() {",
            "    subscription = Bus.INSTANCE.subscribe(this);",
            "  }",
            "  @SuppressWarnings(\"ListenerLeak\")",
            "  void suppressed() {",
            "    Bus.INSTANCE.addListener(this);",
            "  }",
            "  @Override public void run() {}",
            "}")
        .doTest();
  }

  @Test
  void flagsJdkSubjects() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.awt.AWTEvent;",
            "import java.awt.Toolkit;",
            "import java.beans.PropertyChangeEvent;",
            "import java.beans.PropertyChangeListener;",
            "import javax.swing.UIManager;",
            "class Test implements PropertyChangeListener {",
            "  void install() {",
            "    // BUG: Diagnostic contains: ListenerLeak",
            "    UIManager.addPropertyChangeListener(this);",
            "    // BUG: Diagnostic contains: the shared instance Toolkit.getDefaultToolkit()",
            "    Toolkit.getDefaultToolkit().addAWTEventListener(e -> propertyChange(null), AWTEvent.KEY_EVENT_MASK);",
            "  }",
            "  @Override public void propertyChange(PropertyChangeEvent event) {}",
            "}")
        .doTest();
  }

  @Test
  void silentWhenTheRegistryHoldsTheListenerThroughAReference() {
    helper
        .addSourceLines(
            "Test.java",
            "import java.lang.ref.PhantomReference;",
            "import java.lang.ref.ReferenceQueue;",
            "import java.lang.ref.SoftReference;",
            "import java.lang.ref.WeakReference;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "class Test {",
            "  static final class Cleanup extends PhantomReference<Test> {",
            "    static final List<Cleanup> ALL = new ArrayList<>();",
            "    static void register(Test owner) { ALL.add(new Cleanup(owner)); }",
            "    Cleanup(Test referent) { super(referent, new ReferenceQueue<Test>()); }",
            "  }",
            "  static final class Weak {",
            "    static final List<WeakReference<Object>> ALL = new ArrayList<>();",
            "    static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();",
            "    static final Weak INSTANCE = new Weak();",
            "    static void register(Object o) { ALL.add(new WeakReference<>(o)); }",
            "    static void registerSoftly(Object o) {",
            "      ALL.add(new WeakReference<Object>(new SoftReference<>(o, QUEUE)));",
            "    }",
            "    void registerListener(Object o) { ALL.add(new WeakReference<Object>(o) {}); }",
            "  }",
            "  Test() {",
            "    Cleanup.register(this);",
            "    Weak.register(this);",
            "    Weak.registerSoftly(this);",
            "    Weak.INSTANCE.registerListener(this);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void flagsRegistriesThatAlsoHoldTheListenerStrongly() {
    helper
        .addSourceLines("Bus.java", BUS)
        .addSourceLines(
            "Elsewhere.java",
            "import java.lang.ref.WeakReference;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "final class Elsewhere {",
            "  static final List<WeakReference<Object>> ALL = new ArrayList<>();",
            "  static void register(Object o) { ALL.add(new WeakReference<>(o)); }",
            "}")
        .addSourceLines(
            "Test.java",
            "import java.lang.ref.WeakReference;",
            "import java.util.ArrayList;",
            "import java.util.HashMap;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.concurrent.atomic.AtomicReference;",
            "class Test {",
            "  static final class Strong {",
            "    static final List<Object> ALL = new ArrayList<>();",
            "    static final Map<Object, Object> BY_KEY = new HashMap<>();",
            "    static void register(Object o) { ALL.add(o); }",
            "    static void registerKeyed(Object o) { BY_KEY.put(new WeakReference<>(o), o); }",
            "    static void registerAtomic(Object o) { ALL.add(new AtomicReference<>(o)); }",
            "    static void registerReassigned(Object o) { o = new WeakReference<>(o); ALL.add(o); }",
            "  }",
            "  Test() {",
            "    // BUG: Diagnostic contains: ListenerLeak",
            "    Strong.register(this);",
            "    // BUG: Diagnostic contains: ListenerLeak",
            "    Strong.registerKeyed(this);",
            "    // BUG: Diagnostic contains: ListenerLeak",
            "    Strong.registerAtomic(this);",
            "    // BUG: Diagnostic contains: ListenerLeak",
            "    Strong.registerReassigned(this);",
            "    // BUG: Diagnostic contains: ListenerLeak",
            "    Bus.register(this);",
            "    // Another file's body is read too (CompilationBodies): it wraps weakly, silent.",
            "    Elsewhere.register(this);",
            "  }",
            "}")
        .doTest();
  }
}
