package cases.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Not flagged: the wrapper is injected with the widget it wraps and lives exactly as long as it
 * (Eclipse JFace's {@code KeySequenceText}). The {@code dispose()} below belongs to a nested
 * helper and ends the helper's life, not the wrapper's, so the wrapper has no life-ending method
 * and the injected subject does not outlive it.
 */
class NestedHelperDisposeIsNotTheOwners implements Consumer<String> {
  static final class Widget {
    private final List<Consumer<String>> listeners = new ArrayList<>();

    void addListener(Consumer<String> listener) {
      listeners.add(listener);
    }

    void removeListener(Consumer<String> listener) {
      listeners.remove(listener);
    }
  }

  private final class FocusTracker {
    private boolean focused;

    void dispose() {
      focused = false;
    }
  }

  private final Widget widget;
  private final FocusTracker tracker = new FocusTracker();
  private int events;

  NestedHelperDisposeIsNotTheOwners(Widget widget) {
    this.widget = widget;
    widget.addListener(this);
  }

  @Override
  public void accept(String event) {
    events++;
    tracker.focused = true;
  }
}
