package cases.staticcache;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A static field whose initialiser starts on the line after its name (as Ant's
 * {@code AntClassLoader.pathMap}) is reported at the declaration; in bytecode the store takes the
 * line of the last call in the initialiser, so the bytecode engine points where the
 * initialiser's code starts, which javac gives the declaration's line.
 */
class InitialiserOnTheLineAfterTheName {
  private static final Map<String, String> PATHS = // expect: UnboundedStaticCache
      Collections.synchronizedMap(new HashMap<>());

  static void remember(String jar, String classPath) {
    PATHS.put(jar, classPath);
  }
}
