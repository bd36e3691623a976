package dev.leakproof.scanner.engine;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Neighbour files the workers' type solvers have parsed, shared between the workers as pristine
 * copies. Each worker has its own solvers (JavaParser's trees and solvers are not thread-safe,
 * and resolving leaves data on a tree), so without this a neighbour used by files of both
 * workers was parsed by each: a third of the solvers' parses in a scan of the bench libraries.
 * A kept tree is a clone made right after its parse, before any solver touched it, and is never
 * handed out itself: a worker gets a clone of it (JavaParser's {@code CloneVisitor} keeps the
 * tokens, positions and storage), which is several times cheaper than parsing the file again.
 * Only reads happen on a kept tree, so any number of workers may clone it at once.
 *
 * <p>Only trees of parses without problems are kept, so that a worker about to analyse a file a
 * solver has parsed already may take a copy instead of parsing it: the same tree its own parse
 * would give, as for the trees {@link FileAnalyser} hands to its solvers.
 *
 * <p>Also the text index of each source folder a solver looked in ({@link
 * SourceRootTypeSolver.FolderIndex}): each worker's solvers read every Java file of each folder
 * they looked in, so with two workers most folders were read twice (guava and h2: 1,905 reads of
 * 1,023 files).
 */
final class SharedParses {
  /**
   * How many lines of source the kept trees may hold together, the most recently used first
   * out; soft values on top, so that a small heap can take them back. A tree costs about its
   * file's length (tokens and nodes), so a bound in trees let a few large files fill a 1 GiB
   * heap (scale.sh 4 ran in back-to-back full collections with 256 trees kept); this bound
   * holds about a package's worth of files. A neighbour is mostly wanted while the files
   * around it are scanned. Per GiB of heap: more where the heap allows it.
   */
  private static final long LINES_KEPT = TreeLines.perGiBOfHeap(40_000);

  private final Cache<Path, CompilationUnit> pristine = CacheBuilder.newBuilder()
      .maximumWeight(LINES_KEPT)
      .weigher((Path file, CompilationUnit unit) -> TreeLines.of(unit))
      .softValues()
      .build();

  /** The folders' text indexes, by absolute folder; small, kept for the whole scan. */
  private final ConcurrentMap<Path, SourceRootTypeSolver.FolderIndex> folderIndexes =
      new ConcurrentHashMap<>();

  /** Marks, until it is kept, a tree whose parse reported no problem. */
  private static final DataKey<Boolean> PARSED_CLEANLY = new DataKey<>() {};

  /**
   * {@code configuration} for the solvers' parsers, with a last step that marks a tree parsed
   * without problems: JavaParser's solver keeps any tree it gets, even one with syntax errors.
   */
  static ParserConfiguration markingCleanParses(ParserConfiguration configuration) {
    configuration.getProcessors().add(() -> new Processor() {
      @Override
      public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
        if (result.getProblems().isEmpty()) {
          result.getResult().ifPresent(node -> node.setData(PARSED_CLEANLY, true));
        }
      }
    });
    return configuration;
  }

  /**
   * Whether a solver's parse of {@code file} (an absolute, normalized path) without problems is
   * kept.
   */
  boolean keeps(Path file) {
    return pristine.getIfPresent(file) != null;
  }

  /** A copy of the tree kept for {@code file} (an absolute, normalized path), if any. */
  Optional<CompilationUnit> copyOf(Path file) {
    CompilationUnit kept = pristine.getIfPresent(file);
    return kept == null ? Optional.empty() : Optional.of(kept.clone());
  }

  /**
   * Keeps a copy of {@code fresh}, the tree just parsed from {@code file} by a solver's parser
   * (see {@link #markingCleanParses}), which no one has resolved anything on yet, if its parse
   * reported no problem; removes the mark either way.
   */
  void keepCopyOf(Path file, CompilationUnit fresh) {
    if (!fresh.containsData(PARSED_CLEANLY)) {
      return;
    }
    fresh.removeData(PARSED_CLEANLY);
    if (pristine.getIfPresent(file) == null) {
      pristine.put(file, fresh.clone());
    }
  }

  /**
   * Drops the kept trees of the files under {@code sourceRoot}, whose solver a worker has dropped:
   * the scan has moved on to other roots (files come in path order), and kept for the whole scan
   * (the bound is seldom reached) they were most of the heap a full collection leaves. Only a
   * cache: a worker still in that root parses what it would have copied.
   */
  void forgetUnder(Path sourceRoot) {
    Path root = sourceRoot.toAbsolutePath().normalize();
    pristine.asMap().keySet().removeIf(file -> file.startsWith(root));
  }

  /** The text index of {@code folder} (absolute), read on first use by any worker. */
  SourceRootTypeSolver.FolderIndex folderIndex(Path folder) {
    return folderIndexes.computeIfAbsent(folder, SourceRootTypeSolver.FolderIndex::of);
  }
}
