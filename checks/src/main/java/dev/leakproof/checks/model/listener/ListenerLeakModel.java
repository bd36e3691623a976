package dev.leakproof.checks.model.listener;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ListenerLeak's judgement, once for every engine: a registration's facts in, the finding's
 * sentence out (empty when nothing leaks).
 *
 * <p>Reported: a listener that holds the registering object, registered on a subject that
 * outlives it, when no call in the registering class can undo it. A removal undoes it when it
 * has the matching name ({@code removeXListener} for {@code addXListener}), addresses the same
 * subject (or one the engine cannot name, such as a helper method's parameter), and does not
 * pass an object made at the call: {@code removeListener(this::onEvent)} passes a new method
 * reference, never the one registered, so it removes nothing and the finding says so.
 *
 * <p>An injected subject (a constructor parameter kept in a field, an {@code @Inject} field)
 * outlives the registering object only as far as the code shows it: when the registering class
 * has a method that ends its life ({@code close()}, {@code dispose()}, …) and that method does not
 * unregister. Without one, parent and injected part usually live and die together. With one that
 * ends the subject itself ({@code authoritativeTier.dispose()} in ehcache's {@code
 * CacheStore.dispose()}), the class owns the subject: it is handed in to be this object's part, and
 * subject and listener end together ({@link #endsSubject}).
 *
 * <p>A singleton (a class that keeps its own instance in a static field) registering on static
 * state outlives nothing: both live as long as their classes.
 *
 * <p>Silent: subjects that live one operation ({@link ShortLivedSubjects}), registries that hold
 * the listener only through a {@code java.lang.ref.Reference}, and registrations whose returned
 * handle the caller keeps (it may unsubscribe through it).
 */
public final class ListenerLeakModel {
  private ListenerLeakModel() {}

  /**
   * The facts of one registration call.
   *
   * @param method the registration method's name ({@code addPropertyChangeListener})
   * @param subject what it registers on
   * @param listener the argument that holds the registering object
   * @param resultKept whether the call's result is used (a handle that may unsubscribe)
   * @param shortLivedSubject whether the method's declaring type is one of {@link ShortLivedSubjects#TYPES}
   * @param weaklyHeld whether the registry keeps the listener only through a {@code Reference}
   * @param endsBeforeItsDependencies whether the registering class, or a class it is nested in,
   *     declares a method that ends its life ({@link #isLifecycleEnd}); a class nested in it does
   *     not count, since its {@code dispose()} ends a helper, not the registering object
   * @param registeringObjectIsSingleton whether the class whose code registers keeps its own
   *     instance in a static field: then it lives as long as static state does
   * @param subjectEndsWithIt whether one of the life-ending methods counted by {@code
   *     endsBeforeItsDependencies} ends the subject itself ({@link #endsSubject}): the class owns
   *     the injected subject, which then does not outlive it
   */
  public record Registration(String method, Subject subject, Listener listener,
      boolean resultKept, boolean shortLivedSubject, boolean weaklyHeld,
      boolean endsBeforeItsDependencies, boolean registeringObjectIsSingleton,
      boolean subjectEndsWithIt) {
    /** The same facts when no life-ending method of the class ends the subject. */
    public Registration(String method, Subject subject, Listener listener, boolean resultKept,
        boolean shortLivedSubject, boolean weaklyHeld, boolean endsBeforeItsDependencies,
        boolean registeringObjectIsSingleton) {
      this(method, subject, listener, resultKept, shortLivedSubject, weaklyHeld,
          endsBeforeItsDependencies, registeringObjectIsSingleton, false);
    }

    /** The same facts for an ordinary (non-singleton) registering object. */
    public Registration(String method, Subject subject, Listener listener, boolean resultKept,
        boolean shortLivedSubject, boolean weaklyHeld, boolean endsBeforeItsDependencies) {
      this(method, subject, listener, resultKept, shortLivedSubject, weaklyHeld,
          endsBeforeItsDependencies, false);
    }
  }

  /** Parameterless methods whose name says the object's life ends there while its dependencies live on. */
  private static final java.util.Set<String> LIFECYCLE_ENDS = java.util.Set.of(
      "close", "dispose", "destroy", "stop", "shutdown", "uninstall", "uninstallUI", "release",
      "cleanup", "cleanUp", "deactivate", "detach", "unbind", "removeNotify", "onDestroy",
      "onDetach", "terminate", "unregister", "unsubscribe");

  /**
   * Whether a method named {@code name}, declared with {@code parameters} parameters, ends the life
   * of the object whose class declares it: a parameterless instance method called {@code close},
   * {@code dispose}, …. An object with such a method is meant to go before what was injected into
   * it; one without is usually part of a whole with its dependencies (a chart and its plot, a plot
   * and its dataset) and goes with them. A static method ends no object's life: a class's
   * {@code static void shutdown()} stops shared state, not an instance.
   */
  public static boolean isLifecycleEnd(String name, int parameters, boolean isStatic) {
    return parameters == 0 && !isStatic && LIFECYCLE_ENDS.contains(name);
  }

  /**
   * Parameterless methods whose call on an object ends that object's life: a class that calls one
   * on its injected subject in its own life-ending method owns the subject. Narrower than
   * {@link #LIFECYCLE_ENDS}: {@code detach()}, {@code unregister()}, {@code uninstall()} and the
   * like on a subject may take it out of something else and leave it alive.
   */
  private static final java.util.Set<String> SUBJECT_ENDS = java.util.Set.of(
      "close", "dispose", "destroy", "shutdown", "stop", "release", "terminate", "cleanup",
      "cleanUp");

  /**
   * Whether {@code receiver.method()} with {@code arguments} arguments, a call in one of the
   * registering class's life-ending methods, ends the subject registered on: a parameterless
   * {@code close()}, {@code dispose()}, {@code destroy()}, {@code shutdown()}, {@code stop()},
   * {@code release()}, {@code terminate()} or {@code cleanup()} whose receiver is the same subject.
   * Only an injected subject counts (a static one is shared whatever this class does with it).
   * {@code receiver} is asked last: it may cost the engine a lookup.
   */
  public static boolean endsSubject(String method, int arguments,
      java.util.function.Supplier<Optional<Subject>> receiver, Subject registeredOn) {
    return arguments == 0 && SUBJECT_ENDS.contains(method)
        && registeredOn.kind() == Subject.Kind.INJECTED_FIELD
        && receiver.get().filter(s -> s.kind() == registeredOn.kind()
            && s.key().equals(registeredOn.key())).isPresent();
  }

  /** The removal names that undo {@code method}; empty when it is no registration. */
  public static List<String> removalsOf(String method) {
    return dev.leakproof.checks.knowledge.ListenerApis.removalsOf(method);
  }

  /**
   * Whether the registration is worth looking further at before its removals are searched (the
   * expensive part for every engine): it leaks unless a removal undoes it.
   */
  public static boolean mayLeak(Registration registration) {
    Subject.Kind kind = registration.subject().kind();
    boolean staticSubject = kind == Subject.Kind.STATIC_REGISTRY
        || kind == Subject.Kind.STATIC_FIELD || kind == Subject.Kind.SHARED_INSTANCE;
    boolean outlives = registration.subject().longerLived()
        && (kind != Subject.Kind.INJECTED_FIELD
            || registration.endsBeforeItsDependencies() && !registration.subjectEndsWithIt())
        && !(staticSubject && registration.registeringObjectIsSingleton());
    return !registration.resultKept() && outlives
        && !registration.shortLivedSubject() && !registration.weaklyHeld()
        && !ShortLivedSubjects.isOneOperationRegistration(registration.method())
        && !removalsOf(registration.method()).isEmpty();
  }

  /**
   * The finding for {@code registration} given every call in its class named like one of its
   * removals; empty when it does not leak.
   */
  public static Optional<String> judge(Registration registration, List<Removal> removals) {
    if (!mayLeak(registration)) {
      return Optional.empty();
    }
    List<String> undoing = removalsOf(registration.method());
    List<Removal> candidates = removals.stream()
        .filter(r -> undoing.contains(r.name()) && r.addresses(registration.subject()))
        .toList();
    if (candidates.stream().anyMatch(r -> r.madeAtTheCall().isEmpty())) {
      return Optional.empty();
    }
    Subject subject = registration.subject();
    String opening = registration.listener().phrase() + " is registered with "
        + registration.method() + " on " + subject.description() + ", which outlives this object, and ";
    String why = candidates.isEmpty()
        ? "this class never calls " + String.join(" or ", undoing) + " on it"
        : "its " + candidates.stream().map(Removal::name).distinct()
            .collect(Collectors.joining(" and ")) + " passes "
            + candidates.get(0).madeAtTheCall().orElseThrow().asNewObject()
            + ", which is not the registered one and removes nothing";
    String kept = registration.listener() == Listener.THIS ? "this object"
        : "the listener and, through it, this object";
    return Optional.of(opening + why + ": " + subject.keeps(kept)
        + ". Unregister the same listener object in close()/dispose().");
  }
}
