package cases.staticcache;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Silent: keyed by the file system a path lives on (JGit's {@code FS_POSIX} remembers whether
 * each one supports hard links). Two paths on one mount give equal {@code FileStore}s, so the
 * map holds one entry per mounted file system: the machine bounds it, not the data.
 */
class FileStoreKeyedMapIsBounded {
  private static final Map<FileStore, Boolean> CAN_HARD_LINK = new ConcurrentHashMap<>();

  static boolean canHardLink(Path directory) throws IOException {
    FileStore store = Files.getFileStore(directory);
    return CAN_HARD_LINK.computeIfAbsent(store, s -> s.supportsFileAttributeView("posix"));
  }
}
