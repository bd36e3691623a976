package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.ListenerApis;

/**
 * Whether the registry keeps what a registration hands it only through a
 * {@code java.lang.ref.Reference} (weak, soft or phantom), which does not keep it reachable.
 * Two shapes: the registration method belongs to (or is called on) a {@code Reference} subtype
 * (Guava's {@code ClosingFuture} calls {@code FinalizableReference.register(this)}, a phantom
 * reference's own static registry), or the method is declared in this compilation unit and its
 * body uses the registered parameter only as an argument of {@code new R(...)} of a
 * {@code Reference} subtype ({@code list.add(new WeakReference<>(o))}). A body in another
 * compilation unit is not read: the registration stays reported.
 */
final class WeaklyHeldRegistration {
  private WeaklyHeldRegistration() {}

  /** Whether {@code listener}, an argument of {@code call} (to {@code method}), is held only through a reference. */
  static boolean test(MethodInvocationTree call, MethodSymbol method, ExpressionTree listener,
      VisitorState state) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    return isReference(method.owner.type, state)
        || receiver != null && isReference(ASTHelpers.getType(receiver), state)
        || wrapsParameter(method, call.getArguments().indexOf(listener), state);
  }

  private static boolean isReference(Type type, VisitorState state) {
    Type reference = state.getTypeFromString(ListenerApis.REFERENCE);
    return type != null && reference != null
        && state.getTypes().isSubtype(state.getTypes().erasure(type), state.getTypes().erasure(reference));
  }

  /** Whether the method's body uses parameter {@code index}, at least once, only in reference constructors. */
  private static boolean wrapsParameter(MethodSymbol method, int index, VisitorState state) {
    if (index < 0 || index >= method.getParameters().size()
        || method.isVarArgs() && index == method.getParameters().size() - 1) {
      return false;
    }
    MethodTree declaration = declarationInThisUnit(method, state);
    if (declaration == null || declaration.getBody() == null) {
      return false;
    }
    Symbol parameter = method.getParameters().get(index);
    int[] uses = new int[2]; // all uses, uses wrapped in a reference
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        if (parameter.equals(ASTHelpers.getSymbol(identifier))) {
          uses[0]++;
        }
        return null;
      }

      @Override
      public Void visitNewClass(NewClassTree creation, Void unused) {
        if (isReference(ASTHelpers.getType(creation), state)) {
          for (ExpressionTree argument : creation.getArguments()) {
            if (argument instanceof IdentifierTree identifier
                && parameter.equals(ASTHelpers.getSymbol(identifier))) {
              uses[1]++;
            }
          }
        }
        return super.visitNewClass(creation, unused);
      }
    }.scan(declaration.getBody(), null);
    return uses[0] > 0 && uses[0] == uses[1];
  }

  /** The declaration of {@code method} in the compilation unit being checked; null when it is elsewhere. */
  static MethodTree declarationInThisUnit(MethodSymbol method, VisitorState state) {
    MethodTree[] found = new MethodTree[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree tree, Void unused) {
        if (method.equals(ASTHelpers.getSymbol(tree))) {
          found[0] = tree;
          return null;
        }
        return super.visitMethod(tree, unused);
      }
    }.scan(state.getPath().getCompilationUnit(), null);
    return found[0];
  }
}
