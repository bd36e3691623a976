package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.google.common.collect.Iterables;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.model.MethodBodies;
import dev.leakproof.checks.model.threadlocal.BufferLending;
import dev.leakproof.checks.model.threadlocal.BufferLending.Callee;
import dev.leakproof.checks.model.threadlocal.BufferLending.Chain;
import dev.leakproof.checks.model.threadlocal.BufferLending.Step;
import dev.leakproof.scanner.engine.Bodies;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.rules.resource.CalleeSummaries;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each mention of a per-thread buffer's value does with it, for {@link BufferLending}: the
 * scanner's reading of a {@code get()}'s value through locals, private methods of the class and
 * the methods it is lent to, whose bodies the symbol solver finds in any file of the scanned
 * sources.
 */
public final class BufferMentions {
  /** A mention, compared by identity (JavaParser's nodes are equal when they read the same). */
  public record Mention(Node node) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Mention m && m.node == node;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(node);
    }
  }

  private final SourceFile file;
  private final Node topLevel;

  public BufferMentions(SourceFile file, Node topLevel) {
    this.file = file;
    this.topLevel = topLevel;
  }

  /** Whether every {@code get()} in {@code gets} is emptied before it is filled. */
  public boolean emptiedBeforeEveryFill(List<MethodCallExpr> gets) {
    return BufferLending.emptiedBeforeEveryFill(gets.stream().map(Mention::new).toList(),
        this::step);
  }

  private Step<Mention> step(Mention mention) {
    Node value = Trees.wrapped(mention.node());
    Node parent = value.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator declarator
        && declarator.getInitializer().filter(init -> init == value).isPresent()
        && declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration) {
      String local = declarator.getNameAsString();
      return emptiedRightAfter(declaration, local) ? new Step.EmptiedNext<>() : moves(value, local);
    }
    if (parent instanceof AssignExpr assign && assign.getValue() == value
        && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getTarget() instanceof NameExpr target) {
      String local = target.getNameAsString();
      if (!isLocal(assign, local)) {
        return new Step.Escapes<>(); // a field: any method may fill it
      }
      return emptiedRightAfter(assign, local) ? new Step.EmptiedNext<>() : moves(value, local);
    }
    if (parent instanceof ReturnStmt) {
      return returned(parent);
    }
    if (parent instanceof MethodCallExpr call) {
      int index = Iterables.indexOf(call.getArguments(), a -> a == value);
      if (index >= 0) {
        return passed(call, index);
      }
    }
    return new Step.Escapes<>();
  }

  private static Step<Mention> moves(Node value, String local) {
    Optional<Node> scope = scopeOf(value);
    return scope.<Step<Mention>>map(s -> new Step.Moves<>(mentionsOf(s, local)))
        .orElseGet(Step.Escapes::new);
  }

  /** Out of a private method of the class: every call of that name (only the class calls it). */
  private Step<Mention> returned(Node returnStatement) {
    Optional<Node> scope = scopeOf(returnStatement);
    if (scope.isEmpty() || !(scope.get() instanceof MethodDeclaration method)
        || !method.isPrivate() || !LoopScope.isWithin(method, topLevel)) {
      return new Step.Escapes<>();
    }
    String name = method.getNameAsString();
    int arity = method.getParameters().size();
    if (Trees.findAll(topLevel, MethodReferenceExpr.class).stream()
        .anyMatch(reference -> reference.getIdentifier().equals(name))) {
      return new Step.Escapes<>(); // called where this file does not show
    }
    List<Mention> calls = new ArrayList<>();
    for (MethodCallExpr call : Trees.findAll(topLevel, MethodCallExpr.class)) {
      if (call.getNameAsString().equals(name) && call.getArguments().size() == arity) {
        calls.add(new Mention(call));
      }
    }
    return new Step.Moves<>(calls);
  }

  private Step<Mention> passed(MethodCallExpr call, int index) {
    Optional<MethodDeclaration> callee = declarationOf(call);
    if (callee.isEmpty() || callee.get().getBody().isEmpty()
        || index >= callee.get().getParameters().size()
        || callee.get().getParameter(index).isVarArgs()) {
      return new Step.Escapes<>();
    }
    MethodDeclaration method = callee.get();
    String parameter = method.getParameter(index).getNameAsString();
    BlockStmt body = method.getBody().get();
    if (method.isPrivate() && LoopScope.isWithin(method, topLevel)) {
      return new Step.Moves<>(mentionsOf(body, parameter));
    }
    if (!cannotBeOverridden(method)) {
      return new Step.Escapes<>();
    }
    return new Step.Lent<>(lentTo(body, parameter));
  }

  private static Callee lentTo(BlockStmt body, String parameter) {
    return new Callee() {
      @Override
      public boolean firstStatementEmpties() {
        return !body.getStatements().isEmpty() && empties(body.getStatement(0), parameter);
      }

      @Override
      public List<Chain> otherMentions() {
        List<Chain> chains = new ArrayList<>();
        Statement first = body.getStatements().isEmpty() ? null : body.getStatement(0);
        for (NameExpr mention : Trees.findAll(body, NameExpr.class)) {
          if (!mention.getNameAsString().equals(parameter)
              || first != null && mention.findAncestor(Statement.class).orElse(null) == first) {
            continue;
          }
          if (Trees.inNestedCode(mention, body)) {
            return null;
          }
          List<String> calls = new ArrayList<>();
          Expression chain = mention;
          while (chain.getParentNode().orElse(null) instanceof MethodCallExpr outer
              && outer.getScope().orElse(null) == chain) {
            calls.add(outer.getNameAsString());
            chain = outer;
          }
          if (calls.isEmpty()) {
            return null; // assigned, passed on, returned or stored
          }
          boolean statement = chain.getParentNode().orElse(null) instanceof ExpressionStmt;
          chains.add(new Chain(calls, statement));
        }
        return chains;
      }
    };
  }

  /** Whether {@code statement} is {@code parameter.setLength(0);} or another emptying call. */
  private static boolean empties(Statement statement, String local) {
    if (!(statement instanceof ExpressionStmt expression)
        || !(expression.getExpression() instanceof MethodCallExpr empty)) {
      return false;
    }
    boolean zero = empty.getArguments().size() == 1
        && empty.getArgument(0) instanceof IntegerLiteralExpr literal
        && literal.getValue().equals("0");
    return empty.getScope().filter(scope -> scope instanceof NameExpr name
            && name.getNameAsString().equals(local)).isPresent()
        && ThreadLocalApis.emptiesBuffer(empty.getNameAsString(), empty.getArguments().size(),
            zero);
  }

  /**
   * Whether {@code store} ({@code StringBuilder buf = F.get()} or {@code buf = F.get()}) is a
   * statement of its own whose very next statement empties {@code local}.
   */
  public static boolean emptiedRightAfter(Expression store, String local) {
    if (!(store.getParentNode().orElse(null) instanceof ExpressionStmt stored)
        || !(stored.getParentNode().orElse(null) instanceof BlockStmt block)) {
      return false;
    }
    List<Statement> statements = block.getStatements();
    int at = Iterables.indexOf(statements, s -> s == stored);
    return at >= 0 && at + 1 < statements.size() && empties(statements.get(at + 1), local);
  }

  /**
   * The method call's declaration in the scanned sources, by the solver or, when it cannot
   * resolve the call, as the one method of the call's own class with that name and arity.
   */
  private Optional<MethodDeclaration> declarationOf(MethodCallExpr call) {
    try {
      file.resolution(); // attaches the solver, as every rule that resolves does
      Optional<Node> ast = Bodies.of(call.resolve());
      if (ast.isPresent() && ast.get() instanceof MethodDeclaration method) {
        CalleeSummaries.withSolverOf(call, method); // read the callee with the caller's solver
        return Optional.of(method);
      }
      return Optional.empty();
    } catch (RuntimeException | StackOverflowError unresolved) {
      if (call.getScope().isPresent() && !call.getScope().get().isThisExpr()) {
        return Optional.empty();
      }
      Optional<TypeDeclaration> type = call.findAncestor(TypeDeclaration.class);
      if (type.isEmpty()) {
        return Optional.empty();
      }
      List<MethodDeclaration> candidates = ((TypeDeclaration<?>) type.get())
          .getMethodsByName(call.getNameAsString()).stream()
          .filter(m -> m.getParameters().size() == call.getArguments().size())
          .toList();
      return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
  }

  /**
   * {@link MethodBodies#cannotBeOverridden} for {@code method}: its class is final when declared
   * so, a record, or an enum whose constants have no bodies (a constant's body may override it).
   */
  public static boolean cannotBeOverridden(MethodDeclaration method) {
    return MethodBodies.cannotBeOverridden(method.isStatic(), method.isPrivate(),
        method.isFinal(), false, () -> {
          Node owner = method.getParentNode().orElse(null);
          return owner instanceof ClassOrInterfaceDeclaration type && !type.isInterface()
              && type.hasModifier(Modifier.Keyword.FINAL)
              || owner instanceof EnumDeclaration declared && declared.getEntries().stream()
                  .allMatch(constant -> constant.getClassBody().isEmpty())
              || owner instanceof RecordDeclaration;
        });
  }

  /** Whether {@code name} is declared in {@code node}'s method or lambda (a local or parameter). */
  private static boolean isLocal(Node node, String name) {
    Optional<Node> scope = scopeOf(node);
    return scope.isPresent()
        && (Trees.findAll(scope.get(), VariableDeclarator.class).stream()
                .anyMatch(v -> v.getNameAsString().equals(name)
                    && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr)
            || Trees.findAll(scope.get(), Parameter.class).stream()
                .anyMatch(p -> p.getNameAsString().equals(name)));
  }

  /** Every mention of {@code name} in {@code scope} that reads it (not an assignment's target). */
  private static List<Mention> mentionsOf(Node scope, String name) {
    List<Mention> mentions = new ArrayList<>();
    for (NameExpr mention : Trees.findAll(scope, NameExpr.class)) {
      if (mention.getNameAsString().equals(name)
          && !(mention.getParentNode().orElse(null) instanceof AssignExpr assign
              && assign.getTarget() == mention)) {
        mentions.add(new Mention(mention));
      }
    }
    return mentions;
  }

  /** The nearest method, constructor or lambda around {@code node}, within this class's body. */
  private static Optional<Node> scopeOf(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof LambdaExpr || n instanceof CallableDeclaration<?>) {
        return Optional.of(n);
      }
      if (n instanceof TypeDeclaration<?> || n instanceof ObjectCreationExpr) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
