package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Neighbour files the workers' type solvers have parsed, shared between the workers as pristine
 * copies. Each worker has its own solvers (JavaParser's trees and solvers are not thread-safe,
 * and resolving leaves data on a tree), so without this a neighbour used by files of both
 * workers was parsed by each: a third of the solvers' parses in a scan of the bench libraries.
 * A kept tree is a clone made right after its parse, before any solver touched it, and is never
 * handed out itself: a worker gets a clone of it (JavaParser's {@code CloneVisitor} keeps the
 * tokens, positions and storage), which is several times cheaper than parsing the file again.
 * Only reads happen on a kept tree, so any number of workers may clone it at once.
 */
final class SharedParses {
  /**
   * How many trees are kept, the most recently used; soft values on top, so that a small heap
   * can take them back. A neighbour is mostly wanted while the files around it are scanned.
   */
  private static final long TREES_KEPT = 256;

  private final Cache<Path, CompilationUnit> pristine =
      CacheBuilder.newBuilder().maximumSize(TREES_KEPT).softValues().build();

  /** A copy of the tree kept for {@code file} (an absolute, normalized path), if any. */
  Optional<CompilationUnit> copyOf(Path file) {
    CompilationUnit kept = pristine.getIfPresent(file);
    return kept == null ? Optional.empty() : Optional.of(kept.clone());
  }

  /**
   * Keeps a copy of {@code fresh}, the tree just parsed from {@code file}, which no one has
   * resolved anything on yet.
   */
  void keepCopyOf(Path file, CompilationUnit fresh) {
    if (pristine.getIfPresent(file) == null) {
      pristine.put(file, fresh.clone());
    }
  }
}
