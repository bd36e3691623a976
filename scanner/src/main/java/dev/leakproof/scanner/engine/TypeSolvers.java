package dev.leakproof.scanner.engine;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One worker's type solvers, one per source root: the JDK by reflection, then the sources
 * around the scanned file, then the jars of the class path. Owned by a single worker thread,
 * because JavaParser's solvers and their caches are not meant for concurrent use.
 */
final class TypeSolvers {
  /**
   * How many lines of parsed trees each of a solver's caches keeps (the files, folders and
   * types it parsed or found), the least recently used first out. A bound of 200 files a cache
   * let large files fill a 1 GiB heap (scale.sh: full collections grew eightfold from 1 to 4
   * copies of the bench libraries); in lines the heap holds a known amount of trees. Per GiB of
   * heap: more where the heap allows it.
   */
  private static final long LINES_KEPT = TreeLines.perGiBOfHeap(20_000);

  /**
   * How many source roots' solvers are kept, the most recently used: files come in path order,
   * so a scan of many modules or libraries moves from root to root and seldom returns, and
   * without a bound every root's solver, with its parsed files, lived until the scan's end. Two,
   * so that a folder whose package does not match its path (a root of its own, met among its
   * root's files) does not drop its root's solver; with four, the trees of three finished roots
   * stayed live, and in a cold scan of the nine bench libraries the heap left after the full
   * collection was 470-510 MB instead of 160 MB (scanner/bench/README.md, stop 33). A dropped
   * root's copies of shared trees go with it ({@link SharedParses#forgetUnder}).
   */
  private static final int SOURCE_ROOTS_KEPT = 2;

  /**
   * How many analysed files' trees this worker keeps for its solvers, the most recently
   * analysed. Without a bound of their own they filled the solvers' caches (then 200 files a root):
   * every parsed file, not only the neighbours asked for, and a 1 GiB heap spent its time in
   * full collections (scale.sh). A neighbour is mostly used while its folder is being scanned.
   */
  private static final int ADOPTED_FILES_KEPT = 32;

  private final ParserConfiguration configuration;
  private final ClassPath classPath;
  private final FileBudget budget;
  /** The neighbour files every worker's solvers have parsed, to copy instead of parsing. */
  private final SharedParses sharedParses;
  private final Map<Path, RootSolver> byRoot = new LinkedHashMap<>(16, 0.75f, true);
  /** What the current file's lookups may have read of the sources. */
  private final SourceReads reads = new SourceReads();
  /** What this worker's resolvers answered about other files' nodes for the current file. */
  private final RememberingSymbolSolver.NeighbourAnswers neighbourAnswers =
      new RememberingSymbolSolver.NeighbourAnswers();
  /** The JRE and the jars, shared by this worker's source roots; opened on first resolution. */
  private TypeSolver classPathSolver;
  /** The analysed files handed to a solver, oldest first, to forget beyond the bound. */
  private final Deque<Adopted> adopted = new ArrayDeque<>();

  private record Adopted(SourceRootTypeSolver sources, Path file) {}

  /** The source root whose solver the current file resolves with; null until it asks. */
  private Path currentRoot;
  /**
   * The answers about the JDK's and the jars' types ({@link DeclarationAnswers}), by source root
   * (each root's solver looks the names up in its own sources too, which the reads record) and
   * type; dropped with the root's solver.
   */
  private final Map<Path, Map<String, Map<Object, DeclarationAnswers.Answer>>> libraryAnswers =
      new HashMap<>();

  TypeSolvers(ParserConfiguration configuration, ClassPath classPath, FileBudget budget,
      SharedParses sharedParses) {
    this.configuration = configuration;
    this.sharedParses = sharedParses;
    this.classPath = classPath;
    this.budget = budget;
  }

  /** A source root's whole solver, and its part that reads the root's sources. */
  private record RootSolver(TypeSolver combined, SourceRootTypeSolver sources) {}

  /** The solver of {@code sourceRoot}, with which the current file resolves. */
  TypeSolver forSourceRoot(Path sourceRoot) {
    currentRoot = sourceRoot;
    return rootSolver(sourceRoot).combined();
  }

  /**
   * The answers kept about the JDK's or a jar's type {@code type} (its kind and qualified name)
   * for the current file's source root; null before the file asked for its root's solver.
   */
  Map<Object, DeclarationAnswers.Answer> libraryAnswers(String type) {
    if (currentRoot == null) {
      return null;
    }
    return libraryAnswers.computeIfAbsent(currentRoot, root -> new HashMap<>())
        .computeIfAbsent(type, t -> new HashMap<>());
  }

  /**
   * Hands the tree of an analysed file, read from {@code file} under {@code sourceRoot}, to the
   * root's solver, which would otherwise parse the file again when a later file of this worker
   * uses a type it declares. The caller vouches that the tree is what the solver's own parse of
   * the file would give.
   */
  void adopt(Path sourceRoot, Path file, CompilationUnit unit) {
    SourceRootTypeSolver sources = rootSolver(sourceRoot).sources();
    if (sources.adopt(file, unit)) {
      adopted.addLast(new Adopted(sources, file));
      if (adopted.size() > ADOPTED_FILES_KEPT) {
        Adopted oldest = adopted.removeFirst();
        oldest.sources().forget(oldest.file());
      }
    }
  }

