package dev.leakproof.checks.model.listener;

import java.util.Objects;

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
