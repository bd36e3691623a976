package cases.listener.debugger;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FreeMarker's {@code RmiDebuggerService}: keeps each page in a {@code WeakReference} subclass,
 * reads its name and hands it to a private static helper that only calls methods on it.
 */
class RemoteDebugger extends Debugger {
  private final Map<String, List<PageReference>> pages = new HashMap<>();
  private final ReferenceQueue<Page> queue = new ReferenceQueue<>();

  @Override
  void registerTemplateSpi(Page page) {
    String name = page.getName();
    synchronized (pages) {
      pages.computeIfAbsent(name, n -> new ArrayList<>()).add(new PageReference(name, page, queue));
      markBreakpoints(page);
    }
  }

  private static void markBreakpoints(Page page) {
    page.clearBreakpoints();
  }

  private static final class PageReference extends WeakReference<Page> {
    final String name;

    PageReference(String name, Page page, ReferenceQueue<Page> queue) {
      super(page, queue);
      this.name = name;
    }
  }
}
