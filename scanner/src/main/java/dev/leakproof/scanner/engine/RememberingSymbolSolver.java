package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * JavaParser's symbol resolver for one analysed file, remembering each node's answer, a failure
 * included. The rules ask the same questions of the same nodes many times ({@code call.resolve()}
 * for whether a call acquires, throws, borrows, returns a closeable, what its callee keeps), and
 * JavaParser answers each {@code resolve()} anew, walking the scopes and the overloads again; it
 * keeps only an expression's type, and only when it found one. An answer depends on the node and
 * the sources alone, so a second asking gets the first answer. Errors are not remembered: over
 * the file's budget ({@link FileBudget.Exceeded}) the whole file is dropped, and a stack overflow
 * depends on how deep the asker already is.
 *
 * <p>The rules also attach this resolver to a neighbour's tree to read a callee's body ({@code
 * CalleeSummaries.withSolverOf}), a tree later files read too (through the resolver attached
 * first). A neighbour's nodes are answered from memory only while the same file is analysed
 * ({@link NeighbourAnswers}, forgotten before each file): each later file must look the types up
 * itself, so that a scan with {@code --cache} records the files its answers read. Within one
 * file the rules asked again about a neighbour's node 85% of the times they asked (1,508 of
 * 1,782 questions in a scan of the bench libraries: a callee summarised for each call of it),
 * and each such question resolved the callee's calls again, converting every candidate
 * overload's signature (scanner/bench/README.md, stop 35).
 *
 * <p>Lives as long as the file's tree carries it: {@link Trees#clearData} drops it with the rest
 * of the rules' and the solver's data before the tree is handed to the solvers.
 */
final class RememberingSymbolSolver extends JavaSymbolSolver {
  /** A node's answer for one question (the class asked for; null for its type). */
  private record Answer(Class<?> asked, Object value, RuntimeException failure) {}

  /**
   * The answers about other files' nodes given while the current file is analysed, by every
   * remembering resolver of one worker (a neighbour's tree carries the resolver of the file that
   * read it first); {@link #forget} before each file.
   */
  static final class NeighbourAnswers {
    private final Map<Node, Answer> declarations = new IdentityHashMap<>();
    private final Map<Node, Answer> types = new IdentityHashMap<>();

    void forget() {
      declarations.clear();
      types.clear();
    }
  }

  private final CompilationUnit unit;
  private final Map<Node, Answer> declarations = new IdentityHashMap<>();
  private final Map<Node, Answer> types = new IdentityHashMap<>();
  private final NeighbourAnswers neighbours;

  private RememberingSymbolSolver(TypeSolver typeSolver, CompilationUnit unit,
      NeighbourAnswers neighbours) {
    super(typeSolver);
    this.unit = unit;
    this.neighbours = neighbours;
  }

  /**
   * Attaches a remembering resolver over {@code typeSolver} to {@code unit}, keeping its answers
   * about other files' nodes in {@code neighbours}.
   */
  static void attach(CompilationUnit unit, TypeSolver typeSolver, NeighbourAnswers neighbours) {
    new RememberingSymbolSolver(typeSolver, unit, neighbours).inject(unit);
  }

  @Override
  public <T> T resolveDeclaration(Node node, Class<T> resultClass) {
    return remembered(isOwn(node) ? declarations : neighbours.declarations, node, resultClass,
        () -> super.resolveDeclaration(node, resultClass));
  }

  @Override
  public <T> T toResolvedType(Type type, Class<T> resultClass) {
    return remembered(isOwn(type) ? types : neighbours.types, type, resultClass,
        () -> super.toResolvedType(type, resultClass));
  }

  @Override
  public ResolvedType calculateType(Expression expression) {
    return remembered(isOwn(expression) ? types : neighbours.types, expression,
        ResolvedType.class, () -> super.calculateType(expression));
  }

  private boolean isOwn(Node node) {
    return node.findCompilationUnit().orElse(null) == unit;
  }

  private static <T> T remembered(Map<Node, Answer> answers, Node node, Class<T> asked,
      Supplier<T> question) {
    Answer known = answers.get(node);
    if (known == null || known.asked() != asked) {
      try {
        known = new Answer(asked, question.get(), null);
      } catch (RuntimeException failure) {
        known = new Answer(asked, null, failure);
      }
      answers.put(node, known);
    }
    if (known.failure() != null) {
      throw known.failure();
    }
    return asked.cast(known.value());
  }
}
