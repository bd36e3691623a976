package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import dev.leakproof.checks.knowledge.ClosingResults;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import dev.leakproof.checks.model.resource.ResourceFactories;
import dev.leakproof.checks.model.resource.TiedResults;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;

/**
 * Recognises, on javac trees, the expressions that open an OS resource, using {@link
 * ResourceApis}. A wrapper built around a resource is the same resource: {@code new
 * BufferedReader(new FileReader(f))} is one acquisition, the outer {@code new}.
 */
final class ResourceAcquisitions {
  private ResourceAcquisitions() {}

  /** Whether evaluating {@code expression} yields a newly opened resource. */
  static boolean acquires(ExpressionTree expression, VisitorState state) {
    ExpressionTree e = ASTHelpers.stripParentheses(expression);
    if (e instanceof NewClassTree newClass) {
      if (newClass.getClassBody() != null) {
        return false; // an anonymous subclass: not a type we know
      }
      MethodSymbol constructor = ASTHelpers.getSymbol(newClass);
      if (constructor == null) {
        return false;
      }
      ConstructorKind kind = ResourceApis.constructor(
          binaryName(constructor.owner), erasedParameters(constructor, state));
      return kind == ConstructorKind.OPENS
          || (kind == ConstructorKind.WRAPS && !newClass.getArguments().isEmpty()
              && acquires(newClass.getArguments().get(0), state))
          // new FileTxnLog(dir): a class of the compilation whose close() closes a field
          || kind == ConstructorKind.NOT_KNOWN
              && OwnCloseables.isResourceClass(constructor, state);
    }
    if (e instanceof MethodInvocationTree call) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      if (method == null) {
        return false;
      }
      if (isOnOwnClass(call) && LocalFactories.isFactory(method, state)) {
        return true; // a method of this class that returns what it opens
      }
      String name = method.getSimpleName().toString();
      if (!ResourceApis.factoryMethodNames().contains(name)
          && !ResourceApis.acquiresWhateverTheOwner(name)
          && !ResourceFactories.namesAFactory(name)) {
        return false; // no table knows the name, nor does it say it creates: most calls
      }
      String owner = binaryName(method.owner);
      if (acquiresByConvention(method, state)) {
        return true; // in.openFileEx(..) of a library: named as creating a JDK resource
      }
      if (!method.isStatic() && !hasOwnedReceiver(call)) {
        return false;
      }
      if (ResourceApis.wrapsViaFactory(owner, name)) {
        return !call.getArguments().isEmpty() && acquires(call.getArguments().get(0), state);
      }
      if (ResourceApis.isFactoryByArgument(owner, name) && !call.getArguments().isEmpty()) {
        // TikaInputStream.get(file) opens, TikaInputStream.get(in) wraps an acquired stream
        List<String> parameters = erasedParameters(method, state);
        ConstructorKind kind = ResourceApis.factoryByArgument(owner, name,
            parameters.isEmpty() ? null : parameters.get(0));
        return kind == ConstructorKind.OPENS || kind == ConstructorKind.WRAPS
            && acquires(call.getArguments().get(0), state);
      }
      // execute(request) returns the response to close, execute(request, handler) its T; the
      // type at the call, not the declaration's: HttpResponse<InputStream>.body() is a stream
      String result = state.getTypes().erasure(ASTHelpers.getType(call)).toString();
      return declaredOrInherited(method, state,
          (className, methodName) -> ResourceApis.acquires(className, methodName, result));
    }
    return false;
  }

  /**
   * Whether a call into code this check cannot read (a library's or another file's method, an
   * interface's) says it creates a JDK resource ({@link ResourceFactories#acquiresByConvention}):
   * {@code IO.openFileEx(name)} declared to return an {@code InputStream}. The JDK's own
   * factories are all in the tables; a method of this compilation, in any of its files, is judged
   * by its body ({@link LocalFactories}), as the scanner judges one of the scanned sources.
   */
  private static boolean acquiresByConvention(MethodSymbol method, VisitorState state) {
    String owner = binaryName(method.owner);
    if (owner.startsWith("java.") || owner.startsWith("javax.") || method.isConstructor()) {
      return false;
    }
    String name = method.getSimpleName().toString();
    if (!ResourceFactories.namesAFactory(name)) {
      return false;
    }
    Type result = state.getTypes().erasure(method.getReturnType());
    boolean ownedResultType = ResourceFactories.acquiresByConvention(name, result.tsym == null
        ? null : binaryName(result.tsym));
    if (!ownedResultType && !LocalFactories.returnsCloseable(method, state)) {
      return false; // no factory either way: finding its body (a walk of its file) is not needed
    }
    if (CompilationBodies.declaration(method, state) != null) {
      // in this compilation: its body says, as the scanner reads a body of the scanned sources
      return LocalFactories.isFactory(method, state);
    }
    return ownedResultType;
  }

  /**
   * Whether the call is made on the class it is written in, as the spelling tells: no receiver,
   * an unqualified {@code this}, or a class name (a static helper of the file's own classes,
   * whose body {@link LocalFactories} reads; a call on another object is a factory when its name
   * says so and, in this compilation, its body too: {@link #acquiresByConvention}).
   */
  private static boolean isOnOwnClass(MethodInvocationTree call) {
    if (call.getMethodSelect() instanceof IdentifierTree) {
      return true;
    }
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return false;
    }
    ExpressionTree receiver = ASTHelpers.stripParentheses(select.getExpression());
    if (receiver instanceof IdentifierTree identifier
        && identifier.getName().contentEquals("this")) {
      return true;
    }
    Symbol symbol = ASTHelpers.getSymbol(receiver);
    return symbol instanceof Symbol.ClassSymbol;
  }

  /**
   * Whether {@code expression} makes a JDBC child (a statement, a result set) on a local of the
   * method: closing that parent closes the child, so the parent's own verdict speaks for both
   * (closed with it, or one finding, at the parent). A parameter or field parent is not ours.
   */
  static boolean isClosedWithLocalParent(ExpressionTree expression, VisitorState state) {
    if (!(ASTHelpers.stripParentheses(expression) instanceof MethodInvocationTree call)
        || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return false;
    }
    Symbol receiver = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(select.getExpression()));
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (receiver == null || receiver.getKind() != ElementKind.LOCAL_VARIABLE || method == null) {
      return false;
    }
    return isClosedWithReceiver(call, state);
  }

  /**
   * Whether {@code call} makes a JDBC child (a statement, a result set) that closing its receiver
   * closes ({@link ResourceApis#closedWithReceiver}).
   */
  static boolean isClosedWithReceiver(MethodInvocationTree call, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null && call.getMethodSelect() instanceof MemberSelectTree
        && declaredOrInherited(method, state, ResourceApis::closedWithReceiver);
  }

  /**
   * Whether {@code call} uses the resources passed to it and leaves them open ({@code
   * props.load(in)}, {@code IOUtils.copy(in, out)}; {@link ResourceApis#borrowsArguments}).
   */
  static boolean borrows(MethodInvocationTree call, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || !ResourceApis.mayBorrowArguments(method.getSimpleName().toString())) {
      return false;
    }
    return declaredOrInherited(method, state, ResourceApis::borrowsArguments);
  }

  /**
   * Whether an instance call's receiver leaves the result to this code. Not so for calls on
   * {@code this} or {@code super} (a resource implementation managing its own children) and for
   * calls on a try-with-resources variable: closing a JDBC connection or statement closes the
   * statements and result sets it made, so they are released with their parent.
   */
  private static boolean hasOwnedReceiver(MethodInvocationTree call) {
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return false; // an unqualified instance call: this.m()
    }
    ExpressionTree receiver = ASTHelpers.stripParentheses(select.getExpression());
    if (receiver instanceof IdentifierTree identifier && (identifier.getName().contentEquals("this")
        || identifier.getName().contentEquals("super"))) {
      return false;
    }
    Symbol symbol = ASTHelpers.getSymbol(receiver);
    return symbol == null || symbol.getKind() != ElementKind.RESOURCE_VARIABLE;
  }

  /**
   * Whether {@code path}'s leaf is the wrapped part of a bigger acquisition (the first argument
   * of a wrapper that takes ownership of it), so only the outer expression is reported.
   */
  static boolean isWrappedByParent(TreePath path, VisitorState state) {
    Tree child = path.getLeaf();
    TreePath parentPath = path.getParentPath();
    while (parentPath != null && parentPath.getLeaf().getKind() == Tree.Kind.PARENTHESIZED) {
      child = parentPath.getLeaf();
      parentPath = parentPath.getParentPath();
    }
    if (parentPath == null) {
      return false;
    }
    Tree parent = parentPath.getLeaf();
    List<? extends ExpressionTree> arguments =
        parent instanceof NewClassTree n ? n.getArguments()
            : parent instanceof MethodInvocationTree m ? m.getArguments() : List.of();
    if (arguments.isEmpty() || arguments.get(0) != child) {
      return false;
    }
    // new POIFSFileSystem(new FileInputStream(f)), closed later by the method: the outer value
    // is the method's resource and owns what it was built on.
    return acquires((ExpressionTree) parent, state)
        || parent instanceof NewClassTree && SelfClosedValues.isSite(parentPath, state);
  }

  /**
   * The path of the outermost parentheses or cast around the value at {@code path} ({@code path}
   * itself when there is none): its leaf is the value as its parent sees it.
   */
  static TreePath unwrapped(TreePath path) {
    TreePath value = path;
    while (value.getParentPath() != null
        && (value.getParentPath().getLeaf().getKind() == Tree.Kind.PARENTHESIZED
            || value.getParentPath().getLeaf().getKind() == Tree.Kind.TYPE_CAST)) {
      value = value.getParentPath();
    }
    return value;
  }

  /**
   * The path of the expression that carries the resource acquired at {@code path}: the site
   * itself, or the last intermediate operation of a {@code java.util.stream} pipeline built on
   * it ({@code Files.lines(p).filter(f)} is still the file's stream), or the last call of a chain
   * of calls returning their receiver ({@code new PrintWriter(f).append(x)}, {@link
   * ReceiverReturns}), or a view whose closing closes it ({@code new FileInputStream(f)
   * .getChannel()}, {@link ClosingResults#closesReceiver}).
   */
  static TreePath carrier(TreePath path, VisitorState state) {
    return chainEnd(path, call -> isStreamOperation(call, state)
        || ReceiverReturns.returnsReceiver(call, state) || closesReceiver(call, state));
  }

  /** Whether {@code call}, on a resource, returns a view whose closing closes the receiver. */
  static boolean closesReceiver(MethodInvocationTree call, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null && !method.isStatic() && call.getArguments().isEmpty()
        && ClosingResults.mayCloseReceiver(method.getSimpleName().toString())
        && declaredOrInherited(method, state, ClosingResults::closesReceiver);
  }

  /**
   * Whether {@code call}, on a resource, returns a closeable tied to it, not the resource ({@link
   * TiedResults#closesReceiver}: {@code txn.read(zxid)}, an iterator over the log): closing it
   * leaves the resource open. The receiver's class is not the result's nor a subtype of it (the
   * call cannot return its receiver), and {@link ClosingResults} does not list it as a view whose
   * closing closes the receiver. Unknown types: no (the result is taken for the resource).
   */
  static boolean returnsTied(MethodInvocationTree call, VisitorState state) {
    Boolean receiverMayBeResult = null;
    if (call.getMethodSelect() instanceof MemberSelectTree select) {
      Type receiver = ASTHelpers.getType(select.getExpression());
      Type result = ASTHelpers.getType(call);
      if (receiver != null && result != null && !receiver.isPrimitive() && !result.isPrimitive()) {
        Types types = state.getTypes();
        try {
          receiverMayBeResult = types.isSubtype(types.erasure(receiver), types.erasure(result));
        } catch (Symbol.CompletionFailure missing) {
          receiverMayBeResult = null; // a class not on the class path: cannot tell
        }
      }
    }
    return !TiedResults.closesReceiver(receiverMayBeResult, () -> closesReceiver(call, state));
  }

  /**
   * The path of the outermost call of the chain built on the expression at {@code path} ({@code
   * value.a().b()}, parentheses allowed) whose every call passes {@code sameValue}; {@code path}
   * when its first call does not.
   */
  static TreePath chainEnd(TreePath path, Predicate<MethodInvocationTree> sameValue) {
    TreePath current = path;
    while (true) {
      TreePath up = current.getParentPath();
      while (up != null && up.getLeaf().getKind() == Tree.Kind.PARENTHESIZED) {
        up = up.getParentPath();
      }
      if (up == null || !(up.getLeaf() instanceof MemberSelectTree select)
          || up.getParentPath() == null
          || !(up.getParentPath().getLeaf() instanceof MethodInvocationTree call)
          || call.getMethodSelect() != select || !sameValue.test(call)) {
        return current;
      }
      current = up.getParentPath();
    }
  }

  /** A method of {@code java.util.stream} that returns a stream sharing its receiver's resource. */
  private static boolean isStreamOperation(MethodInvocationTree call, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || !binaryName(method.owner).startsWith("java.util.stream.")) {
      return false;
    }
    Type baseStream = state.getTypeFromString("java.util.stream.BaseStream");
    Type returned = ASTHelpers.getType(call);
    return baseStream != null && returned != null
        && ASTHelpers.isSubtype(returned, baseStream, state);
  }

  /**
   * Whether {@code call} derives a result set that carries its statement along ({@code
   * statement.getResultSet()}, {@code executeQuery(..)}, {@code getGeneratedKeys()}), declared by
   * a {@code java.sql} statement type or overriding one.
   */
  static boolean derivesOwningView(MethodInvocationTree call, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || method.isStatic()) {
      return false;
    }
    String name = method.getSimpleName().toString();
    if (!ResourceApis.owningViewMethodNames().contains(name)) {
      return false;
    }
    return declaredOrInherited(method, state, ResourceApis::derivesOwningView);
  }

  /**
   * Whether {@code call}, on a resource, returns a resource of its own whose closing leaves the
   * receiver open ({@link ClosingResults}: JGit's {@code SubmoduleWalk.getRepository()}): the call
   * only uses the receiver.
   */
  static boolean leavesReceiverOpen(MethodInvocationTree call, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || method.isStatic()
        || !ClosingResults.mayLeaveReceiverOpen(method.getSimpleName().toString())) {
      return false;
    }
    return declaredOrInherited(method, state, ClosingResults::leavesReceiverOpen);
  }

  /** Whether values of {@code type} are result sets, which may carry their statement along. */
  static boolean isOwningView(Type type, VisitorState state) {
    Type resultSet = state.getTypeFromString(ResourceApis.owningViewType());
    return type != null && resultSet != null && ASTHelpers.isSubtype(type, resultSet, state);
  }

  /** Whether values of {@code tree}'s type can be closed (so a call may hand back the resource). */
  static boolean isCloseable(Tree tree, VisitorState state) {
    Type type = ASTHelpers.getType(tree);
    Type closeable = state.getTypeFromString("java.lang.AutoCloseable");
    return type != null && closeable != null && ASTHelpers.isSubtype(type, closeable, state);
  }

  /**
   * Whether {@code table} (a {@link ResourceApis} question about owner and method name) says yes
   * for {@code method}'s class or a class whose method it overrides.
   */
  static boolean declaredOrInherited(MethodSymbol method, VisitorState state,
      BiPredicate<String, String> table) {
    String name = method.getSimpleName().toString();
    if (table.test(binaryName(method.owner), name)) {
      return true;
    }
    for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, state.getTypes())) {
      if (table.test(binaryName(overridden.owner), name)) {
        return true;
      }
    }
    return false;
  }

  static String binaryName(Symbol owner) {
    return owner instanceof Symbol.ClassSymbol c ? c.flatName().toString() : owner.toString();
  }

  static List<String> erasedParameters(MethodSymbol method, VisitorState state) {
    Types types = state.getTypes();
    List<String> names = new ArrayList<>();
    for (Symbol.VarSymbol parameter : method.getParameters()) {
      names.add(types.erasure(parameter.type).toString());
    }
    return names;
  }
}
