package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import dev.leakproof.checks.model.resource.UnreadableCallModel;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Call;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Callee;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Result;

/**
 * The facts {@link UnreadableCallModel} decides on, for a call or {@code new} whose body javac
 * does not show this check (a library no table knows, an interface, a summary cut at its depth)
 * that is given a resource: how the callee is reached ({@code this(…)} and {@code super(…)} as
 * constructors), its name, and the type of its result. The scanner's {@code
 * UnreadableCalls} extracts the same from JavaParser's trees.
 */
final class UnreadableCalls {
  private UnreadableCalls() {}

  /** Whether the call at {@code call} (a method call or {@code new}) only borrows the resource. */
  static boolean borrow(TreePath call, VisitorState state) {
    Call facts = facts(call, state);
    return facts != null && UnreadableCallModel.borrows(facts);
  }

  private static Call facts(TreePath path, VisitorState state) {
    Tree leaf = path.getLeaf();
    if (leaf instanceof MethodInvocationTree call) {
      Symbol method = ASTHelpers.getSymbol(call);
      if (method == null) {
        return null;
      }
      if (method.isConstructor()) {
        // this(writer) or super(in): the delegated constructor, as new T(…) is judged
        return new Call(Callee.CONSTRUCTOR, null, Result.UNKNOWN, null);
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      Type receiverType = receiver == null ? null : ASTHelpers.getType(receiver);
      return new Call(receiverIsResource(call, state) ? Callee.METHOD_OF_RESOURCE : Callee.METHOD,
          method.getSimpleName().toString(), resultOf(path, state), null,
          receiverType == null ? null : receiverType.tsym.getQualifiedName().toString());
    }
    if (leaf instanceof NewClassTree creation && creation.getClassBody() == null) {
      TreePath outer = outermost(path);
      if (outer.getParentPath().getLeaf() instanceof MemberSelectTree select
          && outer.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree use
          && use.getMethodSelect() == select) {
        // new Archive(in, out).unpack(): the holder is gone after this call
        return new Call(Callee.HOLDER_USED_ONCE, select.getIdentifier().toString(),
            resultOf(outer.getParentPath().getParentPath(), state), null);
      }
      return new Call(Callee.CONSTRUCTOR, null, Result.UNKNOWN, null);
    }
    return null;
  }

  private static boolean receiverIsResource(MethodInvocationTree call, VisitorState state) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (receiver == null || receiver instanceof NewClassTree) {
      return false; // a method of this class, or of a temporary that dies with the call
    }
    Symbol symbol = ASTHelpers.getSymbol(receiver);
    if (symbol instanceof Symbol.ClassSymbol) {
      return false; // IOUtil.readFully(in, buf): a static method
    }
    return ResourceAcquisitions.isCloseable(receiver, state);
  }

  private static Result resultOf(TreePath call, VisitorState state) {
    if (outermost(call).getParentPath().getLeaf() instanceof ExpressionStatementTree) {
      return Result.NONE;
    }
    Type type = ASTHelpers.getType(call.getLeaf());
    if (type == null) {
      return Result.UNKNOWN;
    }
    if (type.getTag() == TypeTag.VOID) {
      return Result.NONE;
    }
    if (type.isPrimitive() || type.getTag() == TypeTag.ARRAY) {
      return Result.PLAIN;
    }
    if (type.getTag() == TypeTag.TYPEVAR) {
      return Result.UNKNOWN;
    }
    return ResourceAcquisitions.isCloseable(call.getLeaf(), state) || hasCloseMethod(type, state)
        ? Result.CLOSEABLE : Result.PLAIN;
  }

  /** {@code XMLStreamWriter}: not {@code AutoCloseable}, but closed all the same. */
  private static boolean hasCloseMethod(Type type, VisitorState state) {
    for (Symbol member : state.getTypes().membersClosure(type, false)
        .getSymbolsByName(state.getName("close"))) {
      if (member instanceof Symbol.MethodSymbol method && method.getParameters().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static TreePath outermost(TreePath path) {
    TreePath current = path;
    while (current.getParentPath().getLeaf() instanceof ParenthesizedTree
        || current.getParentPath().getLeaf() instanceof TypeCastTree) {
      current = current.getParentPath();
    }
    return current;
  }
}
