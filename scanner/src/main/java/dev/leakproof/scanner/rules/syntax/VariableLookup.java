package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import dev.leakproof.scanner.engine.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Finds the declaration a variable reference means by Java's scoping rules, using only the
 * file's syntax: walks outwards from the use through blocks, loop headers, lambdas, methods and
 * classes. Cheap, and exact for what it answers; what it cannot see (inherited fields, static
 * imports) it hands to the symbol solver as {@link Declaration.Kind#ELSEWHERE}.
 */
public final class VariableLookup {
  private static final DataKey<Set<String>> PATTERN_VARIABLES = new DataKey<>() {};

  private VariableLookup() {}

  /** The variable a name ({@code s}) or this-access ({@code this.s}) refers to. */
  public static Optional<Declaration> of(Expression reference) {
    if (reference instanceof NameExpr name) {
      return Optional.of(ofName(name, name.getNameAsString()));
    }
    if (reference instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr self) {
      return Optional.of(ofThisField(access, self, access.getNameAsString()));
    }
    return Optional.empty();
  }

  /** The name of the variable {@code reference} denotes, if it is a plain or this-access. */
  public static Optional<String> variableName(Expression reference) {
    if (reference instanceof NameExpr name) {
      return Optional.of(name.getNameAsString());
    }
    if (reference instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
      return Optional.of(access.getNameAsString());
    }
    return Optional.empty();
  }

  private static Declaration ofName(Node use, String name) {
    // Pattern variables (o instanceof String s) have flow-dependent scope: not worth guessing.
    boolean patternNamed = use.findCompilationUnit()
        .map(cu -> patternVariables(cu).contains(name))
        .orElse(true);
    if (patternNamed) {
      return Declaration.unknown();
    }
    Node child = use;
    for (Node scope = parent(use); scope != null; child = scope, scope = parent(scope)) {
      Optional<Declaration> found = declaredIn(scope, child, name);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return Declaration.elsewhere();
  }

  /**
   * The names of the file's pattern variables, collected once per tree (kept on the tree, so it
   * goes with it): a walk of the whole file per variable lookup was most of the scanner's time.
   */
  private static Set<String> patternVariables(CompilationUnit unit) {
    if (unit.containsData(PATTERN_VARIABLES)) {
      return unit.getData(PATTERN_VARIABLES);
    }
    Set<String> names = new HashSet<>();
    Trees.findAll(unit, TypePatternExpr.class).forEach(p -> names.add(p.getNameAsString()));
    unit.setData(PATTERN_VARIABLES, names);
    return names;
  }

  private static Optional<Declaration> declaredIn(Node scope, Node child, String name) {
    if (scope instanceof BlockStmt block) {
      return localBefore(block.getStatements(), child, name);
    }
    if (scope instanceof SwitchEntry entry) {
      return localBefore(entry.getStatements(), child, name);
    }
    if (scope instanceof SwitchNode switchNode) {
      // An old-style switch block is one scope: earlier entries' locals are visible later.
      for (SwitchEntry entry : switchNode.getEntries()) {
        if (entry == child) {
          break;
        }
        Optional<Declaration> found = localBefore(entry.getStatements(), null, name);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (scope instanceof ForStmt loop) {
      for (Expression init : loop.getInitialization()) {
        Optional<Declaration> found = declaredBy(init, name);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (scope instanceof ForEachStmt loop && child != loop.getIterable()) {
      return declaredBy(loop.getVariable(), name);
    }
    if (scope instanceof TryStmt tryStmt) {
      for (Expression resource : tryStmt.getResources()) {
        Optional<Declaration> found = declaredBy(resource, name);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (scope instanceof CatchClause clause) {
      return parameterNamed(List.of(clause.getParameter()), name);
    }
    if (scope instanceof LambdaExpr lambda) {
      return parameterNamed(lambda.getParameters(), name);
    }
    if (scope instanceof CallableDeclaration<?> callable) {
      return parameterNamed(callable.getParameters(), name);
    }
    if (scope instanceof TypeDeclaration<?> type) {
      Optional<Declaration> field = fieldNamed(type.getMembers(), name);
      if (field.isPresent()) {
        return field;
      }
      // A superclass's field would be found before any outer declaration.
      boolean extendsSomething = type instanceof ClassOrInterfaceDeclaration c
          && !c.isInterface() && !c.getExtendedTypes().isEmpty();
      return extendsSomething ? Optional.of(Declaration.elsewhere()) : Optional.empty();
    }
    if (scope instanceof ObjectCreationExpr creation && child instanceof BodyDeclaration<?>) {
      // An anonymous class body: its own fields, else whatever its supertype declares.
      return Optional.of(creation.getAnonymousClassBody()
          .flatMap(body -> fieldNamed(body, name))
          .orElse(Declaration.elsewhere()));
    }
    return Optional.empty();
  }

  private static Declaration ofThisField(FieldAccessExpr access, ThisExpr self, String name) {
    Optional<String> qualifier = self.getTypeName().map(n -> n.getIdentifier());
    Node child = access;
    for (Node scope = parent(access); scope != null; child = scope, scope = parent(scope)) {
      if (scope instanceof TypeDeclaration<?> type
          && (qualifier.isEmpty() || qualifier.get().equals(type.getNameAsString()))) {
        return fieldNamed(type.getMembers(), name).orElse(Declaration.elsewhere());
      }
      if (qualifier.isEmpty() && scope instanceof ObjectCreationExpr creation
          && child instanceof BodyDeclaration<?>) {
        return creation.getAnonymousClassBody().flatMap(body -> fieldNamed(body, name))
            .orElse(Declaration.elsewhere());
      }
    }
    return Declaration.elsewhere();
  }

  private static Optional<Declaration> localBefore(List<Statement> statements, Node child,
      String name) {
    Optional<Declaration> found = Optional.empty();
    // Indexed loops here: asked for every name a rule follows, with the quick compiler only
    // (no escape analysis), each for-each loop over a NodeList made two iterators, 5% of a
    // scan's allocation (JFR, scanner/bench/README.md).
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (statement == child) {
        break;
      }
      if (statement instanceof ExpressionStmt expression) {
        Optional<Declaration> here = declaredBy(expression.getExpression(), name);
        if (here.isPresent()) {
          found = here;
        }
      }
    }
    return found;
  }

  private static Optional<Declaration> declaredBy(Expression expression, String name) {
    if (expression instanceof VariableDeclarationExpr declaration) {
      List<VariableDeclarator> variables = declaration.getVariables();
      for (int i = 0; i < variables.size(); i++) {
        VariableDeclarator variable = variables.get(i);
        if (variable.getNameAsString().equals(name)) {
          return Optional.of(Declaration.local(variable));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Declaration> parameterNamed(List<Parameter> parameters, String name) {
    return parameters.stream().filter(p -> p.getNameAsString().equals(name)).findFirst()
        .map(Declaration::local);
  }

  private static Optional<Declaration> fieldNamed(List<BodyDeclaration<?>> members, String name) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i) instanceof FieldDeclaration field) {
        List<VariableDeclarator> variables = field.getVariables();
        for (int j = 0; j < variables.size(); j++) {
          VariableDeclarator variable = variables.get(j);
          if (variable.getNameAsString().equals(name)) {
            return Optional.of(Declaration.field(variable));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Node parent(Node node) {
    return node.getParentNode().orElse(null);
  }
}
