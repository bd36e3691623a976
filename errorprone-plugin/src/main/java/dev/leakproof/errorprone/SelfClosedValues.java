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
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import dev.leakproof.checks.model.resource.UnlistedValues;
import dev.leakproof.checks.model.resource.UnlistedValues.FirstArgument;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * Values no knowledge table knows as resources that the method owns because it closes them
 * after acquiring them ({@link UnlistedValues#ownsUnlistedValue}, {@link ClosedLater}): a
 * project's {@code Closeable} made by {@code new} or by a project factory, held in a local the
 * method closes. What the model asks is read here from symbols ({@link Created}, {@link Called}); the scanner's
 * {@code SelfClosedLocals} reads it from names.
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
      return false; // nonResourceType() early (cheap): most values set to a local cannot be closed
    }
    Optional<TreePath> body = UnclosedResource.enclosingBody(path);
    if (body.isEmpty()) {
      return false;
    }
    Tree method = body.get().getLeaf();
    UnlistedValues.Value facts = value instanceof NewClassTree creation
        ? new Created(path, creation, state, method)
        : new Called((MethodInvocationTree) value, state);
    return UnlistedValues.ownsUnlistedValue(facts, () -> ClosedLater.after(path, local, method));
  }

  /** Whether the type of {@code value} holds nothing to release, or cannot be closed. */
  private static boolean nonResourceType(ExpressionTree value, VisitorState state) {
    return !ResourceAcquisitions.isCloseable(value, state) || ResourceApis.isNonResource(
        state.getTypes().erasure(ASTHelpers.getType(value)).tsym.getQualifiedName().toString());
  }

  /** The facts {@link UnlistedValues} asks of a {@code new}, read from its symbols. */
  private record Created(TreePath path, NewClassTree creation, VisitorState state, Tree body)
      implements UnlistedValues.Creation {
    @Override
    public boolean anonymousClass() {
      return false; // its close(), own or inherited, is read as a named class's
    }

    @Override
    public boolean knownToTables() {
      Symbol.MethodSymbol constructor = ASTHelpers.getSymbol(creation);
      return constructor == null || ResourceApis.constructor(
          ResourceAcquisitions.binaryName(constructor.owner),
          ResourceAcquisitions.erasedParameters(constructor, state)) != ConstructorKind.NOT_KNOWN;
    }

    @Override
    public FirstArgument firstArgument() {
      return SelfClosedValues.firstArgument(path, creation, body);
    }

    @Override
    public boolean nonResourceType() {
      // new ByteArrayOutputStream() {…}: the class written after new, not the anonymous one
      return SelfClosedValues.nonResourceType(
          creation.getClassBody() == null ? creation : creation.getIdentifier(), state);
    }

    @Override
    public boolean closeReleasesOnlyMemory() {
      return JavacCloseMethods.createdHoldsOnlyMemory(creation, state);
    }
  }

  /** The facts {@link UnlistedValues} asks of a call, read from its symbols. */
  private record Called(MethodInvocationTree call, VisitorState state)
      implements UnlistedValues.Call {
    @Override
    public String methodName() {
      Symbol.MethodSymbol method = ASTHelpers.getSymbol(call);
      return method == null ? "" : method.getSimpleName().toString();
    }

    @Override
    public boolean viewOwnedByReceiver() {
      // in.getChannel(): the stream carried on
      return isViewOwnedByReceiver(call, state) || ResourceAcquisitions.closesReceiver(call, state);
    }

    @Override
    public boolean returnsNothingOwned() {
      return LocalFactories.returnsNothingOwned(call, state);
    }

    @Override
    public boolean nonResourceType() {
      return SelfClosedValues.nonResourceType(call, state);
    }

    @Override
    public boolean returnsOnlyMemory() {
      return JavacCloseMethods.returnsOnlyMemory(call);
    }
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

  /**
   * What the first argument of {@code new X(x, ..)} at {@code path} is ({@link FirstArgument}): a
   * try-with-resources variable or a local closed after it, a parameter or an instance field
   * declared as a stream, reader, writer or channel, or a local declared as an in-memory one.
   */
  private static FirstArgument firstArgument(TreePath path, NewClassTree creation, Tree body) {
    if (creation.getArguments().isEmpty()) {
      return FirstArgument.OTHER;
    }
    Symbol first = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(creation.getArguments().get(0)));
    if (first == null) {
      return FirstArgument.OTHER;
    }
    String declared = first.type.tsym.getSimpleName().toString();
    return switch (first.getKind()) {
      case RESOURCE_VARIABLE -> FirstArgument.CLOSED_LOCAL;
      case PARAMETER -> ResourceApis.isStreamSimpleName(declared)
          ? FirstArgument.STREAM_PARAMETER : FirstArgument.OTHER;
      case FIELD -> !first.isStatic() && ResourceApis.isStreamSimpleName(declared)
          ? FirstArgument.STREAM_FIELD : FirstArgument.OTHER;
      case LOCAL_VARIABLE -> ResourceApis.isNonResourceSimpleName(declared)
          ? FirstArgument.MEMORY_LOCAL
          : ClosedLater.after(path, first, body) ? FirstArgument.CLOSED_LOCAL : FirstArgument.OTHER;
      default -> FirstArgument.OTHER;
    };
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
