package dev.leakproof.scanner.engine;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the paths a user gave into the files to scan: a file as given, a folder searched
 * recursively for {@code .java} files. Symbolic links are followed, but a link back into a
 * folder already being walked is skipped, and a file reached twice is scanned once. Hidden
 * folders (such as {@code .git}) below a given folder are skipped.
 */
final class SourceCollector {
  /** The files, sorted, and the folders that could not be read. */
  record Sources(List<Path> files, List<Unreadable> unreadableFolders) {}

  /** A folder that could not be listed, and why. */
  record Unreadable(Path folder, String reason) {}

  private SourceCollector() {}

  static Sources collect(List<Path> inputs) {
    Set<Path> files = new TreeSet<>();
    List<Unreadable> unreadable = new ArrayList<>();
    for (Path input : inputs) {
      Path start = input.toAbsolutePath().normalize();
      if (!Files.isDirectory(start)) {
        files.add(start);
        continue;
      }
      try {
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(start) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
                  files.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!(e instanceof FileSystemLoopException)) {
                  unreadable.add(new Unreadable(file, String.valueOf(e)));
                }
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        unreadable.add(new Unreadable(start, String.valueOf(e)));
      }
    }
    return new Sources(distinctByRealPath(files), unreadable);
  }

  /** The same file reached through a link, or given twice, is scanned once (first path wins). */
  private static List<Path> distinctByRealPath(Set<Path> sorted) {
    Set<Path> seen = new HashSet<>();
    List<Path> distinct = new ArrayList<>();
    for (Path file : sorted) {
      Path real;
      try {
        real = file.toRealPath();
      } catch (IOException e) {
        real = file;
      }
      if (seen.add(real)) {
        distinct.add(file);
      }
    }
    return distinct;
  }
}
