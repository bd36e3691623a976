package cases.outerinstance;

/** Silent: a static nested Runnable has no outer instance, so the started thread retains nothing of the creator. */
class StaticNestedWorkerThread {
  private static final class Worker implements Runnable {
    private final String name;

    Worker(String name) {
      this.name = name;
    }

    @Override
    public void run() {
      System.out.println("working for " + name);
    }
  }

  void start(String name) {
    new Thread(new Worker(name)).start();
  }
}
