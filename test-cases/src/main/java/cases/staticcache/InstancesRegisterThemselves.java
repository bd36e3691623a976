package cases.staticcache;

import java.util.HashMap;
import java.util.Map;

/** Flagged: every instance puts itself into a static map in its constructor, so no instance is ever collected. */
class InstancesRegisterThemselves {
  private static final Map<String, InstancesRegisterThemselves> ALL = new HashMap<>(); // expect: UnboundedStaticCache

  private final String id;

  InstancesRegisterThemselves(String id) {
    this.id = id;
    ALL.put(id, this);
  }

  static InstancesRegisterThemselves byId(String id) {
    return ALL.get(id);
  }

  String id() {
    return id;
  }
}
