package cases.listener;

/**
 * Silent: none of these subjects outlives this object — a parameter it does not keep, a local,
 * a field it fills itself (from new or from a factory), a fresh instance, this object itself.
 */
class SubjectsNoLongerLivedThanThis implements Runnable {
  private final SharedBus own = new SharedBus();
  private SharedBus assigned;

  void follow(SharedBus given) {
    given.addListener(this);
    SharedBus local = new SharedBus();
    local.addListener(this);
    own.addListener(this);
    this.own.addListener(this);
    assigned = SharedBus.create();
    assigned.addListener(this);
    SharedBus.create().addListener(this);
  }

  void addListener(Runnable listener) {
    own.addListener(listener);
  }

  void selfSubject() {
    addListener(this);
  }

  @Override
  public void run() {}
}
