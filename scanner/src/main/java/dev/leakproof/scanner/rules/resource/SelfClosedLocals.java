package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.leakproof.checks.knowledge.ClosingResults;
import dev.leakproof.checks.knowledge.MemoryOnlyCloseables;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnlistedValues;
import dev.leakproof.checks.model.resource.UnlistedValues.FirstArgument;
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
 * Locals that no knowledge table knows as resources but that the method closes after acquiring
 * them ({@link UnlistedValues#ownsUnlistedValue}): {@code fs = new POIFSFileSystem(file); …
 * fs.close();}, {@code InputStream in = part.getInputStream(); … in.close();}. Found by names
 * alone, nothing resolved, so a type the solver cannot see (a file scanned without its
 * project's jars) counts too: a declaration of, or a plain assignment to, a local whose value is
 * a {@code new} or a call, and a {@code close()} on that name, a quiet-close helper given it, or
 * a {@code try (name)} after it, on its path ({@link ClosedLater}). What the model asks is read
 * from spellings, resolving only where a spelling cannot tell ({@link Created}, {@link
 * Called}).
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
      // UnlistedValues.ownsUnlistedValue with its last question first: a close of that name
      // after the value is found from spellings, before anything is resolved
      if (body.isPresent() && closedNames.getOrDefault(body.get(), Set.of()).contains(local.get())
          && ClosedLater.after(value, local.get(), body.get())
          && UnlistedValues.mayBeOwn(
              facts(value, new Local(local.get(), body.get(), attachSolver)))) {
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
    return UnlistedValues.ownsUnlistedValue(facts(value, new Local(name, body.get(), () -> {})),
        () -> ClosedLater.after(value, name, body.get()));
  }

  private static UnlistedValues.Value facts(Expression value, Local local) {
    return value instanceof ObjectCreationExpr creation ? new Created(creation, local)
        : new Called((MethodCallExpr) value, local);
  }

  /** {@code new T(..)} or a call. */
  private static boolean isValueShape(Expression expression) {
    return expression instanceof MethodCallExpr || expression instanceof ObjectCreationExpr;
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
   * The local {@code name} of {@code body} a value is stored into; {@code attachSolver} runs
   * before anything is resolved.
   */
  private record Local(String name, BlockStmt body, Runnable attachSolver) {
    /**
     * The created type's name is an in-memory closeable's, or the local is declared as one (or
     * as a primitive, an array, a {@code String} or {@code Object}, which the scanner cannot see
     * further). A name declared more than once in the body, or not at all (a field), is not
     * followed: it answers true.
     */
    boolean nonResourceType(Expression value) {
      if (value instanceof ObjectCreationExpr creation
          && ResourceApis.isNonResourceSimpleName(creation.getType().getNameAsString())) {
        return true;
      }
      List<VariableDeclarator> declarations = Trees.findAll(body, VariableDeclarator.class,
          v -> v.getNameAsString().equals(name));
      if (declarations.size() != 1) {
        return true;
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

  /** The facts {@link UnlistedValues} asks of a {@code new}, read from spellings. */
  private record Created(ObjectCreationExpr creation, Local local)
      implements UnlistedValues.Creation {
    @Override
    public boolean anonymousClass() {
      // new Journal(file) {…} without a close() of its own runs Journal's, judged by its name
      return creation.getAnonymousClassBody().filter(body -> body.stream().anyMatch(
          member -> member instanceof MethodDeclaration method
              && method.getNameAsString().equals("close") && method.getParameters().isEmpty()))
          .isPresent();
    }

    @Override
    public boolean knownToTables() {
      String created = creation.getType().getNameAsString();
      return ResourceApis.knownTypeSimpleNames().contains(created)
          && !ResourceApis.libraryTypeSimpleNames().contains(created);
    }

    @Override
    public FirstArgument firstArgument() {
      if (creation.getArguments().isEmpty()) {
        return FirstArgument.OTHER;
      }
      Expression first = Trees.stripped(creation.getArgument(0));
      if (first instanceof NameExpr argument) {
        FirstArgument named = ofLocalOrParameter(argument.getNameAsString());
        if (named != FirstArgument.OTHER) {
          return named;
        }
      }
      return isStreamField(first, local.body(), local.attachSolver())
          ? FirstArgument.STREAM_FIELD : FirstArgument.OTHER;
    }

    /**
     * What the name given as the first argument is: a try-with-resources variable, a local
     * declared as an in-memory closeable or closed after the {@code new}, a parameter declared as a
     * stream, reader, writer or channel.
     */
    private FirstArgument ofLocalOrParameter(String argument) {
      boolean tryResource = !Trees.findAll(local.body(), TryStmt.class,
          t -> t.getResources().stream()
          .filter(VariableDeclarationExpr.class::isInstance)
          .flatMap(r -> ((VariableDeclarationExpr) r).getVariables().stream())
          .anyMatch(v -> v.getNameAsString().equals(argument))).isEmpty();
      if (tryResource) {
        return FirstArgument.CLOSED_LOCAL;
      }
      List<VariableDeclarator> locals =
          Trees.findAll(local.body(), VariableDeclarator.class,
              v -> v.getNameAsString().equals(argument));
      if (locals.stream().anyMatch(v -> v.getType() instanceof ClassOrInterfaceType t
          && ResourceApis.isNonResourceSimpleName(t.getNameAsString()))) {
        return FirstArgument.MEMORY_LOCAL;
      }
      if (!locals.isEmpty() && ClosedLater.after(creation, argument, local.body())) {
        return FirstArgument.CLOSED_LOCAL;
      }
      boolean streamParameter = local.body().getParentNode()
          .filter(NodeWithParameters.class::isInstance)
          .map(m -> ((NodeWithParameters<?>) m).getParameters().stream()
              .anyMatch(p -> p.getNameAsString().equals(argument)
                  && p.getType() instanceof ClassOrInterfaceType t
                  && ResourceApis.isStreamSimpleName(t.getNameAsString())))
          .orElse(false);
      return streamParameter ? FirstArgument.STREAM_PARAMETER : FirstArgument.OTHER;
    }

    @Override
    public boolean nonResourceType() {
      return local.nonResourceType(creation);
    }

    @Override
    public boolean closeReleasesOnlyMemory() {
      local.attachSolver().run();
      return SourceCloseMethods.createdHoldsOnlyMemory(creation);
    }
  }

  /** The facts {@link UnlistedValues} asks of a call, read from spellings. */
  private record Called(MethodCallExpr call, Local local) implements UnlistedValues.Call {
    @Override
    public String methodName() {
      return call.getNameAsString();
    }

    @Override
    public boolean viewOwnedByReceiver() {
      String name = call.getNameAsString();
      if (!ResourceApis.mayBeViewOwnedByReceiver(name) && !ClosingResults.mayCloseReceiver(name)) {
        return false; // no receiver's type can make it one: not worth resolving
      }
      local.attachSolver().run();
      return Acquisitions.isViewOwnedByReceiver(call) // response.getWriter(): the container's
          || ClosingResultCalls.closesReceiver(call); // in.getChannel(): the stream carried on
    }

    @Override
    public boolean returnsNothingOwned() {
      return LocalFactories.returnsNothingOwned(call);
    }

    @Override
    public boolean nonResourceType() {
      return local.nonResourceType(call);
    }

    @Override
    public boolean returnsOnlyMemory() {
      if (!MemoryOnlyCloseables.mayReturnOnlyMemory(call.getNameAsString())) {
        return false;
      }
      local.attachSolver().run();
      return SourceCloseMethods.returnsOnlyMemory(call); // tokenBuffer.asParser(p)
    }
  }

  /**
   * Whether {@code argument} is an instance field ({@code reader}, {@code this.reader}, {@code
   * other.reader}) declared as a stream, reader, writer or channel: an object's stream, which that
   * object closes (H2's {@code RunScriptCommand}: {@code new ScriptReader(reader)}, closed with it
   * by {@code closeIO()}), so a wrapper over it holds nothing the method must close. Resolved, as
   * the field may be inherited.
   */
  private static boolean isStreamField(Expression argument, BlockStmt body,
      Runnable attachSolver) {
    if (argument instanceof NameExpr field) {
      String name = field.getNameAsString();
      if (!Trees.findAll(body, VariableDeclarator.class,
          v -> v.getNameAsString().equals(name)).isEmpty()
          || body.getParentNode().filter(NodeWithParameters.class::isInstance)
              .map(m -> ((NodeWithParameters<?>) m).getParameterByName(name).isPresent())
              .orElse(false)) {
        return false; // a local or a parameter of that name
      }
    } else if (!(argument instanceof FieldAccessExpr)) {
      return false;
    }
    attachSolver.run();
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
}
