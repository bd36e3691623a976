package cases.listener;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Silent (FreeMarker's {@code ClassIntrospector} and {@code ClassChangeNotifier}): the static
 * subject is typed as a package-private interface, made by reflection. A package-private type can
 * be implemented only in its own package, and the one implementation there holds its subscribers
 * in {@code WeakReference}s, so subscribing does not keep this object reachable. Reported by
 * every engine (known gap): deciding it needs every implementation of the subject's type, which
 * the source engines do not collect and SpotBugs does not follow from a call on an interface.
 */
class SubscribedToPackagePrivateWeakNotifier {
  private static final ChangeNotifier NOTIFIER = load();

  SubscribedToPackagePrivateWeakNotifier() {
    if (NOTIFIER != null) {
      NOTIFIER.subscribe(this);
    }
  }

  void classesChanged() {}

  private static ChangeNotifier load() {
    try {
      return (ChangeNotifier) Class.forName("cases.listener.WeakChangeNotifier").newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}

interface ChangeNotifier {
  /** Holds {@code listener} only weakly. */
  void subscribe(SubscribedToPackagePrivateWeakNotifier listener);
}

final class WeakChangeNotifier implements ChangeNotifier {
  private final List<WeakReference<SubscribedToPackagePrivateWeakNotifier>> subscribers =
      new CopyOnWriteArrayList<>();

  @Override
  public void subscribe(SubscribedToPackagePrivateWeakNotifier listener) {
    subscribers.add(new WeakReference<>(listener));
  }

  void fire() {
    for (WeakReference<SubscribedToPackagePrivateWeakNotifier> subscriber : subscribers) {
      SubscribedToPackagePrivateWeakNotifier listener = subscriber.get();
      if (listener == null) {
        subscribers.remove(subscriber);
      } else {
        listener.classesChanged();
      }
    }
  }
}
