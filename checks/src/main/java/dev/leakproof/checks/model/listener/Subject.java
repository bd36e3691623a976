package dev.leakproof.checks.model.listener;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The object a listener is registered on (or removed from), as an engine names it.
 *
 * @param kind how the subject is reached, which decides whether it outlives the registering object
 * @param key what makes two calls address the same subject: engines build it with the factory
 *     methods below, so a registration and a removal found by different code paths still match
 * @param owner the simple name of the class that declares the static field, accessor or registry;
 *     empty for fields of this object
 * @param member the field or accessor name; empty for a static registry
 */
public record Subject(Kind kind, String key, String owner, String member) {
  /** How the subject is reached. */
  public enum Kind {
    /** A static registration method: the registry is JVM-wide state of its class. */
    STATIC_REGISTRY(true),
    /** A static field (or an interface constant, or an enum constant). */
    STATIC_FIELD(true),
    /** A static accessor that returns one shared instance ({@code getInstance()}, {@code Runtime.getRuntime()}). */
    SHARED_INSTANCE(true),
    /** A field of this object that its creator hands in (constructor parameter, {@code @Inject}). */
    INJECTED_FIELD(true),
    /** A field of this object whose type a DI container manages as a singleton. */
    SINGLETON_BEAN_FIELD(true),
    /** A field of this object that it fills itself: it lives no longer than this object. */
    OWN_FIELD(false),
    /** This object itself ({@code addListener(l)} with no receiver): it outlives nothing of its own. */
    SELF(false);

    private final boolean longerLived;

    Kind(boolean longerLived) {
      this.longerLived = longerLived;
    }
  }

  public Subject {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(key);
    owner = owner == null ? "" : owner;
    member = member == null ? "" : member;
  }

  /** {@code UIManager.addPropertyChangeListener(l)}: the static registry of {@code owner}. */
  public static Subject staticRegistry(String owner) {
    String simple = simpleName(owner);
    return new Subject(Kind.STATIC_REGISTRY, "class:" + simple, simple, "");
  }

  /** Parameter types that carry a value, not an object a listener could be registered on. */
  private static final Set<String> PLAIN_VALUES = Set.of("java.lang.String", "java.lang.Class",
      "java.lang.Integer", "java.lang.Long", "java.lang.Boolean");

  private static final Set<String> PRIMITIVES = Set.of(
      "boolean", "byte", "char", "short", "int", "long", "float", "double");

  /**
   * The subject of a call of a static registration method declared by {@code owner}: its static
   * registry, JVM-wide state, when the method takes one object, the listener, besides plain
   * values (primitives, strings, classes, boxed numbers). A static helper taking two objects
   * registers on one of them, such as Guava's {@code Futures.addCallback(future, callback,
   * executor)}, which FluentFuture calls with {@code this} as the future: JVM-wide state is not
   * the subject then, and the subject is empty.
   *
   * @param parameterTypes the method's declared parameter types, erased: a primitive by its
   *     keyword ({@code int}), a class by its qualified name; anything else (an array, a type
   *     variable) counts as an object
   */
  public static Optional<Subject> staticRegistry(String owner, List<String> parameterTypes) {
    long objects = parameterTypes.stream()
        .filter(type -> !PRIMITIVES.contains(type) && !PLAIN_VALUES.contains(type))
        .count();
    return objects <= 1 ? Optional.of(staticRegistry(owner)) : Optional.empty();
  }

  /**
   * The subject of a call on a field: a static field (or interface or enum constant) is the
   * static field; a field of another object than this one cannot be named (empty); a field of
   * this object is injected when its value comes from outside (a constructor parameter, an
   * injection annotation), a singleton bean's field when its type is a container-managed
   * singleton, else this object's own.
   *
   * @param owner the class declaring the field (used for a static field only)
   * @param type the field's declared type (erased), for a static field's key and a bean's name
   * @param ofThisObject whether the call reaches the field through this object ({@code f},
   *     {@code this.f}); not asked of a static field
   * @param injected asked only of a field of this object
   * @param singletonBean asked only of a field of this object that is not injected
   */
  public static Optional<Subject> ofField(String owner, String field, String type,
      boolean isStatic, boolean ofThisObject, BooleanSupplier injected,
      BooleanSupplier singletonBean) {
    if (isStatic) {
      return Optional.of(staticField(owner, field, type));
    }
    if (!ofThisObject) {
      return Optional.empty();
    }
    if (injected.getAsBoolean()) {
      return Optional.of(injectedField(field));
    }
    return Optional.of(singletonBean.getAsBoolean() ? singletonBeanField(field, type)
        : ownField(field));
  }

