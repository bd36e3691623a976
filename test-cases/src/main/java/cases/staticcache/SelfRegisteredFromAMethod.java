package cases.staticcache;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged: the nested class registers each new instance in a static list, and a method makes one
 * for every name its caller passes, so the list grows with the calls. The silent look-alike, whose
 * only instances initialise static final fields, is {@link SelfRegisteredConstants}.
 */
class SelfRegisteredFromAMethod {
  static Object specFor(String name) {
    return new Spec(name);
  }

  private static final class Spec {
    static final List<Spec> ALL = new ArrayList<Spec>(); // expect: UnboundedStaticCache

    final String name;

    Spec(String name) {
      this.name = name;
      ALL.add(this);
    }
  }
}
