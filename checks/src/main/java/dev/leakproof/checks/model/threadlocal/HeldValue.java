package dev.leakproof.checks.model.threadlocal;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis;

/**
 * What a pooled thread keeps when a thread-local's value is not removed, judged the way servlet
 * containers judge it at undeploy (Tomcat's {@code checkThreadLocalsForLeaks}): the value leaks
 * when its class, or an element of the collection it is, comes from the application, because
 * then the thread keeps the application's class loader and everything it loaded. A value of a
 * JDK class (a formatter, a {@code MessageDigest}, a {@code Random}, a {@code String}, a fixed
 * {@code byte[]}) is a deliberate per-thread cache: it costs one object per thread and pins
 * nothing.
 *
 * <p>The thread-local itself is not judged: the thread's map holds its key weakly, so an
 * application subclass of {@code ThreadLocal} (an anonymous {@code initialValue} override) is
 * kept alive only by its own class, and goes with it.
 */
public enum HeldValue {
  /** An instance of an application class: the thread pins that class's loader. */
  APPLICATION_CLASS,
  /** A collection, map, array or holder whose elements can be application objects. */
  APPLICATION_OBJECTS,
  /** A buffer that grows with its input ({@code StringBuilder}, {@code ByteArrayOutputStream}). */
  GROWING_BUFFER,
  /** Declared as {@code Object}, a callback interface, or not known: any application object fits. */
  ANY_OBJECT,
  /** A JDK value: one small object per thread that pins no application class. */
  JDK_VALUE;

  /** Whether leaving this value on a pooled thread is a leak worth reporting. */
  public boolean leaks() {
    return this != JDK_VALUE;
  }

  /** What the thread keeps, classified from the thread-local's declared value type. */
  public static HeldValue of(ValueType type) {
    if (!type.isKnown()) {
      return ANY_OBJECT;
    }
    if (type.isArray()) {
      ValueType element = type.element();
      if (ThreadLocalApis.isPrimitive(element.name())) {
        return JDK_VALUE; // a fixed buffer of bytes or chars
      }
      return of(element).leaks() ? APPLICATION_OBJECTS : JDK_VALUE;
    }
    if (!ThreadLocalApis.isJdkClass(type.name())) {
      return APPLICATION_CLASS;
    }
    if (ThreadLocalApis.isGrowingBuffer(type.name())) {
      return GROWING_BUFFER;
    }
    if (ThreadLocalApis.isReference(type.name())) {
      return JDK_VALUE; // a soft or weak reference: the collector clears it before it can pin
    }
    if (ThreadLocalApis.holdsAnyObject(type.name())) {
      return ANY_OBJECT;
    }
    if (type.arguments().isEmpty()) {
      // A raw collection can hold anything; any other JDK class holds only JDK objects.
      return CollectionApis.isCollectionType(type.name()) ? APPLICATION_OBJECTS : JDK_VALUE;
    }
    return type.arguments().stream().anyMatch(argument -> of(argument).leaks())
        ? APPLICATION_OBJECTS : JDK_VALUE;
  }

  /**
   * Whether the only elements of a collection or array that leak are JDK buffers that grow
   * ({@code Stack<StringBuilder>}, jsoup's per-thread builder pool): the thread keeps the buffers,
   * not application objects, and the finding must not say it does.
   */
  private static boolean holdsOnlyGrowingBuffers(ValueType type) {
    if (type.isArray()) {
      return of(type.element()) == GROWING_BUFFER;
    }
    return !type.arguments().isEmpty() && type.arguments().stream()
        .map(HeldValue::of).allMatch(held -> held == GROWING_BUFFER || !held.leaks());
  }

  /** How a finding names what the thread keeps: "its Session, and through that …". */
  String describe(ValueType type) {
    String held = "its " + (type.isKnown() ? type.simpleName() : "value");
    return switch (this) {
      case APPLICATION_CLASS -> held + ", and through that application class its class loader";
      case APPLICATION_OBJECTS -> held + (holdsOnlyGrowingBuffers(type)
          ? " and the growing buffers in it" : " and the application objects in it");
      case GROWING_BUFFER -> held + ", as large as the largest input it took";
      case ANY_OBJECT -> held + ", which can be an application object that pins its class loader";
      case JDK_VALUE -> held;
    };
  }
}
