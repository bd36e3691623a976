package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Types;
import dev.leakproof.checks.model.outerinstance.Capture;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * Whether an expression creates an object that holds the enclosing instance of the code that
 * creates it: an inner class instance, an anonymous class whose body uses the enclosing
 * instance, a lambda that captures {@code this}, or a bound {@code this::m} reference.
 *
 * <p>Anonymous classes and lambdas are judged by their bodies, as javac does: recent javac
 * versions drop the hidden outer-instance field of an anonymous class that never uses it, and a
 * lambda captures {@code this} only when its body needs it.
 */
final class EnclosingInstanceCapture {
  private EnclosingInstanceCapture() {}

  /** What {@code expression} creates that holds the enclosing instance; empty when it holds none. */
  static Optional<Capture> of(ExpressionTree expression, VisitorState state) {
    ExpressionTree e = Casts.stripped(expression);
    if (e instanceof LambdaExpressionTree lambda) {
      return new UsesEnclosingInstance(null, state.getTypes()).foundIn(lambda.getBody())
          ? Optional.of(Capture.LAMBDA) : Optional.empty();
    }
    if (e instanceof MemberReferenceTree reference) {
      return isThisOrSuper(Casts.stripped(reference.getQualifierExpression()))
          ? Optional.of(Capture.METHOD_REFERENCE) : Optional.empty();
    }
    if (e instanceof NewClassTree newClass) {
      return newClassHoldsEnclosingInstance(newClass, state);
    }
    return Optional.empty();
  }

  private static Optional<Capture> newClassHoldsEnclosingInstance(NewClassTree newClass,
      VisitorState state) {
    Symbol constructor = ASTHelpers.getSymbol(newClass);
    if (constructor == null || !(constructor.owner instanceof ClassSymbol created)) {
      return Optional.empty();
    }
    ClassTree body = newClass.getClassBody();
    if (body == null) {
      return created.hasOuterInstance() ? Optional.of(Capture.INNER_OBJECT) : Optional.empty();
    }
    // An anonymous class: its superclass may itself need an outer instance; otherwise only
    // a use in its body keeps one.
    Symbol superclass = ASTHelpers.getSymbol(newClass.getIdentifier());
    boolean holds = superclass instanceof ClassSymbol s && s.hasOuterInstance()
        || new UsesEnclosingInstance(created, state.getTypes()).foundIn(body.getMembers());
    return holds ? Optional.of(Capture.ANONYMOUS_OBJECT) : Optional.empty();
  }

  private static boolean isThisOrSuper(ExpressionTree e) {
    if (e instanceof IdentifierTree id) {
      return id.getName().contentEquals("this") || id.getName().contentEquals("super");
    }
    return e instanceof MemberSelectTree select
        && (select.getIdentifier().contentEquals("this")
            || select.getIdentifier().contentEquals("super"));
  }

  /**
   * Scans a lambda body or anonymous class body for a use of an instance of a class that
   * encloses it: {@code this} (in a lambda), {@code Outer.this}, or an unqualified instance
   * field or method that none of the classes declared inside the scanned code (nor the
   * anonymous class itself) has.
   */
  private static final class UsesEnclosingInstance extends TreeSearch {
    /** The classes between the scanned root and the current tree, innermost first. */
    private final Deque<ClassSymbol> inside = new ArrayDeque<>();
    private final Types types;

    UsesEnclosingInstance(ClassSymbol anonymous, Types types) {
      this.types = types;
      if (anonymous != null) {
        inside.push(anonymous);
      }
    }

    @Override
    public Boolean visitClass(ClassTree tree, Void unused) {
      ClassSymbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol == null) {
        return super.visitClass(tree, unused);
      }
      if (symbol.isStatic()) {
        return false; // a static nested class cannot use an enclosing instance
      }
      inside.push(symbol);
      try {
        return super.visitClass(tree, unused);
      } finally {
        inside.pop();
      }
    }

    @Override
    public Boolean visitNewClass(NewClassTree tree, Void unused) {
      if (tree.getEnclosingExpression() == null && tree.getClassBody() == null) {
        Symbol constructor = ASTHelpers.getSymbol(tree);
        if (constructor != null && constructor.owner instanceof ClassSymbol created
            && created.hasOuterInstance() && isOutside(created.owner.enclClass())) {
          return true; // new Inner() passes the enclosing instance along
        }
      }
      return super.visitNewClass(tree, unused);
    }

    @Override
    public Boolean visitIdentifier(IdentifierTree tree, Void unused) {
      if (tree.getName().contentEquals("this") || tree.getName().contentEquals("super")) {
        return inside.isEmpty(); // in a lambda, this is the enclosing instance
      }
      Symbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol == null || symbol.isStatic() || symbol.isConstructor()) {
        return false;
      }
      boolean member = symbol.getKind() == ElementKind.FIELD || symbol.getKind() == ElementKind.METHOD;
      return member && symbol.owner instanceof ClassSymbol owner && isOutside(owner);
    }

    @Override
    public Boolean visitMemberSelect(MemberSelectTree tree, Void unused) {
      if (tree.getIdentifier().contentEquals("this") || tree.getIdentifier().contentEquals("super")) {
        Symbol qualifier = ASTHelpers.getSymbol(tree.getExpression());
        if (qualifier instanceof ClassSymbol named && isOutside(named)) {
          return true; // Outer.this
        }
      }
      return super.visitMemberSelect(tree, unused);
    }

    /** Whether a member of {@code owner} is reached through an enclosing instance. */
    private boolean isOutside(Symbol owner) {
      if (!(owner instanceof ClassSymbol ownerClass)) {
        return false;
      }
      for (ClassSymbol c : inside) {
        if (c == ownerClass || c.isSubClass(ownerClass, types)) {
          return false; // the member belongs to a class inside the scanned code
        }
      }
      return true;
    }
  }
}
