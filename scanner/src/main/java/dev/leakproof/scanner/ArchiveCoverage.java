package dev.leakproof.scanner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Lets a class-data-sharing archive made by a small scan be made again, once, by a larger one.
 * The JVM writes the archive at the exit of the first scan with a jar and then keeps it as it is:
 * when that scan was small (one file, a re-scan with nothing to analyse), the archive lacks most
 * of the rules' and the parser's classes, and every later scan loads them from the jar. On
 * commons-io alone that cost 12% of a cold scan's wall and CPU time; on the nine bench libraries
 * it was within the noise (scanner/bench/README.md, stop 37). So the scan that makes an archive
 * writes down how many classes it loaded, and a later scan that loaded over a tenth more deletes
 * the archive, for the next scan to make again at its exit. Only once per archive: the next scan
 * may be small again, and making the archive after every larger scan would cost more than the
 * classes it saves.
 */
final class ArchiveCoverage {
  /** The archive of the tuned JVM's scan, set by {@link TunedJvm}. */
  static final String ARCHIVE_PROPERTY = "leakproof.archive";
  /** Next to the archive: how many classes the scan that made it loaded. */
  static final String RECORD_SUFFIX = ".classes";
  private static final String REMAKE = "remake";
  private static final String REMADE = " remade";

  private final Path archive;
  private final boolean madeAtExit;

  /**
   * @param madeAtExit whether the archive was missing when this JVM started, so that the JVM
   *     writes it when this scan exits
   */
  ArchiveCoverage(Path archive, boolean madeAtExit) {
    this.archive = archive;
    this.madeAtExit = madeAtExit;
  }

  /** This JVM's archive, if the launcher gave it one; call at the start. */
  static Optional<ArchiveCoverage> ofThisJvm() {
    String archive = System.getProperty(ARCHIVE_PROPERTY);
    if (archive == null) {
      return Optional.empty();
    }
    Path path = Path.of(archive);
    return Optional.of(new ArchiveCoverage(path, !Files.isRegularFile(path)));
  }

  /** After the scan: the classes this JVM loaded, judged against the archive's. */
  void afterScan() {
    afterScan(ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
  }

  void afterScan(long loadedClasses) {
    try {
      Path record = record(archive);
      String recorded = Files.isRegularFile(record) ? Files.readString(record).strip() : "";
      if (madeAtExit) {
        Files.writeString(record, loadedClasses + (recorded.equals(REMAKE) ? REMADE : ""));
      } else if (recorded.matches("[0-9]{1,9}")
          && loadedClasses > Long.parseLong(recorded) * 11 / 10) {
        // Noted before the delete: where a mapped file cannot be deleted, it is not tried again.
        Files.writeString(record, REMAKE);
        Files.deleteIfExists(archive);
      }
    } catch (IOException | RuntimeException e) {
      // Only speed is at stake: the archive stays as it is.
    }
  }

  /** The file next to {@code archive} holding its record. */
  static Path record(Path archive) {
    return archive.resolveSibling(archive.getFileName() + RECORD_SUFFIX);
  }
}
