package listeners;

class ShortLivedSubjects implements Runnable {
  private final Bus own = new Bus();
  private Bus assigned;

  void follow(Bus given) {
    given.addListener(this);
    Bus local = new Bus();
    local.addListener(this);
    own.addListener(this);
    assigned = Bus.create();
    assigned.addListener(this);
    Bus.create().addListener(this);
  }

  @Override
  public void run() {}
}
