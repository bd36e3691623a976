package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Answers about a type declaration that depend on the declaration alone (its members, its
 * supertypes), worked out once per worker and declaration instead of once per asking. The rules
 * ask them of the same types over and over, across files ({@code UnreadableCalls}: whether a
 * receiver's type has a {@code close()}, {@code getAllMethods()} converting every signature of
 * the type and its supertypes, 2.5-3.8% of a cold scan's samples; scanner/bench/README.md, stop
 * 36).
 *
 * <p>A type of the sources keeps its answers on its declaration's node, so they live as long as
 * the tree (one root's solver's: a tree is resolved with its root's solver only) and go with the
 * rest of its data at hand-over ({@link Trees#clearData}); an answer worked out while the file
 * still lacked its bodies ({@link Bodies}) is not taken for one with them, or the other way
 * round. A type of the JDK or a jar, which has no node, keeps them in its worker by the current
 * file's source root and the declaration's kind and qualified name, which is the whole of what
 * the answer depends on.
 *
 * <p>Each answer keeps the reads its working out added to the file's record ({@link
 * SourceReads.Recording}), and a later file that takes it from memory has them added to its own
 * record, so that a scan with {@code --cache} still knows every file an analysis depended on. A
 * failure is remembered like an answer; errors (over the file's budget, a stack overflow) are
 * not. Outside a worker's file (no {@link TypeSolvers} analysing on this thread) the question is
 * simply asked.
 */
public final class DeclarationAnswers {
  private DeclarationAnswers() {}

  /** The worker analysing a file on this thread, while it does. */
  private static final ThreadLocal<TypeSolvers> WORKER = new ThreadLocal<>();

  /** A source type's answers, by question, on its declaration's node. */
  private static final DataKey<Map<Object, Answer>> ANSWERS = new DataKey<>() {};

  /** One question's answer, with what working it out read. */
  record Answer(boolean value, RuntimeException failure, SourceReads.Recording reads,
      boolean lacksBodies) {}

  /** The JDK's and the jars' declarations: no node, one per qualified name in a root. */
  private static final String[] LIBRARY_MODELS = {
    "com.github.javaparser.symbolsolver.reflectionmodel.",
    "com.github.javaparser.symbolsolver.javassistmodel.",
  };

  /**
   * {@code test}'s answer for {@code type}, remembered under {@code question} (an object naming
   * the test, compared by identity): the same test must always be given with it.
   */
  public static boolean remembered(ResolvedReferenceTypeDeclaration type, Object question,
      Predicate<ResolvedReferenceTypeDeclaration> test) {
    TypeSolvers worker = WORKER.get();
    if (worker == null) {
      return test.test(type);
    }
    Map<Object, Answer> answers = null;
    boolean lacksBodies = false;
    Optional<Node> ast = type.toAst();
    if (ast.isPresent()) {
      Optional<CompilationUnit> unit = ast.get().findCompilationUnit();
      if (unit.isPresent()) {
        lacksBodies = Bodies.lacksBodies(unit.get());
        answers = onNode(ast.get());
      }
    } else if (isLibraryType(type)) {
      answers = worker.libraryAnswers(type.getClass().getName() + " " + type.getQualifiedName());
    }
    if (answers == null) {
      return test.test(type);
    }
    SourceReads reads = worker.reads();
    Answer known = answers.get(question);
    if (known == null || known.lacksBodies() != lacksBodies) {
      SourceReads.Recording recording = reads.start();
      try {
        known = new Answer(test.test(type), null, recording, lacksBodies);
      } catch (RuntimeException failure) {
        known = new Answer(false, failure, recording, lacksBodies);
      } finally {
        reads.stop(recording);
      }
      answers.put(question, known);
    } else {
      reads.replay(known.reads());
    }
    if (known.failure() != null) {
      throw known.failure();
    }
    return known.value();
  }

  private static Map<Object, Answer> onNode(Node node) {
    if (!node.containsData(ANSWERS)) {
      node.setData(ANSWERS, new HashMap<>());
    }
    return node.getData(ANSWERS);
  }

  private static boolean isLibraryType(ResolvedReferenceTypeDeclaration type) {
    String model = type.getClass().getName();
    for (String prefix : LIBRARY_MODELS) {
      if (model.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Notes in the record of the file analysed on this thread, if any, that a rule read the bodies
   * of {@code file} (absolute, normalized).
   */
  static void noteBodiesRead(Path file) {
    TypeSolvers worker = WORKER.get();
    if (worker != null) {
      worker.reads().addBodies(file);
    }
  }

  /** Marks {@code worker} as analysing a file on this thread, until {@link #endFile}. */
  static void startFile(TypeSolvers worker) {
    WORKER.set(worker);
  }

  /** The file is done: no answers are kept for this thread until the next file starts. */
  static void endFile() {
    WORKER.remove();
  }
}
