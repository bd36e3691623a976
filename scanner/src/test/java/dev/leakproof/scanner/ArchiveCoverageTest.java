package dev.leakproof.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive made by a small scan is made again, once, after a scan that loaded many more. */
class ArchiveCoverageTest {
  @TempDir Path folder;
  private Path archive;
  private Path record;

  @BeforeEach
  void names() {
    archive = folder.resolve("leakproof-1.0-1a2b3c-java-25.jsa");
    record = ArchiveCoverage.record(archive);
  }

  /** A scan after which the JVM writes the archive (it was missing at the start). */
  private void scanMakingTheArchive(long loadedClasses) throws IOException {
    new ArchiveCoverage(archive, true).afterScan(loadedClasses);
    Files.writeString(archive, "archive"); // what the JVM does at exit
  }

  private void scanWithTheArchive(long loadedClasses) {
    new ArchiveCoverage(archive, false).afterScan(loadedClasses);
  }

  @Test
  void theScanThatMakesTheArchiveWritesDownHowManyClassesItLoaded() throws IOException {
    scanMakingTheArchive(2_750);
    assertEquals("2750", Files.readString(record));
    assertEquals("leakproof-1.0-1a2b3c-java-25.jsa.classes", record.getFileName().toString());
  }

  @Test
  void aScanLoadingOverATenthMoreHasTheArchiveMadeAgainOnce() throws IOException {
    scanMakingTheArchive(2_750); // one file
    scanWithTheArchive(3_450); // a project
    assertFalse(Files.exists(archive), "deleted, for the next scan to make");
    scanMakingTheArchive(2_760); // the next scan was small again
    assertEquals("2760 remade", Files.readString(record));
    scanWithTheArchive(3_450);
    assertTrue(Files.exists(archive), "made again once only");
  }

  @Test
  void aScanLoadingAboutAsManyOrFewerKeepsTheArchive() throws IOException {
    scanMakingTheArchive(3_000);
    scanWithTheArchive(3_300); // a tenth more: not over
    scanWithTheArchive(1_200);
    assertTrue(Files.exists(archive));
    assertEquals("3000", Files.readString(record));
  }

  @Test
  void anArchiveWithoutARecordOrWithAnUnreadableOneIsKept() throws IOException {
    Files.writeString(archive, "archive");
    scanWithTheArchive(5_000);
    assertTrue(Files.exists(archive));
    Files.writeString(record, "not a count");
    scanWithTheArchive(5_000);
    assertTrue(Files.exists(archive));
  }

  @Test
  void onlyTheLaunchersArchivePropertyNamesAnArchive() {
    String before = System.getProperty(ArchiveCoverage.ARCHIVE_PROPERTY);
    try {
      System.clearProperty(ArchiveCoverage.ARCHIVE_PROPERTY);
      assertTrue(ArchiveCoverage.ofThisJvm().isEmpty());
      System.setProperty(ArchiveCoverage.ARCHIVE_PROPERTY, archive.toString());
      assertTrue(ArchiveCoverage.ofThisJvm().isPresent());
    } finally {
      if (before == null) {
        System.clearProperty(ArchiveCoverage.ARCHIVE_PROPERTY);
      } else {
        System.setProperty(ArchiveCoverage.ARCHIVE_PROPERTY, before);
      }
    }
  }
}
