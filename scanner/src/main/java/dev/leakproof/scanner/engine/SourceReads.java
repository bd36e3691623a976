package dev.leakproof.scanner.engine;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The source files one file's analysis may have read through the symbol solver: for every type
 * name it looked up, the files JavaParser's search for that name can read (see {@link
 * SourceRootTypeSolver}). A re-scan with {@code --cache} analyses a file again when one of them
 * changed. "Unknown" when a lookup could read a folder that could not be listed.
 */
final class SourceReads {
  private final Set<Path> files = new HashSet<>();
  private boolean unknown;

  void add(Path file) {
    files.add(file);
  }

  void addUnknown() {
    unknown = true;
  }

  /** Starts the next file's record. */
  void clear() {
    files.clear();
    unknown = false;
  }

  /** The files read (absolute, normalized), or empty when that cannot be told. */
  Optional<Set<Path>> files() {
    return unknown ? Optional.empty() : Optional.of(Set.copyOf(files));
  }
}
