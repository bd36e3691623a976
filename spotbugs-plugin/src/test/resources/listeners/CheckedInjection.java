package listeners;

import java.util.Objects;

class CheckedInjection implements Runnable {
  private final Bus bus;

  CheckedInjection(Bus bus) {
    this.bus = Objects.requireNonNull(bus, "bus");
    bus.addListener(this); // flag
    Bus.getInstance().registerListener(this);
  }

  void stop() {
    Bus.getInstance().removeListener(this);
  }

  @Override
  public void run() {}
}
