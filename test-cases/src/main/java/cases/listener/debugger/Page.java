package cases.listener.debugger;

/**
 * Silent (FreeMarker's {@code Template}): registers itself with {@link Debugger}, whose one
 * instance, made by a private factory from classes of this code, keeps pages only weakly or not
 * at all.
 */
public class Page {
  private final String name;

  public Page(String name) {
    this.name = name;
    Debugger.registerTemplate(this);
  }

  String getName() {
    return name;
  }

  void clearBreakpoints() {}
}
