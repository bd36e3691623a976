package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * The classes of the compilation that are resources of their own ({@link
 * UnclosedResourceModel#ownClassOpensResource}): they implement {@code java.io.Closeable} or
 * {@code java.lang.AutoCloseable}, and their {@code close()}, whose tree javac shows, closes one
 * of their fields ({@code logStream.close()} in ZooKeeper's {@code FileTxnLog}). The scanner's
 * {@code OwnCloseables} reads the same from its file.
 */
final class OwnCloseables {
  private OwnCloseables() {}

  /** Whether {@code constructor}'s class, built with {@code new}, is such a class. */
  static boolean isResourceClass(MethodSymbol constructor, VisitorState state) {
    if (!(constructor.owner instanceof ClassSymbol owner) || owner.isInterface()
        || owner.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    boolean closeable = false;
    for (Type implemented : owner.getInterfaces()) {
      String name = implemented.tsym.getQualifiedName().toString();
      closeable |= name.equals("java.io.Closeable") || name.equals("java.lang.AutoCloseable");
    }
    if (!closeable) {
      return false;
    }
    Type autoCloseable = state.getSymtab().autoCloseableType;
    boolean givenACloseable = constructor.getParameters().stream().anyMatch(parameter ->
        state.getTypes().isSubtype(state.getTypes().erasure(parameter.type), autoCloseable));
    Tree declaration = JavacTrees.instance(state.context).getTree(owner);
    return declaration instanceof ClassTree tree && UnclosedResourceModel.ownClassOpensResource(
        true, closeReleasesAField(tree, owner), givenACloseable);
  }

  private static boolean closeReleasesAField(ClassTree type, ClassSymbol owner) {
    for (Tree member : type.getMembers()) {
      if (member instanceof MethodTree method && method.getName().contentEquals("close")
          && method.getParameters().isEmpty() && method.getBody() != null
          && closesAField(method, owner)) {
        return true;
      }
    }
    return false;
  }

  private static boolean closesAField(MethodTree close, ClassSymbol owner) {
    return TreeSearch.anyCall(close.getBody(), call -> {
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      return receiver != null && ReleaseCalls.releasesReceiver(call) && isField(receiver, owner)
          || ClosingHelpers.closesArguments(ASTHelpers.getSymbol(call))
              && call.getArguments().stream().anyMatch(a -> isField(a, owner));
    });
  }

  private static boolean isField(ExpressionTree expression, ClassSymbol owner) {
    Symbol symbol = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(expression));
    return symbol != null && symbol.getKind() == ElementKind.FIELD && symbol.owner == owner
        && !symbol.isStatic();
  }
}
