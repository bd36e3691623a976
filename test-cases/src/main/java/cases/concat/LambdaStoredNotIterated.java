package cases.concat;

/** Silent: a += in a lambda that is stored, not passed to {@code forEach}; nothing runs it in a loop here. */
class LambdaStoredNotIterated {
  private String status = "";
  private Runnable onTick;

  void install() {
    onTick = () -> this.status += ".";
  }

  void tick() {
    onTick.run();
  }

  String status() {
    return status;
  }
}
