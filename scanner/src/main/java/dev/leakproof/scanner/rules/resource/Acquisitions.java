package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithParameters;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.checks.knowledge.LibraryResultTypes;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Recognises, on JavaParser's AST, the expressions that open an OS resource ({@link
 * ResourceApis}). Names are filtered syntactically first; only candidates are resolved (the
 * caller has attached the symbol solver). Anything the solver cannot resolve acquires nothing.
 */
public final class Acquisitions {
  private Acquisitions() {}

  /** Whether {@code expression} may acquire, judged by names alone (no resolution). */
  public static boolean isCandidate(Expression expression) {
    Expression e = Trees.stripped(expression);
    if (e instanceof ObjectCreationExpr creation) {
      return creation.getAnonymousClassBody().isEmpty()
          && (ResourceApis.knownTypeSimpleNames().contains(creation.getType().getNameAsString())
              || OwnCloseables.mayCreate(creation));
    }
    return e instanceof MethodCallExpr call
        && (ResourceApis.factoryMethodNames().contains(call.getNameAsString())
            && receiverFits(call)
            || LocalFactories.mayBeFactoryCall(call)
            || ConventionalFactories.mayAcquire(call));
  }

  /**
   * Whether the call's receiver, as written, can be the owner of a factory of that name: a
   * class name for a static factory ({@code Files.list(dir)}), anything else for an instance one
   * ({@code ds.getConnection()}). Keeps {@code Collections.list(e)} and {@code names.find()}
   * away from the (slow) solver.
   */
  private static boolean receiverFits(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (ResourceApis.acquiresWhateverTheOwner(name)) {
      return true; // Loader.getResourceAsStream(..), a static helper of the class itself
    }
    if (call.getScope().isEmpty()) {
      // Only a statically imported factory can acquire without a receiver.
      return call.findCompilationUnit().map(unit -> unit.getImports().stream()
          .anyMatch(i -> i.isStatic() && ResourceApis.factoryOwners(name).stream()
              .anyMatch(owner -> i.getNameAsString().startsWith(owner)))).orElse(false);
    }
    String written = typeLikeName(call.getScope().get());
    for (String owner : ResourceApis.factoryOwners(name)) {
      boolean isStatic = ResourceApis.isStaticFactory(owner, name);
      if (written != null ? isStatic && owner.endsWith("." + written) : !isStatic) {
        return true;
      }
    }
    return false;
  }

  /** The class name a receiver is spelled as ({@code Files}, {@code java.nio.file.Files}), or null. */
  private static String typeLikeName(Expression scope) {
    String written = scope instanceof NameExpr n ? n.getNameAsString()
        : scope instanceof FieldAccessExpr f ? f.getNameAsString() : null;
    boolean typeLike = written != null && Character.isUpperCase(written.charAt(0))
        && !written.equals(written.toUpperCase(java.util.Locale.ROOT));
    return typeLike ? written : null;
  }

  /**
   * While a file is checked, what {@link #acquires} answered for each expression it was asked
   * about: the rule asks again for the same expressions (a site, then as a wrapper's argument,
   * an owning field's value, a local factory's return), and each answer may cost a resolution.
   * Kept for one file only, so that a scan with {@code --cache} still records every file a
   * file's resolutions read.
   */
  private static final ThreadLocal<Map<Expression, Boolean>> ANSWERS = new ThreadLocal<>();

  /** Runs {@code check} remembering {@link #acquires}'s answers until it returns. */
  public static void rememberingAnswers(Runnable check) {
    ANSWERS.set(new IdentityHashMap<>());
    try {
      check.run();
    } finally {
      ANSWERS.remove();
    }
  }

  /** Whether evaluating {@code expression} yields a newly opened resource. */
  public static boolean acquires(Expression expression) {
    Map<Expression, Boolean> answers = ANSWERS.get();
    Boolean known = answers == null ? null : answers.get(expression);
    if (known != null) {
      return known;
    }
    boolean acquires = decideAcquires(expression);
    if (answers != null) {
      answers.put(expression, acquires);
    }
    return acquires;
  }

  private static boolean decideAcquires(Expression expression) {
    if (!isCandidate(expression)) {
      return false;
    }
    if (acquiresByTables(expression)) {
      return true;
    }
    // No table knows it: a call into code the scanner cannot read that says it creates one.
    return Trees.stripped(expression) instanceof MethodCallExpr call
        && ConventionalFactories.mayAcquire(call) && ConventionalFactories.acquires(call);
  }

