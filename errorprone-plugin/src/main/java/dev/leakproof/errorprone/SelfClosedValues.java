package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * Values no knowledge table knows as resources that the method owns because it closes them on
 * after acquiring it ({@link UnclosedResourceModel#ownsUnlistedValue}, {@link ClosedLater}): a project's {@code Closeable} made
 * by {@code new} or by a project factory, held in a local the method closes. What the scanner's
 * {@code SelfClosedLocals} finds by names, found here by symbols.
 */
final class SelfClosedValues {
  private SelfClosedValues() {}

  /** Whether the expression at {@code path} is such a value. */
  static boolean isSite(TreePath path, VisitorState state) {
    ExpressionTree value = (ExpressionTree) path.getLeaf();
    Symbol local = localAssigned(path); // cheapest first: most calls set no local
    if (local == null) {
      return false;
    }
    if (!(value instanceof NewClassTree || value instanceof MethodInvocationTree)
        || !ResourceAcquisitions.isCloseable(value, state)) {
      return false; // cheap next: most values set to a local cannot be closed
    }
    if (value instanceof NewClassTree creation) {
      if (creation.getClassBody() != null || knownToTables(creation, state)
          || wrapsOthersStream(creation)) {
        return false;
      }
    } else if (!(value instanceof MethodInvocationTree call)
        || ResourceApis.owningViewMethodNames().contains(
            ASTHelpers.getSymbol(call) == null ? "" : ASTHelpers.getSymbol(call).getSimpleName().toString())) {
      return false; // statement.getResultSet(): the tables know it as a view its statement closes
    }
    if (value instanceof MethodInvocationTree call && isViewOwnedByReceiver(call, state)) {
      return false; // process.getOutputStream(), response.getWriter(): the receiver owns it
    }
    if (value instanceof MethodInvocationTree call
        && LocalFactories.returnsNothingOwned(call, state)) {
      return false; // wrapSystemOut(): a wrapper of System.out, owned by nobody
    }
    Type type = ASTHelpers.getType(value);
    boolean holdsNothing = ResourceApis.isNonResource(
        state.getTypes().erasure(type).tsym.getQualifiedName().toString());
    if (holdsNothing) {
      return false;
    }
    if (value instanceof NewClassTree creation
        && JavacCloseMethods.createdHoldsOnlyMemory(creation, state)) {
      return false; // a class of the compilation whose close() releases only memory
    }
    if (value instanceof MethodInvocationTree call && JavacCloseMethods.returnsOnlyMemory(call)) {
      return false; // tokenBuffer.asParser(p): a parser over the buffer's memory
    }
    Optional<TreePath> body = UnclosedResource.enclosingBody(path);
    return body.isPresent() && UnclosedResourceModel.ownsUnlistedValue(
        ClosedLater.after(path, local, body.get().getLeaf()), holdsNothing);
  }

  /**
   * A view the tables know its receiver owns ({@link ResourceApis#isViewOwnedByReceiver}): the
   * method's class or a class whose method it overrides is listed ({@code Process.getOutputStream()},
   * a servlet response's writer), as the scanner asks of the receiver's type and its supertypes
   * and SpotBugs of the invoked method's class.
   */
  private static boolean isViewOwnedByReceiver(MethodInvocationTree call, VisitorState state) {
    Symbol.MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null
        || !ResourceApis.mayBeViewOwnedByReceiver(method.getSimpleName().toString())) {
      return false;
    }
    return ResourceAcquisitions.declaredOrInherited(method, state,
        ResourceApis::isViewOwnedByReceiver);
  }

  /** A {@code new} of a type the tables know (a wrapper, an in-memory stream): they decide. */
  private static boolean knownToTables(NewClassTree creation, VisitorState state) {
    Symbol.MethodSymbol constructor = ASTHelpers.getSymbol(creation);
    if (constructor == null) {
      return true;
    }
    return ResourceApis.constructor(ResourceAcquisitions.binaryName(constructor.owner),
        ResourceAcquisitions.erasedParameters(constructor, state)) != ConstructorKind.NOT_KNOWN;
  }

  /**
   * {@code new X(fis)} over a stream owned elsewhere or holding nothing: a try-with-resources
   * variable, a parameter or an instance field declared as a stream, reader, writer or channel
   * (the caller's, or the object's, closed as the object is: H2's {@code new
   * ScriptReader(reader)}), or a local declared as an in-memory one. The scanner's {@code SelfClosedLocals} reads the same spellings.
   */
  private static boolean wrapsOthersStream(NewClassTree creation) {
    if (creation.getArguments().isEmpty()) {
      return false;
    }
    Symbol first = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(creation.getArguments().get(0)));
    if (first == null) {
      return false;
    }
    return first.getKind() == ElementKind.RESOURCE_VARIABLE
        || (first.getKind() == ElementKind.PARAMETER
            || first.getKind() == ElementKind.FIELD && !first.isStatic())
            && ResourceApis.isStreamSimpleName(first.type.tsym.getSimpleName().toString())
        || first.getKind() == ElementKind.LOCAL_VARIABLE
            && ResourceApis.isNonResourceSimpleName(first.type.tsym.getSimpleName().toString());
  }

  /** The local {@code T x = value;} (not a try-with-resources header) or {@code x = value;} sets. */
  private static Symbol localAssigned(TreePath path) {
    TreePath value = ResourceAcquisitions.unwrapped(path);
    TreePath parentPath = value.getParentPath();
    Tree child = value.getLeaf();
    return localAssigned(child, parentPath);
  }

  /**
   * The local that {@code child} (a value, parentheses and casts already stripped) is stored into
   * by its parent at {@code parentPath}: {@code T x = child;} outside a try-with-resources header,
   * or the statement {@code x = child;}; null for any other use.
   */
  static Symbol localAssigned(Tree child, TreePath parentPath) {
    Tree parent = parentPath.getLeaf();
    Symbol variable = null;
    if (parent instanceof VariableTree declared && declared.getInitializer() == child
        && !(parentPath.getParentPath().getLeaf() instanceof TryTree)) {
      variable = ASTHelpers.getSymbol(declared);
    } else if (parent instanceof AssignmentTree assignment && assignment.getExpression() == child
        && parentPath.getParentPath().getLeaf() instanceof ExpressionStatementTree) {
      variable = ASTHelpers.getSymbol(assignment.getVariable());
    }
    return variable != null && variable.getKind() == ElementKind.LOCAL_VARIABLE ? variable : null;
  }
}