  /**
   * A static field; {@code type} is the field's type. Static fields and shared-instance accessors
   * of one type share a key ({@code Bus.INSTANCE} and {@code Bus.getInstance()} are one object in
   * practice; two static fields of one type are taken as one, which can only make the rule quieter).
   */
  public static Subject staticField(String owner, String field, String type) {
    return new Subject(Kind.STATIC_FIELD, typeKey(type), simpleName(owner), field);
  }

  /** A static accessor returning one shared instance of {@code type}. */
  public static Subject sharedInstance(String owner, String accessor, String type) {
    return new Subject(Kind.SHARED_INSTANCE, typeKey(type), simpleName(owner), accessor);
  }

  /** A field of this object that a constructor parameter or an injection annotation fills. */
  public static Subject injectedField(String field) {
    return new Subject(Kind.INJECTED_FIELD, "field:" + field, "", field);
  }

  /** A field of this object whose type is a container-managed singleton ({@code @Singleton}, {@code @Service}). */
  public static Subject singletonBeanField(String field, String type) {
    return new Subject(Kind.SINGLETON_BEAN_FIELD, "field:" + field, simpleName(type), field);
  }

  /** A field of this object that nothing hands in. */
  public static Subject ownField(String field) {
    return new Subject(Kind.OWN_FIELD, "field:" + field, "", field);
  }

  /** This object, the receiver of an unqualified {@code addListener(l)} or {@code removeListener(l)}. */
  public static Subject self() {
    return new Subject(Kind.SELF, "this", "", "");
  }

  /** Whether the subject is known to outlive the object that registers on it. */
  public boolean longerLived() {
    return kind.longerLived;
  }

  /** How the finding names the subject: "static field Bus.INSTANCE", "Runtime.getRuntime()". */
  public String description() {
    return switch (kind) {
      case STATIC_REGISTRY -> "the static registry of " + owner;
      case STATIC_FIELD -> "static field " + owner + "." + member;
      case SHARED_INSTANCE -> "the shared instance " + owner + "." + member + "()";
      case INJECTED_FIELD -> "injected field " + member;
      case SINGLETON_BEAN_FIELD -> "field " + member + " (the singleton " + owner + ")";
      case OWN_FIELD -> "field " + member;
      case SELF -> "this object";
    };
  }

  /**
   * What keeps what alive, from the GC root to {@code kept}: "the static field Bus.INSTANCE (a GC
   * root while its class is loaded) keeps this object reachable".
   */
  String keeps(String kept) {
    return switch (kind) {
      case STATIC_REGISTRY -> "the class " + owner + " (a GC root while it is loaded) keeps its"
          + " listeners, and so " + kept + ", reachable";
      case STATIC_FIELD -> "the static field " + owner + "." + member + " (a GC root while its"
          + " class is loaded) keeps " + kept + " reachable";
      case SHARED_INSTANCE -> "the shared instance, held statically by " + owner + ", keeps "
          + kept + " reachable";
      case INJECTED_FIELD -> "the injected object, kept by whoever created this object and"
          + " outliving it, keeps " + kept + " reachable";
      case SINGLETON_BEAN_FIELD -> "the container keeps the singleton " + owner
          + " for the life of the application, and the singleton keeps " + kept + " reachable";
      case OWN_FIELD, SELF -> "this object keeps " + kept;
    };
  }

  private static String typeKey(String type) {
    return "type:" + simpleName(type);
  }

  /** {@code a.b.Outer$Inner} or {@code a.b.Outer.Inner} gives {@code Inner}; generics dropped. */
  static String simpleName(String name) {
    String plain = name.replaceAll("<.*", "");
    int cut = Math.max(plain.lastIndexOf('.'), plain.lastIndexOf('$'));
    return plain.substring(cut + 1);
  }
}
