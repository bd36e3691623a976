package dev.leakproof.scanner.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands a scan's files to its workers a folder at a time: a worker takes every file of the next
 * folder nobody has started, and only when none is left does it share the folder with the most
 * files left, file by file, so that the workers still finish together. Each worker has its own
 * type solvers (JavaParser's are not thread-safe), and a file's neighbours are mostly in its own
 * folder: handed out file by file, both workers' solvers parsed most folders' neighbours, or took
 * a copy of the other's parse ({@link SharedParses}); by folder, 50 fewer copies are taken and 22
 * fewer neighbours parsed in a scan of the bench libraries (scanner/bench/README.md, stop 35).
 */
final class FolderQueue {
  /** Each folder's files, by index, in the order they come. */
  private final int[][] folders;
  /** Per folder, how many of its files have been handed out. */
  private final AtomicInteger[] handedOut;
  private final AtomicInteger nextFolder = new AtomicInteger();

  private FolderQueue(List<int[]> folders) {
    this.folders = folders.toArray(new int[0][]);
    this.handedOut = new AtomicInteger[this.folders.length];
    for (int f = 0; f < handedOut.length; f++) {
      handedOut[f] = new AtomicInteger();
    }
  }

  /** The files by their folders, in the order each folder's first file comes. */
  static FolderQueue of(List<Path> files) {
    Map<Path, List<Integer>> byFolder = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Path folder = files.get(i).toAbsolutePath().normalize().getParent();
      byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(i);
    }
    List<int[]> folders = new ArrayList<>();
    for (List<Integer> indexes : byFolder.values()) {
      folders.add(indexes.stream().mapToInt(Integer::intValue).toArray());
    }
    return new FolderQueue(folders);
  }

  /** A worker's place in the queue: the folder it is taking files from. */
  Taker taker() {
    return new Taker();
  }

  /** Whether some file has not been handed out yet. */
  boolean hasMore() {
    return nextFolder.get() < folders.length || fullestStarted() >= 0;
  }

  /** The started folder with the most files not handed out yet, or -1. */
  private int fullestStarted() {
    int fullest = -1;
    int most = 0;
    int started = Math.min(nextFolder.get(), folders.length);
    for (int f = 0; f < started; f++) {
      int left = folders[f].length - handedOut[f].get();
      if (left > most) {
        most = left;
        fullest = f;
      }
    }
    return fullest;
  }

  final class Taker {
    private int folder = -1;

    private Taker() {}

    /** The next file for this worker, or -1 when every file has been handed out. */
    int next() {
      while (true) {
        if (folder >= 0) {
          int at = handedOut[folder].getAndIncrement();
          if (at < folders[folder].length) {
            return folders[folder][at];
          }
        }
        int fresh = nextFolder.getAndIncrement();
        folder = fresh < folders.length ? fresh : fullestStarted();
        if (folder < 0) {
          return -1;
        }
      }
    }
  }
}
