package dev.leakproof.checks.model.singleton;

import java.util.Set;

/**
 * Static, parameterless accessors that return one process-wide instance: what they return lives as
 * long as its class, so a listener registered on it does too. Three ways to know one:
 *
 * <ul>
 *   <li>the conventional names {@code getInstance()} and {@code getDefault…()};
 *   <li>the JDK's own accessors with other names ({@code Runtime.getRuntime()},
 *       {@code LogManager.getLogManager()}, {@code ManagementFactory.getPlatformMBeanServer()}, …);
 *   <li>any static accessor whose body returns a static field ({@code return GLOBAL;}, or a
 *       holder idiom's {@code return Holder.INSTANCE;}): the engines read the body where they can
 *       and pass what they saw.
 * </ul>
 */
public final class SharedInstances {
  /** {@code owner#name} of JDK accessors that return a JVM-wide instance. */
  private static final Set<String> JDK_ACCESSORS = Set.of(
      "java.lang.Runtime#getRuntime",
      "java.util.logging.LogManager#getLogManager",
      "java.util.logging.Logger#getGlobal",
      "java.lang.management.ManagementFactory#getPlatformMBeanServer",
      "java.lang.management.ManagementFactory#getMemoryMXBean",
      "java.lang.management.ManagementFactory#getRuntimeMXBean",
      "java.lang.management.ManagementFactory#getThreadMXBean",
      "java.awt.KeyboardFocusManager#getCurrentKeyboardFocusManager",
      "java.awt.SystemTray#getSystemTray",
      "java.awt.Desktop#getDesktop",
      "javax.swing.MenuSelectionManager#defaultManager",
      "java.util.prefs.Preferences#userRoot",
      "java.util.prefs.Preferences#systemRoot");

  private SharedInstances() {}

  /**
   * Whether a static, parameterless method {@code owner.name()} returns a shared instance.
   *
   * @param owner the declaring class, dotted (nested classes with {@code $} or {@code .})
   * @param returnsStaticField whether the engine saw its body return a static field; false when
   *     it could not look
   */
  public static boolean isAccessor(String owner, String name, boolean returnsStaticField) {
    return returnsStaticField || isConventionalName(name)
        || JDK_ACCESSORS.contains(owner.replace('$', '.') + "#" + name);
  }

  /**
   * Whether {@code name} alone says "the one instance": {@code getInstance()},
   * or {@code getDefault…()} ({@code Toolkit.getDefaultToolkit()}). Not Swing's
   * {@code ToolTipManager.sharedInstance()}: its {@code registerComponent(c)} makes the manager a
   * listener of the component, not the other way round (found on FlatLaf).
   */
  public static boolean isConventionalName(String name) {
    if (name.equals("getInstance")) {
      return true;
    }
    String rest = name.startsWith("getDefault") ? name.substring("getDefault".length()) : null;
    return rest != null && (rest.isEmpty() || Character.isUpperCase(rest.charAt(0)));
  }
}
