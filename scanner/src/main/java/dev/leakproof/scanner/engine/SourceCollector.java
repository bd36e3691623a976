package dev.leakproof.scanner.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
  /** The files, sorted, and what was passed over while walking. */
  record Sources(List<Path> files, List<Skipped> skipped) {}

  /**
   * Something the walk passed over: a folder that could not be listed ({@code error}) or a link
   * back into a folder already being walked ({@code note}).
   */
  record Skipped(Path path, String level, String message) {}

  private SourceCollector() {}

  static Sources collect(List<Path> inputs) {
    Set<Path> files = new TreeSet<>();
    List<Skipped> skipped = new ArrayList<>();
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
                // Not only regular files: a broken link or a pipe named .java is kept, so that
                // reading it gives the user a clear reason instead of silence.
                if (!attrs.isDirectory() && file.getFileName().toString().endsWith(".java")) {
                  files.add(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (e instanceof FileSystemLoopException) {
                  skipped.add(new Skipped(file, "note", "skipped: a symbolic link back to a"
                      + " folder that is already being scanned"));
                } else if (file.getFileName() != null
                    && file.getFileName().toString().endsWith(".java")) {
                  files.add(file); // reading it will say what is wrong
                } else {
                  skipped.add(new Skipped(file, "error",
                      "cannot analyse: cannot list the folder: " + reason(e)));
                }
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        skipped.add(new Skipped(start, "error",
            "cannot analyse: cannot list the folder: " + reason(e)));
      }
    }
    return new Sources(distinctByRealPath(files), skipped);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e);
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
