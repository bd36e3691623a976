package cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Not flagged: the view is injected with the model it shows and lives as long as it. Its class
 * has a {@code static shutdown()}, which stops state shared by every view, not this view: a static
 * method ends no object's life, so the view has no life-ending method and the injected model does
 * not outlive it. (With an instance {@code close()}, {@link RegisteredOnInjectedSubject}, it would.)
 */
class StaticShutdownIsNoInstancesLifeEnd implements Consumer<String> {
  static final class Model {
    private final List<Consumer<String>> listeners = new ArrayList<>();

    void addListener(Consumer<String> listener) {
      listeners.add(listener);
    }

    void removeListener(Consumer<String> listener) {
      listeners.remove(listener);
    }
  }

  private static int openViews;

  private final Model model;
  private int events;

  StaticShutdownIsNoInstancesLifeEnd(Model model) {
    this.model = model;
    model.addListener(this);
    openViews++;
  }

  static void shutdown() {
    openViews = 0;
  }

  @Override
  public void accept(String event) {
    events++;
  }
}