  /** Whether the knowledge tables, or a factory of this file, say the expression acquires. */
  private static boolean acquiresByTables(Expression expression) {
    Expression e = Trees.stripped(expression);
    try {
      if (e instanceof ObjectCreationExpr creation) {
        // new FileTxnLog(dir) in FileTxnLog.java: a class of the file whose close() closes a field
        return OwnCloseables.creates(creation) || constructs(creation);
      }
      MethodCallExpr call = (MethodCallExpr) e;
      if (LocalFactories.isFactoryCall(call)) {
        return true; // a method of this file that returns what it opens
      }
      if (!mayBeInTables(call.getNameAsString())) {
        // Every table below, and every one the unresolved case asks, is looked up by the
        // method's name: for a name none knows the answer is no, resolved or not. Such calls
        // come here as a candidate factory of this file or by a creating name
        // (ConventionalFactories), and resolving them was a fifth of the scan's time.
        return false;
      }
      if (call.getScope().isPresent() && typeLikeName(call.getScope().get()) == null) {
        // consumer.accept(x): no instance factory of that name takes one argument, whatever
        // the receiver's type, so there is nothing to resolve.
        return ResourceApis.mayBeInstanceFactoryCall(call.getNameAsString(),
                call.getArguments().size())
            && instanceFactory(call);
      }
      ResolvedMethodDeclaration method = call.resolve();
      if (!method.isStatic() && !hasOwnedReceiver(call)) {
        return false;
      }
      String owner = method.declaringType().getQualifiedName();
      String name = call.getNameAsString();
      if (ResourceApis.wrapsViaFactory(owner, name)) {
        return call.getArguments().isNonEmpty() && acquires(call.getArgument(0));
      }
      if (ResourceApis.isFactoryByArgument(owner, name)) {
        return byArgument(owner, call);
      }
      // execute(request) returns the response to close, execute(request, handler) its T
      String result = resultTypeName(call, method);
      if (ResourceApis.acquires(owner, name, result)) {
        return true;
      }
      if (method.isStatic()) {
        return false; // static factories are not inherited: FileChannel.open is not its subclass's
      }
      // An implementation's override (HikariDataSource.getConnection) acquires like its interface.
      for (var ancestor : method.declaringType().getAllAncestors()) {
        if (ResourceApis.acquires(ancestor.getQualifiedName(), name, result)) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException | StackOverflowError unresolved) {
      // The solver cannot tell: stay silent, unless the name alone says who owns the result (a
      // library's getResourceAsStream helper, its class not on the class path, or the class's
      // own helper given an argument of a type the solver does not know), or the class a static
      // factory is called on is imported by a name the tables know (a library not on the class
      // path: ConnectionFactory.createConnection(conf) with its HBase import).
      if (!(e instanceof MethodCallExpr call)) {
        return false;
      }
      String name = call.getNameAsString();
      if ((call.getScope().isEmpty() || hasOwnedReceiver(call))
          && ResourceApis.acquiresWhateverTheOwner(name)) {
        return true;
      }
      for (String owner : importedClasses(call)) {
        if (ResourceApis.isFactoryByArgument(owner, name)) {
          return byArgument(owner, call); // TikaInputStream.get(new File(..)), tika not in view
        }
      }
      if (importedClasses(call).stream().anyMatch(owner ->
          ResourceApis.isStaticFactory(owner, name) && ResourceApis.acquires(owner, name))) {
        return true;
      }
      // repository.newObjectReader() with the receiver's class not on the class path: its
      // declared type, as the imports qualify it.
      return call.getScope().isPresent() && typeLikeName(call.getScope().get()) == null
          && hasOwnedReceiver(call)
          && declaredType(call.getScope().get())
              .map(owner -> acquiresWith(owner, call))
              .orElse(false);
    }
  }

  /**
   * Whether a method of this name is in some table {@link #acquiresByTables} asks: acquiring,
   * wrapping, by-argument factories, or a name that acquires whatever its owner.
   */
  private static boolean mayBeInTables(String name) {
    return ResourceApis.factoryMethodNames().contains(name)
        || ResourceApis.acquiresWhateverTheOwner(name);
  }

  /**
   * Whether a library factory that opens or wraps by its first argument's type ({@link
   * ResourceApis#factoryByArgument}) acquires: it opens given a file, path or URL, and wraps an
   * acquired stream.
   */
  private static boolean byArgument(String owner, MethodCallExpr call) {
    if (call.getArguments().isEmpty()) {
      return false;
    }
    Expression first = call.getArgument(0);
    String name = call.getNameAsString();
    boolean opens = declaredType(first).map(type ->
        ResourceApis.factoryByArgument(owner, name, type) == ConstructorKind.OPENS).orElse(false);
    return opens || ResourceApis.wrapsFirstArgument(owner, name) && acquires(first);
  }

  /**
   * Whether {@code expression} makes a JDBC child (a statement, a result set) on a local declared
   * in {@code body}: closing that parent closes the child, so the parent's own verdict speaks for
   * both (closed with it, or one finding, at the parent). A parameter or field parent is not ours.
   * Names are matched, so a name also declared as a parameter of the body does not count.
   */
  public static boolean isClosedWithLocalParent(Expression expression, Node body) {
    if (!(Trees.stripped(expression) instanceof MethodCallExpr call)
        || !(call.getScope().map(Trees::stripped).orElse(null) instanceof NameExpr parent)) {
      return false;
    }
    String name = parent.getNameAsString();
    boolean local = !Trees.findAll(body, VariableDeclarator.class,
        v -> v.getNameAsString().equals(name)
        && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr).isEmpty();
    boolean parameter = !Trees.findAll(body, Parameter.class, p -> p.getNameAsString().equals(name))
        .isEmpty() || body.getParentNode().map(m -> m instanceof NodeWithParameters<?> w
            && w.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name)))
            .orElse(false);
    return local && !parameter && isClosedWithReceiver(call);
  }

  /**
   * Whether {@code call} makes a JDBC child (a statement, a result set) that closing its receiver
   * closes ({@link ResourceApis#closedWithReceiver}).
   */
  public static boolean isClosedWithReceiver(MethodCallExpr call) {
    if (call.getScope().isEmpty()
        || !ResourceApis.mayBeClosedWithReceiver(call.getNameAsString())) {
      return false; // no receiver's type can make it one: not worth resolving
    }
    try {
      ResolvedType receiver = Trees.stripped(call.getScope().get()).calculateResolvedType();
      if (!receiver.isReferenceType()) {
        return false;
      }
      var type = receiver.asReferenceType();
      String method = call.getNameAsString();
      return ResourceApis.closedWithReceiver(type.getQualifiedName(), method)
          || type.getAllAncestors().stream()
              .anyMatch(a -> ResourceApis.closedWithReceiver(a.getQualifiedName(), method));
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
  }

  /**
   * Whether {@code receiver.m(..)} is a known instance factory, judged by the receiver's type and
   * its supertypes (so {@code HikariDataSource.getConnection()} counts as {@code DataSource}'s).
   * Resolving the receiver's type is much cheaper than resolving the call's overloads.
   */
  private static boolean instanceFactory(MethodCallExpr call) {
    if (!hasOwnedReceiver(call)) {
      return false;
    }
    ResolvedType receiver = call.getScope().get().calculateResolvedType();
    if (!receiver.isReferenceType()) {
      return false;
    }
    var type = receiver.asReferenceType();
    if (acquiresWith(type.getQualifiedName(), call)) {
      return true;
    }
    return type.getAllAncestors().stream()
        .anyMatch(ancestor -> acquiresWith(ancestor.getQualifiedName(), call));
  }

  /**
   * Whether {@code call}, a method of {@code owner} the solver did not resolve, acquires: the
   * factory takes that many arguments and, where its overloads return other things ({@code
   * client.execute(request, handler)}), the local the result is stored into is declared with the
   * resource's type.
   */
  private static boolean acquiresWith(String owner, MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!ResourceApis.acquires(owner, name)
        || !ResourceApis.takesArgumentCount(owner, name, call.getArguments().size())) {
      return false;
    }
    String declared = ConventionalFactories.declaredTypeOfLocal(call)
        .map(t -> t.getNameAsString()).orElse(null);
    return ResourceApis.acquires(owner, name, declared);
  }

  /**
   * Whether {@code new T(args)} acquires. The constructor (slow to resolve: its arguments' types
   * may live in other files) is resolved only when the type alone cannot tell: a plain wrapper
   * acquires exactly when its first argument does; a resource type opens unless it adopts a
   * {@code FileDescriptor}; a printer or scanner opens only when given a file.
   */
  private static boolean constructs(ObjectCreationExpr creation) {
    String type = qualifiedName(creation.getType());
    if (ResourceApis.isLibraryTypeThatMayOpen(type)) {
      // new RevWalk(repository): which constructor opens, the arguments' types tell (the first
      // must be known; new TreeWalk(repository, reader) borrows the reader).
      if (creation.getArguments().isEmpty()) {
        return false;
      }
      List<String> arguments = new ArrayList<>();
      for (Expression argument : creation.getArguments()) {
        Optional<String> declared = declaredType(argument);
        if (declared.isEmpty() && arguments.isEmpty()) {
          return false;
        }
        arguments.add(declared.orElse("?"));
      }
      return ResourceApis.constructor(type, arguments) == ConstructorKind.OPENS;
    }
    boolean wrapper = ResourceApis.isWrapperType(type);
    if (!wrapper && !ResourceApis.isResourceType(type)) {
      return false; // in-memory streams and types we do not know
    }
    Expression first = creation.getArguments().isEmpty() ? null : creation.getArgument(0);
    if (wrapper && first != null && isCandidate(first)) {
      return acquires(first); // an acquiring argument is a stream: this constructor wraps it
    }
    if (wrapper && !ResourceApis.opensWhenGivenAFile(type)) {
      return false; // wraps something it did not open
    }
    if (!wrapper && creation.getArguments().size() != 1) {
      return true; // new Socket(host, port), new RandomAccessFile(f, "r"): no descriptor to adopt
    }
    List<String> parameters = new ArrayList<>();
    try {
      ResolvedConstructorDeclaration constructor = creation.resolve();
      for (int i = 0; i < constructor.getNumberOfParams(); i++) {
        parameters.add(erasedName(constructor.getParam(i).getType()));
      }
    } catch (RuntimeException | StackOverflowError unresolved) {
      // new FileWriter(getFile(fh.getNewPath(), true)) without FileHeader's jar: the file's own
      // getFile is declared to return a File, so this is not FileWriter(FileDescriptor)
      Optional<String> declared = creation.getArguments().size() == 1
          ? OwnMethodTypes.declaredReturnType(first) : Optional.empty();
      if (declared.isEmpty()) {
        throw unresolved;
      }
      parameters.add(declared.get());
    }
    ConstructorKind kind = ResourceApis.constructor(type, parameters);
    return kind == ConstructorKind.OPENS
        || (kind == ConstructorKind.WRAPS && first != null && acquires(first));
  }

  /**
   * The erased type of {@code argument}: as the solver resolves it, or, for a variable of a
   * library type the solver cannot see, as its declaration spells it and the imports qualify it
   * ({@code Repository repository} with {@code import org.eclipse.jgit.lib.Repository}).
   */
  private static Optional<String> declaredType(Expression argument) {
    try {
      return Optional.of(erasedName(argument.calculateResolvedType()));
    } catch (RuntimeException | StackOverflowError unresolved) {
      if (Trees.stripped(argument) instanceof MethodCallExpr call) {
        if (call.getScope().isPresent()) {
          // httpClient.newCall(request) without OkHttp's jar: the result type the table knows for
          // the receiver's declared type (LibraryResultTypes)
          Optional<String> known = declaredType(call.getScope().get()).flatMap(owner ->
              LibraryResultTypes.resultOf(owner, call.getNameAsString(), call.getArguments().size()));
          if (known.isPresent()) {
            return known;
          }
        }
        return OwnMethodTypes.declaredReturnType(argument); // the file's own method says
      }
      if (!(Trees.stripped(argument) instanceof NameExpr name)) {
        return Optional.empty();
      }
      String variable = name.getNameAsString();
      for (Node up = name.getParentNode().orElse(null); up != null;
          up = up.getParentNode().orElse(null)) {
        Optional<com.github.javaparser.ast.type.Type> declared = declarationIn(up, variable);
        if (declared.isPresent()) {
          return declared.filter(ClassOrInterfaceType.class::isInstance)
              .flatMap(t -> importedName((ClassOrInterfaceType) t));
        }
      }
      return Optional.empty();
    }
  }

  /** The type {@code variable} is declared with as a parameter, local or field of {@code scope}. */
  private static Optional<com.github.javaparser.ast.type.Type> declarationIn(Node scope,
      String variable) {
    if (scope instanceof NodeWithParameters<?> callable) {
      Optional<Parameter> parameter = callable.getParameters().stream()
          .filter(p -> p.getNameAsString().equals(variable)).findFirst();
      if (parameter.isPresent()) {
        return Optional.of(parameter.get().getType());
      }
    }
    if (scope instanceof com.github.javaparser.ast.stmt.BlockStmt
        || scope instanceof com.github.javaparser.ast.body.TypeDeclaration<?>) {
      return scope.getChildNodes().stream()
          .flatMap(child -> child instanceof com.github.javaparser.ast.body.FieldDeclaration
                  || child instanceof com.github.javaparser.ast.stmt.ExpressionStmt
              ? Trees.findAll(child, VariableDeclarator.class).stream()
              : java.util.stream.Stream.empty())
          .filter(v -> v.getNameAsString().equals(variable))
          .map(VariableDeclarator::getType)
          .findFirst();
    }
    return Optional.empty();
  }

  /** The qualified name of a type written with its package or imported by a single-type import. */
  static Optional<String> importedName(ClassOrInterfaceType type) {
    if (type.getScope().isPresent()) {
      return Optional.of(type.getNameWithScope());
    }
    String simple = type.getNameAsString();
    return type.findCompilationUnit().flatMap(unit -> unit.getImports().stream()
        .filter(i -> !i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(simple))
        .map(i -> i.getNameAsString())
        .findFirst());
  }

  /**
   * The qualified name of a type as written: from its spelling or a single-type import when they
   * tell (as javac would: such an import shadows the package's types), else from the solver, which
   * may have to parse the enclosing class's supertypes to rule out member types.
   */
  /**
   * Whether the tables know {@code new T(..)}'s type as a wrapper that owns what it wraps
   * ({@link ResourceApis#isWrapperType}); no when the type cannot be named.
   */
  static boolean isKnownWrapper(ObjectCreationExpr creation) {
    try {
      return ResourceApis.isWrapperType(qualifiedName(creation.getType()));
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
  }

  static String qualifiedName(ClassOrInterfaceType type) {
    return importedName(type)
        .orElseGet(() -> type.resolve().asReferenceType().getQualifiedName());
  }

  /**
   * Whether an instance call's receiver leaves the result to this code. Not so for calls on
   * {@code this} or {@code super} (a resource implementation managing its own children) and for
   * calls on a try-with-resources variable: closing a JDBC connection or statement closes the
   * statements and result sets it made, so they are released with their parent.
   */
  private static boolean hasOwnedReceiver(MethodCallExpr call) {
    Expression receiver = call.getScope().map(Trees::stripped).orElse(null);
    if (receiver == null || receiver instanceof ThisExpr || receiver instanceof SuperExpr) {
      return false;
    }
    if (receiver instanceof NameExpr name) {
      for (Node up = call.getParentNode().orElse(null); up != null;
          up = up.getParentNode().orElse(null)) {
        if (!(up instanceof TryStmt around)) {
          continue;
        }
        boolean declaredInHeader = around.getResources().stream()
            .filter(VariableDeclarationExpr.class::isInstance)
            .flatMap(r -> ((VariableDeclarationExpr) r).getVariables().stream())
            .anyMatch(v -> v.getNameAsString().equals(name.getNameAsString()));
        if (declaredInHeader) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code call} returns a stream its receiver owns ({@link
   * ResourceApis#isViewOwnedByReceiver}: {@code response.getWriter()}), judged by the receiver's
   * type and its supertypes; false when the solver cannot tell.
   */
  public static boolean isViewOwnedByReceiver(MethodCallExpr call) {
    if (call.getScope().isEmpty()
        || !ResourceApis.mayBeViewOwnedByReceiver(call.getNameAsString())) {
      return false; // no receiver's type can make it one: not worth resolving
    }
    try {
      ResolvedType receiver = call.getScope().get().calculateResolvedType();
      if (!receiver.isReferenceType()) {
        return false;
      }
      String name = call.getNameAsString();
      var type = receiver.asReferenceType();
      return ResourceApis.isViewOwnedByReceiver(type.getQualifiedName(), name)
          || type.getAllAncestors().stream()
              .anyMatch(a -> ResourceApis.isViewOwnedByReceiver(a.getQualifiedName(), name));
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
  }

  /**
   * Whether {@code expression} is the wrapped first argument of an acquiring wrapper, or of a
   * constructor whose value the method owns by closing it.
   */
  public static boolean isWrappedByParent(Expression expression) {
    Node child = expression;
    Optional<Node> parent = expression.getParentNode();
    while (parent.isPresent() && parent.get() instanceof EnclosedExpr) {
      child = parent.get();
      parent = parent.get().getParentNode();
    }
    if (parent.isEmpty()) {
      return false;
    }
    List<Expression> arguments =
        parent.get() instanceof ObjectCreationExpr c ? c.getArguments()
            : parent.get() instanceof MethodCallExpr m && m.getScope().orElse(null) != child
                ? m.getArguments() : List.of();
    if (arguments.isEmpty() || arguments.get(0) != child) {
      return false;
    }
    // new POIFSFileSystem(new FileInputStream(f)), closed later by the method: the outer value
    // is the method's resource (SelfClosedLocals) and owns what it was built on.
    return acquires((Expression) parent.get())
        || parent.get() instanceof ObjectCreationExpr outer && SelfClosedLocals.isSite(outer);
  }

  /**
   * The expression that carries the resource acquired by {@code site}: the site, or the last
   * intermediate operation of a {@code java.util.stream} pipeline built on it, or the last call of
   * a chain of calls that return their receiver ({@code new PrintWriter(f).append(x)}, {@link
   * ReceiverReturns}), or a view whose closing closes it ({@code new FileInputStream(f)
   * .getChannel()}, {@link ClosingResultCalls#closesReceiver}).
   */
  public static Expression carrier(Expression site) {
    return chainEnd(site, call -> isStreamOperation(call)
        || ReceiverReturns.returnsReceiver(call, true) || ClosingResultCalls.closesReceiver(call));
  }

  /**
   * The outermost call of the chain built on {@code value} ({@code value.a().b()}, parentheses
   * allowed) whose every call passes {@code sameValue}; {@code value} when its first call does not.
   */
  static Expression chainEnd(Expression value, Predicate<MethodCallExpr> sameValue) {
    Expression current = value;
    while (true) {
      Node up = current;
      while (up.getParentNode().orElse(null) instanceof EnclosedExpr enclosed) {
        up = enclosed;
      }
      Optional<Node> parent = up.getParentNode();
      if (parent.isEmpty() || !(parent.get() instanceof MethodCallExpr call)
          || call.getScope().orElse(null) != up || !sameValue.test(call)) {
        return current;
      }
      current = call;
    }
  }

  private static boolean isStreamOperation(MethodCallExpr call) {
    try {
      ResolvedMethodDeclaration method = call.resolve();
      if (!method.declaringType().getQualifiedName().startsWith("java.util.stream.")) {
        return false;
      }
      ResolvedType returned = method.getReturnType();
      return returned.isReferenceType() && returned.asReferenceType().getAllAncestors().stream()
          .anyMatch(a -> a.getQualifiedName().equals("java.util.stream.BaseStream"))
          || returned.isReferenceType()
              && returned.asReferenceType().getQualifiedName().equals("java.util.stream.BaseStream");
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
  }

  /**
   * Whether a call's result may be the resource itself or another closeable (fluent APIs); false
   * when the solver cannot resolve the call.
   */
  public static boolean returnsCloseable(MethodCallExpr call) {
    try {
      ResolvedType returned = call.resolve().getReturnType();
      if (!returned.isReferenceType()) {
        return false; // void, primitives: certainly not the resource
      }
      var reference = returned.asReferenceType();
      return reference.getQualifiedName().equals("java.lang.AutoCloseable")
          || reference.getAllAncestors().stream()
              .anyMatch(a -> a.getQualifiedName().equals("java.lang.AutoCloseable"));
    } catch (RuntimeException | StackOverflowError unresolved) {
      // Cannot tell (an argument of a type the solver does not know): unknown is not an escape.
      // The receiver is a resource of a known type, whose fluent methods resolve.
      return false;
    }
  }

  /**
   * Whether {@code call} uses the resources passed to it and leaves them open ({@code
   * props.load(in)}; {@link ResourceApis#borrowsArguments}), by the resolved declaring type, or,
   * when the solver cannot resolve the call (a library not on the class path), by the class it is
   * called on as imported ({@code IOUtils.copy(in, out)} with {@code import
   * org.apache.commons.io.IOUtils}).
   */
  public static boolean borrows(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!ResourceApis.mayBorrowArguments(name)) {
      return false;
    }
    try {
      ResolvedMethodDeclaration method = call.resolve();
      return ResourceApis.borrowsArguments(method.declaringType().getQualifiedName(), name)
          || method.declaringType().getAllAncestors().stream()
              .anyMatch(a -> ResourceApis.borrowsArguments(a.getQualifiedName(), name));
    } catch (RuntimeException | StackOverflowError unresolved) {
      return importedClasses(call).stream()
          .anyMatch(owner -> ResourceApis.borrowsArguments(owner, name));
    }
  }

  /**
   * The classes a static call's receiver may be, for a library the solver cannot see: as the
   * file's single-type imports name it ({@code IOUtils.copy(..)} with {@code import
   * org.apache.commons.io.IOUtils}), else, as javac would look next, the file's own package (the
   * library's own sources: {@code ParquetFileReader.open(..)} in {@code org.apache.parquet.hadoop}).
   * Empty when the receiver is not spelled as a class name.
   */
  static List<String> importedClasses(MethodCallExpr call) {
    String written = call.getScope().map(Acquisitions::typeLikeName).orElse(null);
    if (written == null) {
      return List.of();
    }
    return call.findCompilationUnit().map(unit -> {
      List<String> imported = unit.getImports().stream()
          .filter(i -> !i.isStatic() && !i.isAsterisk()
              && i.getNameAsString().endsWith("." + written))
          .map(i -> i.getNameAsString())
          .toList();
      return imported.isEmpty()
          ? unit.getPackageDeclaration().map(p -> List.of(p.getNameAsString() + "." + written))
              .orElse(List.of())
          : imported;
    }).orElse(List.of());
  }

  /**
   * The type an acquisition yields, as a finding names it: the class a {@code new} creates, the
   * result type a factory declares; null when the solver cannot tell.
   */
  public static String typeName(Expression site) {
    Expression e = Trees.stripped(site);
    if (e instanceof ObjectCreationExpr creation) {
      return creation.getType().getNameAsString();
    }
    MethodCallExpr call = (MethodCallExpr) e;
    try {
      return resultTypeName(call, call.resolve());
    } catch (RuntimeException | StackOverflowError unresolved) {
      // A factory of this file returning a type the solver cannot see: as its declaration says.
      if (LocalFactories.isFactoryCall(call)) {
        return LocalFactories.resultType(call);
      }
      // Acquired from a library the solver cannot see (a table's pool.getResource(), a
      // convention's openFileEx): the type the local is declared with, as the javac and bytecode
      // engines name the factory's result; it also picks the finding's words (an EntityManager
      // is closed by a call, not by try-with-resources).
      return ConventionalFactories.declaredTypeOfLocal(call).map(t -> t.getNameAsString())
          .orElse(null);
    }
  }

  /**
   * The qualified name of the class {@code call} of {@code method} returns, null for a primitive
   * or an array: where the declaration returns a type variable, the call's own type (the T of
   * {@code HttpResponse<InputStream>.body()} is an {@code InputStream}).
   */
  private static String resultTypeName(MethodCallExpr call, ResolvedMethodDeclaration method) {
    ResolvedType returned = method.getReturnType().isTypeVariable()
        ? call.calculateResolvedType() : method.getReturnType();
    return returned.isReferenceType() ? returned.asReferenceType().getQualifiedName() : null;
  }

  private static String erasedName(ResolvedType type) {
    if (type.isArray()) {
      return erasedName(type.asArrayType().getComponentType()) + "[]";
    }
    if (type.isPrimitive()) {
      return type.asPrimitive().describe();
    }
    if (type.isReferenceType()) {
      return type.asReferenceType().getQualifiedName();
    }
    return "java.lang.Object"; // a type variable: erased to its bound, which we do not need
  }
}
