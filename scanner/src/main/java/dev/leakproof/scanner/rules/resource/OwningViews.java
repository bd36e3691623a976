package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.ResourceMentions.Uses;
import dev.leakproof.checks.model.resource.TiedResults;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Solver;

/**
 * Result sets derived from a statement ({@code statement.getResultSet()}; see {@link
 * ResourceApis#derivesOwningView}) and whether one leaves the body, taking its statement along.
 * The whole body is asked, not one path: it leaves when the method is declared to return a
 * {@code ResultSet} (the path returning {@code null} cannot be told apart from the one returning
 * the result set), when the call's value is returned, passed on or stored anywhere but a local,
 * or when the local it is kept in {@linkplain VariableUses escapes}. The same for a closeable
 * tied to its receiver ({@link #tiedResultLetsGo}).
 */
final class OwningViews {
  private OwningViews() {}

  /** Whether {@code call} derives a result set that carries its statement; unresolved: no. */
  static boolean derives(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!ResourceApis.owningViewMethodNames().contains(name)) {
      return false;
    }
    // Unresolved: then it is any closeable-returning call, taken to hand the resource on.
    return Solver.ask(() -> Solver.isOrExtends(call.resolve().declaringType(),
        type -> ResourceApis.derivesOwningView(type, name))).orElse(false);
  }

  /** Whether the result set {@code call} derives leaves {@code body}. */
  static boolean leaves(MethodCallExpr call, Node body) {
    if (body.getParentNode().orElse(null) instanceof MethodDeclaration method
        && isOwningView(method.getType())) {
      return true;
    }
    Kept kept = keptIn(call, body);
    return kept != Kept.DROPPED
        && (kept == null || VariableUses.of(kept.scope(), kept.name()).leavesSomewhere());
  }

  /**
   * Whether the closeable tied to its receiver that {@code call} returns ({@link
   * ClosingResultCalls#returnsTied}: {@code itr = txn.read(zxid)}) lets the receiver go ({@link
   * TiedResults#letResourceGo}): returned, passed on or stored anywhere but a local, or kept in a
   * local that escapes or is handed over other than to a callee that keeps nothing of it.
   */
  static boolean tiedResultLetsGo(MethodCallExpr call, Node body) {
    Kept kept = keptIn(call, body);
    if (kept == Kept.DROPPED) {
      return false;
    }
    if (kept == null) {
      return true;
    }
    Uses<NameExpr> uses = VariableUses.of(kept.scope(), kept.name());
    return TiedResults.letResourceGo(uses.escapes(), uses.handOvers(),
        CalleeSummaries::keepsNothingOf);
  }

  /**
   * The local a call's value is kept in, declared once in the body, and the part of the body that
   * sees it; {@link #DROPPED} for a value dropped at once; null when the value is returned,
   * passed on, stored in a field or array, or kept in a form we do not follow.
   */
  private record Kept(String name, Node scope) {
    static final Kept DROPPED = new Kept(null, null);
  }

  private static Kept keptIn(MethodCallExpr call, Node body) {
    Node child = Trees.wrapped(call);
    Node parent = child.getParentNode().orElse(null);
    if (parent instanceof ExpressionStmt) {
      return Kept.DROPPED; // statement.getResultSet(); dropped at once
    }
    String kept = null;
    Node scope = body;
    if (parent instanceof VariableDeclarator declarator
        && declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
      kept = declarator.getNameAsString();
      // Declared here: only its own block can see it, so a namesake in a sibling block (two
      // branches that each read a `rs`) does not count as a second declaration.
      scope = declarator.findAncestor(BlockStmt.class).<Node>map(b -> b)
          .filter(body::isAncestorOf).orElse(body);
    } else if (parent instanceof AssignExpr assign && assign.getValue() == child
        && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getTarget() instanceof NameExpr name) {
      kept = name.getNameAsString();
    }
    if (kept == null) {
      return null; // returned, passed on, stored in a field or array, or a form we do not follow
    }
    // A name declared once as a local of the body (VariableUses insists); a field escapes.
    String local = kept;
    boolean declaredHere = !Trees.findAll(body, VariableDeclarator.class,
        v -> v.getNameAsString().equals(local)
            && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr).isEmpty();
    return declaredHere ? new Kept(kept, scope) : null;
  }

  /** Whether the declared type is {@code java.sql.ResultSet} or a subtype; by name if unresolved. */
  private static boolean isOwningView(Type type) {
    String wanted = ResourceApis.owningViewType();
    return Solver.ask(() -> {
      ResolvedType resolved = type.resolve();
      return resolved.isReferenceType()
          && Solver.isOrExtends(resolved.asReferenceType(), wanted::equals);
    }).orElseGet(() -> type.asString().equals(wanted)
        || type.asString().equals(wanted.substring(wanted.lastIndexOf('.') + 1)));
  }

  /**
   * Whether the closeable view {@code call} makes leaves {@code body} only by being returned:
   * {@code return conn.getClient()}, or kept in a local declared once that is only used, never
   * closed, and returned ({@code BinaryClient client = conn.getClient(); client.send(..); return
   * client;}).
   */
  static boolean onlyReturned(MethodCallExpr call, Node body) {
    Node child = Trees.wrapped(call);
    Node parent = child.getParentNode().orElse(null);
    if (parent instanceof ReturnStmt) {
      return true;
    }
    if (!(parent instanceof VariableDeclarator declarator)
        || declarator.getInitializer().orElse(null) != child
        || !(declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr)) {
      return false;
    }
    Uses<NameExpr> uses = VariableUses.of(body, declarator.getNameAsString());
    return !uses.escapes() && !uses.closedSomewhere() && uses.handedOverSomewhere()
        && uses.handOvers().stream()
            .allMatch(h -> h.getParentNode().orElse(null) instanceof ReturnStmt);
  }
}
