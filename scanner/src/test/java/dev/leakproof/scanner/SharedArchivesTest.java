package dev.leakproof.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old class-data-sharing archives are deleted, the ones in use kept. */
class SharedArchivesTest {
  @TempDir Path folder;

  @Test
  void keepsTheMostRecentlyUsedArchivesAndTheCurrentOneAndDeletesTheRest() throws IOException {
    int archives = SharedArchives.KEPT + 3;
    for (int i = 0; i < archives; i++) {
      Path archive = Files.writeString(folder.resolve("leakproof-v" + i + ".jsa"), "x");
      // archive 0 is the oldest
      Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    Path other = Files.writeString(folder.resolve("notes.txt"), "not an archive");
    Files.setLastModifiedTime(other, FileTime.fromMillis(0));

    // The oldest is the one this scan uses: it becomes the most recently used.
    SharedArchives.markUsedAndPrune(folder, folder.resolve("leakproof-v0.jsa"));

    List<String> left = names();
    assertEquals(SharedArchives.KEPT + 1, left.size(), left::toString); // plus notes.txt
    assertTrue(left.contains("leakproof-v0.jsa"), left::toString);
    assertTrue(left.contains("notes.txt"), left::toString);
    for (int i = 1; i <= 3; i++) { // the next oldest are gone
      assertTrue(!left.contains("leakproof-v" + i + ".jsa"), left::toString);
    }
    assertTrue(left.contains("leakproof-v" + (archives - 1) + ".jsa"), left::toString);
  }

  @Test
  void aDeletedArchivesRecordGoesWithItAndOneWaitingForItsArchiveStays() throws IOException {
    for (int i = 0; i <= SharedArchives.KEPT; i++) {
      Path archive = Files.writeString(folder.resolve("leakproof-v" + i + ".jsa"), "x");
      Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000L * (i + 1)));
      Files.writeString(ArchiveCoverage.record(archive), "3000");
    }
    // an archive deleted to be made again: its record waits for it
    Files.writeString(folder.resolve("leakproof-remake.jsa.classes"), "remake");

    SharedArchives.markUsedAndPrune(folder, folder.resolve("leakproof-v1.jsa"));

    List<String> left = names();
    assertTrue(!left.contains("leakproof-v0.jsa") && !left.contains("leakproof-v0.jsa.classes"),
        left::toString);
    assertTrue(left.contains("leakproof-v1.jsa.classes"), left::toString);
    assertTrue(left.contains("leakproof-remake.jsa.classes"), left::toString);
    assertEquals(2 * SharedArchives.KEPT + 1, left.size(), left::toString);
  }

  @Test
  void anArchiveNotYetCreatedIsNoProblem() throws IOException {
    Files.writeString(folder.resolve("leakproof-old.jsa"), "x");
    SharedArchives.markUsedAndPrune(folder, folder.resolve("leakproof-new.jsa"));
    assertEquals(List.of("leakproof-old.jsa"), names());
    SharedArchives.markUsedAndPrune(folder.resolve("missing"), folder.resolve("x.jsa"));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
