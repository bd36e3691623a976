package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: a chart registers on the plot handed to its constructor, as JFreeChart does. Nothing
 * ends the chart's life before the plot's (no {@code close()}, {@code dispose()}, …): the two form
 * one object graph and become unreachable together.
 */
class PartRegisteredByItsWhole {
  interface ChangeListener {
    void changed();
  }

  static final class Plot {
    private final List<ChangeListener> listeners = new ArrayList<>();

    void addChangeListener(ChangeListener listener) {
      listeners.add(listener);
    }

    void removeChangeListener(ChangeListener listener) {
      listeners.remove(listener);
    }
  }

  private final Plot plot;
  private int redraws;

  PartRegisteredByItsWhole(Plot plot) {
    this.plot = plot;
    plot.addChangeListener(() -> redraws++);
  }
}
