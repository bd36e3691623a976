package cases.staticcache;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Flagged: the values are file stores, of which a machine has few, but the keys are the paths
 * asked about, one entry for every directory ever looked up.
 */
class PathKeyedFileStoreMapGrows {
  private static final Map<Path, FileStore> STORES = new HashMap<>(); // expect: UnboundedStaticCache

  static FileStore storeOf(Path directory) throws IOException {
    FileStore store = STORES.get(directory);
    if (store == null) {
      store = Files.getFileStore(directory);
      STORES.put(directory, store);
    }
    return store;
  }
}
