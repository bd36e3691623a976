package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** Workers take a folder's files together; only at the end do they share one. */
class FolderQueueTest {
  private static final List<Path> FILES = List.of(
      Path.of("/src/a/A1.java"), Path.of("/src/a/A2.java"), Path.of("/src/a/b/B1.java"),
      Path.of("/src/a/A3.java"), Path.of("/src/c/C1.java"), Path.of("/src/c/C2.java"),
      Path.of("/src/c/C3.java"), Path.of("/src/c/C4.java"));

  private static List<Integer> take(FolderQueue.Taker taker, int count) {
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      taken.add(taker.next());
    }
    return taken;
  }

  @Test
  void aWorkerTakesEveryFileOfItsFolderEvenWhenTheyDoNotComeTogether() {
    FolderQueue queue = FolderQueue.of(FILES);
    FolderQueue.Taker first = queue.taker();
    FolderQueue.Taker second = queue.taker();
    assertEquals(List.of(0, 1), take(first, 2));
    assertEquals(List.of(2), take(second, 1)); // a/b, a folder of its own
    assertEquals(List.of(3), take(first, 1)); // a/A3.java comes after a/b/ in path order
    assertEquals(List.of(4, 5), take(second, 2));
  }

  @Test
  void whenNoFolderIsLeftTheWorkersShareTheFullest() {
    FolderQueue queue = FolderQueue.of(FILES);
    FolderQueue.Taker first = queue.taker();
    FolderQueue.Taker second = queue.taker();
    assertEquals(List.of(0, 1, 3), take(first, 3));
    assertEquals(List.of(2, 4), take(second, 2)); // a/b is done: c is next
    // No folder left: the first worker helps with c, file by file.
    assertEquals(List.of(5), take(first, 1));
    assertEquals(List.of(6), take(second, 1));
    assertEquals(List.of(7, -1), take(first, 2));
    assertEquals(-1, second.next());
    assertEquals(false, queue.hasMore());
  }

  @Test
  void everyFileIsHandedOutOnceWhateverTheThreadsDo() throws InterruptedException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      files.add(Path.of("/src/p" + i % 37, "F" + i + ".java"));
    }
    FolderQueue queue = FolderQueue.of(files);
    ConcurrentLinkedQueue<Integer> taken = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        FolderQueue.Taker taker = queue.taker();
        for (int i = taker.next(); i >= 0; i = taker.next()) {
          taken.add(i);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    Set<Integer> distinct = new TreeSet<>(taken);
    assertEquals(files.size(), taken.size());
    assertEquals(files.size(), distinct.size());
  }
}
