package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.PathWalk;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import dev.leakproof.scanner.engine.Bodies;
import java.util.List;
import java.util.Optional;

/**
 * What a method or constructor of the scanned sources does with a resource passed to it, read
 * from its body (issue #10's ownership summary, for the code the scanner can see): it borrows the
 * argument when the parameter is only used there (read, written, compared), and takes it when
 * the body closes it, stores it, returns it, captures it or passes it on to code that may keep
 * it; a body that closes it on some normal exits only, and returns with it open on others,
 * leaves it the caller's ({@link CalleeSummary#CLOSES_ON_SOME_EXITS}). A callee the solver cannot
 * resolve to a source body is unknown, and unknown code keeps it.
 * Summaries nest a few calls deep, then stop (a recursion, or a long chain, stays unknown). A
 * library holder that keeps its argument without owning it ({@code new Git(repository)}; {@link
 * NonOwningHolderCalls}) borrows it, whatever its body says.
 */
public final class CalleeSummaries {
  private static final int MAX_DEPTH = CalleeSummary.MAX_NESTED_CALLS;
  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private CalleeSummaries() {}

  /** Whether {@code call} (a method call or {@code new}) only borrows its argument {@code argument}. */
  public static boolean borrows(Expression call, Node argument) {
    return of(call, argument) == CalleeSummary.BORROWS;
  }

  /**
   * What {@code call} (a method call, {@code new}, or a {@code this(..)}/{@code super(..)} call)
   * does with its argument {@code argument}.
   */
  public static CalleeSummary of(Node call, Node argument) {
    if (NonOwningHolderCalls.keepsWithoutOwning(call, argument)) {
      return CalleeSummary.BORROWS; // new Git(repository): kept, but Git.close() leaves it open
    }
    int depth = DEPTH.get();
    if (depth >= MAX_DEPTH) {
      return CalleeSummary.UNKNOWN;
    }
    DEPTH.set(depth + 1);
    try {
      return summarise(call, argument);
    } catch (RuntimeException | StackOverflowError unresolved) {
      return CalleeSummary.UNKNOWN; // the solver cannot tell
    } finally {
      DEPTH.set(depth);
    }
  }

  /**
   * Whether {@code mention} is an argument of a method or constructor of the scanned sources whose
   * body keeps nothing of it: closes it or only uses it, and never stores, returns, captures or
   * passes it on ({@code close(itr)} in a {@code finally}, given a value tied to a resource:
   * {@link dev.leakproof.checks.model.resource.TiedResults#letResourceGo}). No: any other
   * mention, or a callee the solver cannot resolve to a source body.
   */
  public static boolean keepsNothingOf(Node mention) {
    Node call = mention.getParentNode().orElse(null);
    try {
      ResolvedMethodLikeDeclaration callee;
      int index;
      if (call instanceof MethodCallExpr method) {
        index = method.getArguments().indexOf(mention);
        callee = method.resolve();
      } else if (call instanceof ObjectCreationExpr creation
          && creation.getAnonymousClassBody().isEmpty()) {
        index = creation.getArguments().indexOf(mention);
        callee = creation.resolve();
      } else {
        return false;
      }
      Optional<CallableDeclaration<?>> declaration = sourceOf(callee);
      if (index < 0 || declaration.isEmpty()
          || index >= declaration.get().getParameters().size()
          || declaration.get().getParameter(index).isVarArgs()) {
        return false;
      }
      withSolverOf(call, declaration.get());
      Optional<BlockStmt> block = bodyOf(declaration.get());
      return block.isPresent() && !VariableUses.ofParameter(block.get(),
          declaration.get().getParameter(index).getNameAsString()).leavesSomewhere();
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
  }

  private static CalleeSummary summarise(Node call, Node argument) {
    int index;
    ResolvedMethodLikeDeclaration callee;
    if (call instanceof MethodCallExpr method) {
      index = method.getArguments().indexOf(argument);
      if (index < 0) {
        return CalleeSummary.UNKNOWN;
      }
      try {
        callee = method.resolve();
      } catch (RuntimeException | StackOverflowError unresolved) {
        return byNameInOwnClass(method, index, resultUsedAtOnce(call));
      }
    } else if (call instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isEmpty()) {
      index = creation.getArguments().indexOf(argument);
      if (index < 0) {
        return CalleeSummary.UNKNOWN;
      }
      callee = creation.resolve();
    } else if (call instanceof ExplicitConstructorInvocationStmt chained) {
      index = chained.getArguments().indexOf(argument);
      if (index < 0) {
        return CalleeSummary.UNKNOWN;
      }
      callee = chained.resolve(); // this(repo.newObjectReader()): the other constructor's body
    } else {
      return CalleeSummary.UNKNOWN;
    }
    Optional<CallableDeclaration<?>> declaration = sourceOf(callee);
    if (declaration.isEmpty()) {
      return CalleeSummary.UNKNOWN;
    }
    withSolverOf(call, declaration.get());
    return ofParameter(declaration.get(), index, resultUsedAtOnce(call));
  }

  /**
   * A call of this class's own method that the solver cannot resolve (an argument of a type it
   * does not know picks no overload): every method of the class with that name and number of
   * parameters is a candidate. One that takes the argument may be the callee, so the call takes
   * it (precision first); it borrows only when every candidate borrows ({@code
   * createExtractor(OPCPackage.open(f))} among overloads of which one wraps the package).
   */
  private static CalleeSummary byNameInOwnClass(MethodCallExpr call, int index,
      boolean resultUsedAtOnce) {
    if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()) {
      return CalleeSummary.UNKNOWN;
    }
    Optional<TypeDeclaration> type = call.findAncestor(TypeDeclaration.class);
    if (type.isEmpty()) {
      return CalleeSummary.UNKNOWN;
    }
    List<MethodDeclaration> candidates = ((TypeDeclaration<?>) type.get())
        .getMethodsByName(call.getNameAsString()).stream()
        .filter(m -> m.getParameters().size() == call.getArguments().size())
        .filter(m -> mayReceive(m, index, call.getArguments().get(index)))
        .toList();
    if (candidates.isEmpty()) {
      return CalleeSummary.UNKNOWN;
    }
    boolean allBorrow = true;
    for (MethodDeclaration candidate : candidates) {
      CalleeSummary summary = ofParameter(candidate, index, resultUsedAtOnce);
      if (summary.takes()) {
        return CalleeSummary.TAKES;
      }
      allBorrow &= summary == CalleeSummary.BORROWS;
    }
    return allBorrow ? CalleeSummary.BORROWS : CalleeSummary.UNKNOWN;
  }

