package cases.listener;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * No finding: a static registry in a file of its own, for {@code ListenerShapesFromUnitTests}:
 * each engine reads a registration method's body from another file too. {@code register} holds
 * what it is given through a {@code WeakReference}, {@code registerStrongly} holds it.
 */
final class WeakRegistryFromUnitTests {
  static final List<Object> ALL = new ArrayList<Object>();

  private WeakRegistryFromUnitTests() {}

  static void register(Object o) {
    ALL.add(new WeakReference<Object>(o));
  }

  static void registerStrongly(Object o) {
    ALL.add(o);
  }
}
