package dev.leakproof.scanner;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the class-data-sharing archives in the user's cache folder from piling up. The tuned JVM
 * writes one archive per jar (location, size, modification time) and JDK (12–17 MB each) and
 * nothing ever removed one, so every upgrade, every jar copied or rebuilt, every JDK update left
 * another behind: a developer's folder held 62 of them, 746 MB. Each scan marks its own archive
 * as used; all but the few most recently used are deleted. An archive deleted while another
 * installation still uses it is only recreated on that installation's next scan (about a second,
 * once); a JVM already running from it keeps its mapping.
 */
final class SharedArchives {
  static final String PREFIX = "leakproof-";
  static final String SUFFIX = ".jsa";
  /** Enough for a few installations and JDKs side by side. */
  static final int KEPT = 6;

  private SharedArchives() {}

  /**
   * Marks {@code archive} as just used (when it exists) and deletes the archives in {@code
   * folder} beyond the {@link #KEPT} most recently used. Never fails: this only saves disk.
   */
  static void markUsedAndPrune(Path folder, Path archive) {
    try {
      if (Files.isRegularFile(archive)) {
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
      }
      List<Path> archives = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
          PREFIX + "*" + SUFFIX)) {
        files.forEach(archives::add);
      }
      archives.sort(Comparator.comparing(SharedArchives::lastUsed).reversed());
      for (Path stale : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
        if (!stale.equals(archive)) {
          Files.deleteIfExists(stale);
          // its record (ArchiveCoverage) with it; a record whose archive is waiting to be made
          // again stays, a few bytes, so that the archive is made again only once
          Files.deleteIfExists(ArchiveCoverage.record(stale));
        }
      }
    } catch (IOException | RuntimeException e) {
      // A folder we cannot list or a file we cannot delete: the archives stay, the scan runs.
    }
  }

  private static FileTime lastUsed(Path archive) {
    try {
      return Files.getLastModifiedTime(archive);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