  /**
   * Whether the candidate's parameter at {@code index} may be given {@code argument}: no only when
   * both types resolve and the parameter's cannot hold the argument's (of CXF's {@code
   * getUserResources(String)} and {@code getUserResources(InputStream)}, a stream goes to the
   * second; real-leak cxf-b5). The other arguments, whose types may not resolve, are not asked.
   */
  private static boolean mayReceive(MethodDeclaration candidate, int index, Expression argument) {
    try {
      return candidate.getParameter(index).getType().resolve()
          .isAssignableBy(argument.calculateResolvedType());
    } catch (RuntimeException | StackOverflowError unresolved) {
      return true;
    }
  }

  /**
   * {@code f(x).g()} or the statement {@code f(x);}: the value is the receiver of a call, or
   * dropped (a callee returning a view of its argument then borrows it: {@link
   * CalleeSummary#ofBody}).
   * A {@code this(..)} or {@code super(..)} has no result.
   */
  private static boolean resultUsedAtOnce(Node call) {
    if (!(call instanceof Expression)) {
      return false;
    }
    Node child = call;
    Node parent = call.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr) {
      child = parent;
      parent = parent.getParentNode().orElse(null);
    }
    return parent instanceof ExpressionStmt
        || parent instanceof MethodCallExpr outer && outer.getScope().orElse(null) == child;
  }

  /** The body of a method or constructor; empty for an abstract or native method. */
  private static Optional<BlockStmt> bodyOf(CallableDeclaration<?> callable) {
    return callable instanceof MethodDeclaration m ? m.getBody()
        : Optional.of(((ConstructorDeclaration) callable).getBody());
  }

  private static CalleeSummary ofParameter(CallableDeclaration<?> body, int index,
      boolean resultUsedAtOnce) {
    if (index >= body.getParameters().size() || body.getParameter(index).isVarArgs()) {
      return CalleeSummary.UNKNOWN;
    }
    Optional<BlockStmt> block = bodyOf(body);
    if (block.isEmpty()) {
      return CalleeSummary.UNKNOWN; // abstract or native
    }
    String name = body.getParameter(index).getNameAsString();
    // Reader r = new InputStreamReader(in, UTF_8); parse(r): r holds the parameter from there on
    LaterHolders holder = LaterHolders.ofParameter(block.get(), name).orElse(null);
    Uses<NameExpr> uses = holder == null ? VariableUses.ofParameter(block.get(), name)
        : VariableUses.ofHeldParameter(block.get(), name, holder);
    return CalleeSummary.ofBody(uses, resultUsedAtOnce,
        () -> CalleeSummary.openExits(PathWalk.analyseHeld(
            new JavaParserResourceSyntax(name, null, uses, holder, null), block.get()),
            ThrowBlame::declaresCheckedException));
  }

  /**
   * Attaches the caller's symbol solver to the callee's file when the solver parsed that file as
   * a neighbour and nothing resolved in it yet: read without one, every call in the body is
   * unresolved, so {@code return from(in.getChannel())} read as a call that returns nothing tied
   * to {@code in} and the stream as only borrowed, and {@code return new FileInputStream(file)}
   * as no acquisition ({@link ConventionalFactories}). The file's tree is this worker's own (each
   * worker has its own solvers and trees), so attaching touches no other worker's tree.
   */
  public static void withSolverOf(Node call, Node callee) {
    Optional<CompilationUnit> calleeUnit = callee.findCompilationUnit();
    if (calleeUnit.isEmpty() || calleeUnit.get().containsData(Node.SYMBOL_RESOLVER_KEY)) {
      return;
    }
    call.findCompilationUnit().filter(u -> u.containsData(Node.SYMBOL_RESOLVER_KEY))
        .ifPresent(u -> calleeUnit.get().setData(Node.SYMBOL_RESOLVER_KEY,
            u.getData(Node.SYMBOL_RESOLVER_KEY)));
  }

  /**
   * The callee's declaration, when it is in the scanned sources. An overridable method's body is
   * taken as it stands: an override may keep what this body only reads, but the body is the best
   * evidence there is (Error Prone's summaries read it the same way).
   */
  private static Optional<CallableDeclaration<?>> sourceOf(ResolvedMethodLikeDeclaration callee) {
    return Bodies.of(callee).filter(CallableDeclaration.class::isInstance)
        .map(node -> (CallableDeclaration<?>) node);
  }
}
