package dev.leakproof.scanner.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The source files one file's analysis may have read through the symbol solver: for every type
 * name it looked up, the files JavaParser's search for that name can read (see {@link
 * SourceRootTypeSolver}). A re-scan with {@code --cache} analyses a file again when one of them
 * changed. "Unknown" when a lookup could read a folder that could not be listed.
 *
 * <p>Apart, the files whose method and constructor bodies a rule read ({@link Bodies}): a file
 * that read another only for its declarations need not be analysed again after an edit that
 * leaves the other's {@link SourceOutline} as it was.
 */
final class SourceReads {
  private final Set<Path> files = new HashSet<>();
  private final Set<Path> bodies = new HashSet<>();
  private boolean unknown;
  /** The recordings under way, innermost last: each also gets every read added. */
  private final List<Recording> recordings = new ArrayList<>();

  /**
   * The reads of one answer worked out while the current file is analysed, to be added again
   * ({@link #replay}) when a later file takes the same answer from memory instead of looking its
   * types up: that file's record must name them too (see {@link DeclarationAnswers}).
   */
  static final class Recording {
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> bodies = new HashSet<>();
    private boolean unknown;
  }

  void add(Path file) {
    files.add(file);
    for (Recording recording : recordings) {
      recording.files.add(file);
    }
  }

  /** A rule read the bodies of {@code file} (absolute, normalized). */
  void addBodies(Path file) {
    bodies.add(file);
    for (Recording recording : recordings) {
      recording.bodies.add(file);
    }
  }

  void addUnknown() {
    unknown = true;
    for (Recording recording : recordings) {
      recording.unknown = true;
    }
  }

  /** Starts recording the reads added from now on until {@link #stop}. */
  Recording start() {
    Recording recording = new Recording();
    recordings.add(recording);
    return recording;
  }

  /** Stops {@code recording}, the innermost under way. */
  void stop(Recording recording) {
    recordings.remove(recording);
  }

  /** Adds the reads {@code recording} recorded, to this file's record and every recording. */
  void replay(Recording recording) {
    for (Path file : recording.files) {
      add(file);
    }
    for (Path file : recording.bodies) {
      addBodies(file);
    }
    if (recording.unknown) {
      addUnknown();
    }
  }

  /** Starts the next file's record. */
  void clear() {
    files.clear();
    bodies.clear();
    unknown = false;
    recordings.clear();
  }

  /** The files read (absolute, normalized), or empty when that cannot be told. */
  Optional<Set<Path>> files() {
    return unknown ? Optional.empty() : Optional.of(Set.copyOf(files));
  }

  /** The files whose bodies were read (absolute, normalized). */
  Set<Path> bodies() {
    return Set.copyOf(bodies);
  }
}
