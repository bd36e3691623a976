package cases.listener.debugger;

/**
 * FreeMarker's {@code DebuggerService}: every page registers itself here, through the one
 * instance a private factory makes. The field is private and final, and the factory returns only
 * a {@code new} of a class of this code: {@link QuietDebugger} (keeps nothing) or {@link
 * RemoteDebugger} (keeps pages weakly, in another file). So the registry never keeps a page
 * reachable ({@link Page} is silent).
 */
public abstract class Debugger {
  private static final Debugger instance = createInstance();

  private static Debugger createInstance() {
    return System.getProperty("cases.debug.password") == null
        ? new QuietDebugger()
        : new RemoteDebugger();
  }

  public static void registerTemplate(Page page) {
    instance.registerTemplateSpi(page);
  }

  abstract void registerTemplateSpi(Page page);

  private static final class QuietDebugger extends Debugger {
    @Override
    void registerTemplateSpi(Page page) {}
  }
}
