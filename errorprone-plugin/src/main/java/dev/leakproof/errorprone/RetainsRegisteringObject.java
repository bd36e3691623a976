package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.leakproof.checks.model.listener.Listener;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * Whether a listener expression holds the object whose code registers it: {@code this}
 * ({@code Outer.this}); a new inner or anonymous class instance with an outer instance; a lambda
 * that uses {@code this} (explicitly, or through an instance field or method); a method
 * reference bound to {@code this}; or a local variable or field of this object every value of
 * which is one of those. Anything else (static nested classes, lambdas capturing only locals,
 * parameters) holds nothing of the registering object as far as we can tell.
 */
final class RetainsRegisteringObject {
  private RetainsRegisteringObject() {}

  /** What {@code listener} is, when it holds the registering object; empty when it does not. */
  static Optional<Listener> of(ExpressionTree listener, VisitorState state) {
    return retains(listener, state, 0);
  }

  private static Optional<Listener> retains(ExpressionTree expression, VisitorState state, int depth) {
    ExpressionTree e = Casts.stripped(expression);
    if (isThis(e)) {
      return Optional.of(Listener.THIS);
    }
    if (e instanceof NewClassTree creation) {
      return createsWithThisOuter(creation) ? Optional.of(Listener.NEW_INNER_OBJECT) : Optional.empty();
    }
    if (e instanceof LambdaExpressionTree lambda) {
      return usesThis(lambda.getBody()) ? Optional.of(Listener.LAMBDA) : Optional.empty();
    }
    if (e instanceof MemberReferenceTree reference) {
      ExpressionTree qualifier = Casts.stripped(reference.getQualifierExpression());
      return isThis(qualifier) || isSuper(qualifier)
          ? Optional.of(Listener.METHOD_REFERENCE) : Optional.empty();
    }
    if (depth < Listener.MAX_HOLDER_DEPTH
        && (e instanceof IdentifierTree || e instanceof MemberSelectTree)) {
      Symbol symbol = ASTHelpers.getSymbol(e);
      if (symbol instanceof VarSymbol variable && isLocalOrOwnField(e, variable)) {
        return Listener.ofValues(valuesOf(variable, state),
            v -> retains(v, state, depth + 1).isPresent());
      }
    }
    return Optional.empty();
  }

  /** {@code this} or {@code Outer.this}. */
  private static boolean isThis(Tree tree) {
    return tree instanceof IdentifierTree id && id.getName().contentEquals("this")
        || tree instanceof MemberSelectTree select && select.getIdentifier().contentEquals("this");
  }

  private static boolean isSuper(Tree tree) {
    return tree instanceof IdentifierTree id && id.getName().contentEquals("super")
        || tree instanceof MemberSelectTree select && select.getIdentifier().contentEquals("super");
  }

  /**
   * A new instance that javac gives the current {@code this} as its outer instance: an inner
   * class, or an anonymous or local class declared in instance code. {@code other.new Inner()}
   * holds {@code other}, not {@code this}.
   */
  private static boolean createsWithThisOuter(NewClassTree creation) {
    if (creation.getEnclosingExpression() != null) {
      return isThis(Casts.stripped(creation.getEnclosingExpression()));
    }
    Symbol type = creation.getClassBody() != null
        ? ASTHelpers.getSymbol(creation.getClassBody())
        : ASTHelpers.getSymbol(creation.getIdentifier());
    return type instanceof ClassSymbol c && c.hasOuterInstance();
  }

  /** Whether code in a lambda body needs the enclosing {@code this}. */
  private static boolean usesThis(Tree body) {
    return new TreeSearch() {
      @Override
      public Boolean visitIdentifier(IdentifierTree id, Void unused) {
        if (isThis(id) || isSuper(id)) {
          return true;
        }
        Symbol symbol = ASTHelpers.getSymbol(id);
        return symbol != null && !symbol.isStatic() && symbol.owner instanceof ClassSymbol
            && (symbol.getKind() == ElementKind.FIELD
                || symbol.getKind() == ElementKind.METHOD);
      }

      @Override
      public Boolean visitMemberSelect(MemberSelectTree select, Void unused) {
        return isThis(select) || isSuper(select) || super.visitMemberSelect(select, unused);
      }

      @Override
      public Boolean visitNewClass(NewClassTree creation, Void unused) {
        // Do not read the body of an anonymous class: its names are its own members.
        boolean outer = creation.getEnclosingExpression() == null && createsWithThisOuter(creation);
        return outer || reduce(scan(creation.getEnclosingExpression(), unused),
            scan(creation.getArguments(), unused));
      }

      @Override
      public Boolean visitClass(ClassTree local, Void unused) {
        return false; // a local class's own members; its creation is seen by visitNewClass
      }
    }.foundIn(body);
  }

  private static boolean isLocalOrOwnField(ExpressionTree access, VarSymbol variable) {
    if (variable.getKind() == ElementKind.LOCAL_VARIABLE) {
      return true;
    }
    if (variable.getKind() != ElementKind.FIELD || variable.isStatic()) {
      return false;
    }
    return access instanceof IdentifierTree
        || access instanceof MemberSelectTree select && isThis(Casts.stripped(select.getExpression()));
  }

  /**
   * Every value assigned to {@code variable}: its initializer and the right-hand sides of
   * assignments, in the method (a local) or the class (a field) that declares it. Empty when
   * its declaration is not in this compilation unit's enclosing code.
   */
  private static List<ExpressionTree> valuesOf(VarSymbol variable, VisitorState state) {
    Tree scope = variable.getKind() == ElementKind.LOCAL_VARIABLE
        ? enclosingMethodOrClass(state)
        : ListenerSubject.enclosingClassTree(variable.owner, state);
    return Reassignments.valuesGiven(scope, variable, true);
  }

  private static Tree enclosingMethodOrClass(VisitorState state) {
    for (TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      Tree leaf = path.getLeaf();
      if (leaf instanceof MethodTree || leaf instanceof ClassTree) {
        return leaf;
      }
    }
    return null;
  }
}
