package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A holder built over the resource's local in a later statement, which takes the resource's
 * place ({@link UnclosedResourceModel#holderTakesThePlace}): {@code in = open(f); reader = new
 * BufferedReader(new InputStreamReader(in));}. Found by names, as the walk matches variables.
 *
 * @param name the holder's local
 * @param mention the resource's mention the holder is built on (no hand-over then)
 * @param value the outermost {@code new} of the holder, stored into {@code name}
 */
public record LaterHolders(String name, NameExpr mention, Expression value) {

  /** The holder of the resource in the local {@code variable} acquired by {@code acquisition}. */
  public static Optional<LaterHolders> of(Node body, String variable, Expression acquisition) {
    List<LaterHolders> found = new ArrayList<>();
    for (NameExpr mention : body.findAll(NameExpr.class,
        n -> n.getNameAsString().equals(variable))) {
      holderOf(mention).ifPresent(found::add);
    }
    if (found.size() != 1) {
      return Optional.empty(); // none, or two holders: not followed
    }
    LaterHolders holder = found.get(0);
    if (holder.name.equals(variable) || !isLocalAssignedOnlyBy(body, holder)) {
      return Optional.empty();
    }
    // a wrapper owns its first argument only: new Transfer(session, socket) is no known wrapper
    boolean knownWrappers = holder.mention.getParentNode().orElse(null)
        instanceof ObjectCreationExpr innermost && innermost.getArgument(0) == holder.mention;
    for (Node layer = holder.mention.getParentNode().orElse(null); layer != null;
        layer = layer.getParentNode().orElse(null)) {
      if (layer instanceof ObjectCreationExpr creation) {
        knownWrappers &= Acquisitions.isKnownWrapper(creation);
      }
      if (layer == holder.value) {
        break;
      }
    }
    boolean decided = UnclosedResourceModel.holderTakesThePlace(knownWrappers,
        ClosedLater.after(holder.value, holder.name, body), true,
        innermostLoop(acquisition) == innermostLoop(holder.value));
    return decided ? Optional.of(holder) : Optional.empty();
  }

  /**
   * The holder {@code mention} is an argument of: a {@code new} given it, then a chain of {@code
   * new}s each the first argument of the next, whose outermost is declared into or assigned to a
   * local.
   */
  private static Optional<LaterHolders> holderOf(NameExpr mention) {
    Node child = mention;
    Node parent = skipParentheses(child);
    Expression top = null;
    while (parent instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isEmpty() && creation.getArguments().isNonEmpty()
        && (top == null ? creation.getArguments().contains(child)
            : creation.getArgument(0) == child)) {
      top = creation;
      child = parent;
      parent = skipParentheses(child);
    }
    if (top == null) {
      return Optional.empty();
    }
    Node value = top;
    Node up = top.getParentNode().orElse(null);
    while (up instanceof EnclosedExpr || up instanceof CastExpr) {
      value = up;
      up = up.getParentNode().orElse(null);
    }
    Expression outermost = top;
    return SelfClosedLocals.localAssigned(value, up)
        .map(name -> new LaterHolders(name, mention, outermost));
  }

  private static Node skipParentheses(Node child) {
    Node parent = child.getParentNode().orElse(null);
    return parent instanceof EnclosedExpr ? skipParentheses(parent) : parent;
  }

  /**
   * Whether the holder is a local of {@code body} declared once, not a parameter, and given a
   * value only by the holder's {@code new}: declared with it, or declared without a value and
   * assigned it once, so every mention of the holder runs after it (definite assignment). A
   * holder declared {@code = null} may be closed in a {@code finally} before it holds anything
   * (Ant's BZip2.pack: {@code bos.write('B')} throwing before {@code zOut = new
   * CBZip2OutputStream(bos)}): not followed.
   */
  private static boolean isLocalAssignedOnlyBy(Node body, LaterHolders holder) {
    List<VariableDeclarator> declarations = body.findAll(VariableDeclarator.class,
        v -> v.getNameAsString().equals(holder.name));
    if (declarations.size() != 1 || !body.findAll(Parameter.class,
        p -> p.getNameAsString().equals(holder.name)).isEmpty()) {
      return false;
    }
    Expression initializer = declarations.get(0).getInitializer().orElse(null);
    List<AssignExpr> assignments = body.findAll(AssignExpr.class,
        a -> a.getTarget() instanceof NameExpr target
            && target.getNameAsString().equals(holder.name));
    if (initializer != null && Acquisitions.unwrap(initializer) == holder.value) {
      return assignments.isEmpty();
    }
    return initializer == null && assignments.size() == 1
        && Acquisitions.unwrap(assignments.get(0).getValue()) == holder.value;
  }

  private static Node innermostLoop(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt
          || n instanceof DoStmt) {
        return n;
      }
    }
    return null;
  }

  /** Whether {@code creation} is the holder's innermost {@code new}, given the resource itself. */
  public boolean isBuiltDirectlyBy(ObjectCreationExpr creation) {
    return creation.getArguments().isNonEmpty()
        && Acquisitions.unwrap(creation.getArgument(0)) == mention;
  }

  /** Whether {@code value} (parentheses and casts skipped) is this holder's {@code new}. */
  public boolean isValue(Expression assigned) {
    return Acquisitions.unwrap(assigned) == value;
  }

}
