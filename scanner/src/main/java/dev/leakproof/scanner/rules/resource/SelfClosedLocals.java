package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.leakproof.checks.knowledge.MemoryOnlyCloseables;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Locals that no knowledge table knows as resources but that the method closes on some path
 * ({@link UnclosedResourceModel#ownsUnlistedValue}): {@code fs = new POIFSFileSystem(file); …
 * fs.close();}, {@code InputStream in = part.getInputStream(); … in.close();}. Found by names
 * alone, nothing resolved, so a type the solver cannot see (a file scanned without its
 * project's jars) counts too: a declaration of, or a plain assignment to, a local whose value is
 * a {@code new} or a call, and a {@code close()} on that name, a quiet-close helper given it, or
 * a {@code try (name)} after it, on its path ({@link ClosedLater}).
 */
public final class SelfClosedLocals {
  private SelfClosedLocals() {}

  /**
   * Every value expression in {@code unit} that acquires such a local. {@code attachSolver} is
   * run before a class or a callee is resolved (to tell whether it holds only memory), which
   * happens only for a value that would otherwise be a site, whose finding resolves anyway.
   */
  public static List<Expression> sites(CompilationUnit unit, Runnable attachSolver) {
    Map<BlockStmt, Set<String>> closedNames = new HashMap<>();
    Trees.findAll(unit, MethodCallExpr.class).forEach(call ->
        ClosedLater.closedNames(call).forEach(name ->
        EnclosingBody.of(call).ifPresent(body ->
            closedNames.computeIfAbsent(body, b -> new HashSet<>()).add(name))));
    Trees.findAll(unit, TryStmt.class).forEach(tryStmt ->
        tryStmt.getResources().forEach(resource -> {
      if (resource instanceof NameExpr name) {
        EnclosingBody.of(tryStmt).ifPresent(body ->
            closedNames.computeIfAbsent(body, b -> new HashSet<>()).add(name.getNameAsString()));
      }
    }));
    if (closedNames.isEmpty()) {
      return List.of();
    }
    List<Expression> sites = new ArrayList<>();
    for (Expression value : Trees.findAll(unit, Expression.class, SelfClosedLocals::isValueShape)) {
      Optional<String> local = localAssigned(value);
      if (local.isEmpty()) {
        continue;
      }
      Optional<BlockStmt> body = EnclosingBody.of(value);
      if (body.isPresent() && closedNames.getOrDefault(body.get(), Set.of()).contains(local.get())
          && ClosedLater.after(value, local.get(), body.get()) // before resolving anything
          && UnclosedResourceModel.ownsUnlistedValue(
              true, holdsNothing(value, local.get(), body.get(), attachSolver))) {
        sites.add(value);
      }
    }
    return sites;
  }

  /** Whether {@code value} is one of {@link #sites}. */
  public static boolean isSite(Expression value) {
    if (!isValueShape(value)) {
      return false;
    }
    Optional<String> local = localAssigned(value);
    Optional<BlockStmt> body = EnclosingBody.of(value);
    if (local.isEmpty() || body.isEmpty()) {
      return false;
    }
    String name = local.get();
    return UnclosedResourceModel.ownsUnlistedValue(ClosedLater.after(value, name, body.get()),
        holdsNothing(value, name, body.get(), () -> {}));
  }

  /** {@code new T(..)} (not an anonymous class) or a call. */
  private static boolean isValueShape(Expression expression) {
    if (expression instanceof EnclosedExpr || expression instanceof CastExpr) {
      return false; // the inner expression is the candidate
    }
    if (expression instanceof MethodCallExpr call) {
      // statement.getResultSet(): the tables know it as a view its statement closes
      return !ResourceApis.owningViewMethodNames().contains(call.getNameAsString());
    }
    return expression instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isEmpty();
  }

  /**
   * The local whose value {@code value} is: {@code T x = value;} (not a try-with-resources
   * header) or the statement {@code x = value;}.
   */
  private static Optional<String> localAssigned(Expression value) {
    Node child = Trees.wrapped(value);
    return localAssigned(child, child.getParentNode().orElse(null));
  }

  /**
   * The local that {@code child} (a value, parentheses and casts already skipped) is stored into
   * by {@code parent}: {@code T x = child;} outside a try-with-resources header, or the statement
   * {@code x = child;}; empty for any other use.
   */
  public static Optional<String> localAssigned(Node child, Node parent) {
    if (parent instanceof VariableDeclarator declarator
        && declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
        && !(declaration.getParentNode().orElse(null) instanceof TryStmt)) {
      return Optional.of(declarator.getNameAsString());
    }
    if (parent instanceof AssignExpr assign && assign.getValue() == child
        && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getParentNode().orElse(null) instanceof ExpressionStmt
        && assign.getTarget() instanceof NameExpr target) {
      return Optional.of(target.getNameAsString());
    }
    return Optional.empty();
  }

  /**
   * Whether {@code name} is a stream owned elsewhere or holding nothing: a try-with-resources
   * variable, a parameter declared as a stream, reader, writer or channel, or a local declared
   * as an in-memory one ({@code new IndentingPrintWriter(stringWriter)}).
   */
  private static boolean wrapsOthersStream(String name, BlockStmt body) {
    boolean tryResource = !body.findAll(TryStmt.class, t -> t.getResources().stream()
        .filter(VariableDeclarationExpr.class::isInstance)
        .flatMap(r -> ((VariableDeclarationExpr) r).getVariables().stream())
        .anyMatch(v -> v.getNameAsString().equals(name))).isEmpty();
    boolean inMemory = body.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name))
        .stream().anyMatch(v -> v.getType() instanceof ClassOrInterfaceType t
            && ResourceApis.isNonResourceSimpleName(t.getNameAsString()));
    boolean streamParameter = body.getParentNode()
        .filter(NodeWithParameters.class::isInstance)
        .map(m -> ((NodeWithParameters<?>) m).getParameters().stream()
            .anyMatch(p -> p.getNameAsString().equals(name)
                && p.getType() instanceof ClassOrInterfaceType t
                && ResourceApis.isStreamSimpleName(t.getNameAsString())))
        .orElse(false);
    return tryResource || streamParameter || inMemory;
  }

  /**
   * Whether {@code argument} is an instance field ({@code reader}, {@code this.reader}) declared as
   * a stream, reader, writer or channel: the object's stream, which the object closes (H2's {@code
   * RunScriptCommand}: {@code new ScriptReader(reader)}, closed with it by {@code closeIO()}), so a
   * wrapper over it holds nothing the method must close. Resolved, as the field may be inherited.
   */
  private static boolean isStreamField(Expression argument, BlockStmt body) {
    String name;
    if (argument instanceof NameExpr field) {
      name = field.getNameAsString();
      if (!body.findAll(VariableDeclarator.class, v -> v.getNameAsString().equals(name)).isEmpty()
          || body.getParentNode().filter(NodeWithParameters.class::isInstance)
              .map(m -> ((NodeWithParameters<?>) m).getParameterByName(name).isPresent())
              .orElse(false)) {
        return false; // a local or a parameter of that name
      }
    } else if (argument instanceof FieldAccessExpr access
        && access.getScope() instanceof ThisExpr) {
      name = access.getNameAsString();
    } else {
      return false;
    }
    return Solver.ask(() -> { // unknown: the method may own it
      var declaration = argument instanceof NameExpr field ? field.resolve()
          : ((FieldAccessExpr) argument).resolve();
      if (!declaration.isField() || declaration.asField().isStatic()
          || !declaration.getType().isReferenceType()) {
        return false;
      }
      String type = declaration.getType().asReferenceType().getQualifiedName();
      return ResourceApis.isStreamSimpleName(UnclosedResourceModel.simpleName(type));
    }).orElse(false);
  }

  /**
   * Whether the value holds nothing: an in-memory closeable created (a table's, or a class of the
   * scanned tree whose {@code close()} releases only memory), a call whose result the tables know
   * holds only memory, a helper of the file returning only wrappers of a standard stream, or the
   * local declared as one (or as a primitive, an array, a {@code String}).
   */
  private static boolean holdsNothing(Expression value, String name, BlockStmt body,
      Runnable attachSolver) {
    return holdsNothingBySpelling(value, name, body)
        || holdsOnlyMemoryResolved(value, attachSolver);
  }

  /**
   * Whether {@code value} is a {@code new} of a class of the scanned tree whose {@code close()}
   * releases only memory, or a call whose result the tables know holds only memory.
   */
  private static boolean holdsOnlyMemoryResolved(Expression value, Runnable attachSolver) {
    if (value instanceof ObjectCreationExpr creation) {
      attachSolver.run();
      return SourceCloseMethods.createdHoldsOnlyMemory(creation);
    }
    if (value instanceof MethodCallExpr call
        && MemoryOnlyCloseables.mayReturnOnlyMemory(call.getNameAsString())) {
      attachSolver.run();
      return SourceCloseMethods.returnsOnlyMemory(call); // tokenBuffer.asParser(p)
    }
    return false;
  }

  private static boolean holdsNothingBySpelling(Expression value, String name, BlockStmt body) {
    if (value instanceof MethodCallExpr call && LocalFactories.returnsNothingOwned(call)) {
      return true; // wrapSystemOut() of the file: a wrapper of System.out, owned by nobody
    }
    if (value instanceof ObjectCreationExpr creation
        && ResourceApis.isNonResourceSimpleName(creation.getType().getNameAsString())) {
      return true;
    }
    if (value instanceof ObjectCreationExpr creation && creation.getArguments().isNonEmpty()
        && Trees.stripped(creation.getArgument(0)) instanceof NameExpr first
        && wrapsOthersStream(first.getNameAsString(), body)) {
      return true; // new POIFSFileSystem(fis) on a stream a try-with-resources or the caller closes
    }
    if (value instanceof ObjectCreationExpr creation && creation.getArguments().isNonEmpty()
        && isStreamField(Trees.stripped(creation.getArgument(0)), body)) {
      return true; // new ScriptReader(reader) on the object's own stream, closed as it is closed
    }
    List<VariableDeclarator> declarations = body.findAll(VariableDeclarator.class,
        v -> v.getNameAsString().equals(name));
    if (declarations.size() != 1) {
      return true; // a field of that name, or a name declared twice: not followed
    }
    Type declared = declarations.get(0).getType();
    if (declared.isVarType()) {
      return false;
    }
    if (!(declared instanceof ClassOrInterfaceType type)) {
      return true;
    }
    String simple = type.getNameAsString();
    return ResourceApis.isNonResourceSimpleName(simple) || simple.equals("String")
        || simple.equals("Object");
  }
}
