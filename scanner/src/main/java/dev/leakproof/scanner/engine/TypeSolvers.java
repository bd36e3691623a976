package dev.leakproof.scanner.engine;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One worker's type solvers, one per source root: the JDK by reflection, then the sources
 * around the scanned file. Owned by a single worker thread, because JavaParser's solvers and
 * their caches are not meant for concurrent use.
 */
final class TypeSolvers {
  /** How many parsed neighbour files each solver keeps; bounds memory on large trees. */
  private static final long PARSED_FILES_KEPT = 200;

  private final ParserConfiguration configuration;
  private final Map<Path, TypeSolver> byRoot = new HashMap<>();

  TypeSolvers(ParserConfiguration configuration) {
    this.configuration = configuration;
  }

  TypeSolver forSourceRoot(Path sourceRoot) {
    return byRoot.computeIfAbsent(sourceRoot, root -> new CombinedTypeSolver(
        // JRE types only: the scanner's own libraries are not the user's classpath.
        new ReflectionTypeSolver(true),
        new JavaParserTypeSolver(root, configuration, PARSED_FILES_KEPT)));
  }
}