  /**
   * The tree the solver of {@code file}'s own source root holds for it (see {@link
   * SourceRootTypeSolver#heldTreeOf}), if this worker keeps that solver. Only the own root's: a
   * tree held by two roots' solvers would carry one root's resolver to the other's files.
   */
  Optional<CompilationUnit> heldTreeOf(Path file) {
    for (Map.Entry<Path, RootSolver> root : byRoot.entrySet()) { // iterating keeps the order
      Optional<CompilationUnit> tree = root.getValue().sources().heldTreeOf(file);
      if (tree.isPresent() && FileAnalyser.sourceRoot(file, tree.get()).equals(root.getKey())) {
        return tree;
      }
    }
    return Optional.empty();
  }

  private RootSolver rootSolver(Path sourceRoot) {
    RootSolver solver = byRoot.get(sourceRoot);
    if (solver == null) {
      solver = newSolver(sourceRoot);
      byRoot.put(sourceRoot, solver);
      if (byRoot.size() > SOURCE_ROOTS_KEPT) {
        Iterator<Map.Entry<Path, RootSolver>> leastRecentlyUsed = byRoot.entrySet().iterator();
        Map.Entry<Path, RootSolver> dropped = leastRecentlyUsed.next();
        Path droppedRoot = dropped.getKey();
        SourceRootTypeSolver droppedSources = dropped.getValue().sources();
        leastRecentlyUsed.remove();
        // The analysed files handed to it would keep the dropped solver, and its caches, alive.
        adopted.removeIf(file -> file.sources() == droppedSources);
        sharedParses.forgetUnder(droppedRoot);
        libraryAnswers.remove(droppedRoot);
        // JavaParser's static facades hold their solvers: drop them, or nothing is freed.
        FileAnalyser.forgetResolutions();
      }
    }
    return solver;
  }

  private RootSolver newSolver(Path root) {
    SourceRootTypeSolver sources =
        new SourceRootTypeSolver(root, configuration, LINES_KEPT, reads, sharedParses);
    List<TypeSolver> solvers = new ArrayList<>();
    solvers.add(budget.asSolver()); // first, so that every lookup checks the file's budget
    // JDK types only: the scanner's own libraries are not the user's classpath.
    solvers.add(new ReflectionTypeSolver(JdkTypes.ONLY));
    solvers.add(sources);
    if (!classPath.jars().isEmpty()) {
      solvers.add(viewOf(classPathSolver()));
    }
    return new RootSolver(new CombinedTypeSolver(solvers) {
      @Override
      public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        sources.noteLookup(name); // an answer from this solver's cache read files too
        return super.tryToSolveType(name);
      }
    }, sources);
  }

  /** The record of what the current file's lookups may have read; cleared per file. */
  SourceReads reads() {
    return reads;
  }

  /**
   * Where this worker's resolvers keep their answers about other files' nodes for the current
   * file; forgotten per file.
   */
  RememberingSymbolSolver.NeighbourAnswers neighbourAnswers() {
    return neighbourAnswers;
  }

  /**
   * Starts the next file: forgets what the last one's lookups read and what they answered about
   * other files' nodes, which the next file must look up itself (see {@link
   * RememberingSymbolSolver}); answers about declarations ({@link DeclarationAnswers}) are kept,
   * their reads added to each file that takes them.
   */
  void startFile() {
    reads.clear();
    neighbourAnswers.forget();
    currentRoot = null;
    DeclarationAnswers.startFile(this);
  }

  /** The current file is done ({@link DeclarationAnswers} keeps no answer for this thread). */
  void endFile() {
    DeclarationAnswers.endFile();
  }

  /**
   * The class path's types: the JRE, then the jars, in one solver that is their parent, so a
   * jar's type resolves its supertypes and members among them (a jar cannot refer to the sources
   * being scanned). Made once per worker and shared by its source roots through {@link #viewOf}:
   * a {@code CombinedTypeSolver} makes itself the parent of each solver it is given, and a
   * {@code JarTypeSolver} accepts one parent only, so handing the jars' solvers themselves to a
   * second root's solver threw "This TypeSolver already has a parent" and every file of that
   * root lost the rules that resolve (45 files of ehcache's sources jar).
   */
  private TypeSolver classPathSolver() {
    if (classPathSolver == null) {
      List<TypeSolver> solvers = new ArrayList<>();
      solvers.add(new ReflectionTypeSolver(JdkTypes.ONLY));
      for (Path jar : classPath.jars()) {
        try {
          solvers.add(new JarTypeSolver(jar));
        } catch (IOException | RuntimeException e) {
          // ClassPath.of opened it already; a jar that breaks now only costs its types.
        }
      }
      classPathSolver = new CombinedTypeSolver(solvers);
    }
    return classPathSolver;
  }

  /** One root's child solver that asks {@code shared} and has a parent of its own. */
  static TypeSolver viewOf(TypeSolver shared) {
    return new ChildSolver() {
      @Override
      public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        return shared.tryToSolveType(name);
      }

      @Override
      public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(
          String qualifiedModuleName, String simpleTypeName) {
        return shared.tryToSolveTypeInModule(qualifiedModuleName, simpleTypeName);
      }
    };
  }
}
