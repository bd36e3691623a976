package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.model.staticcache.CollectionAdd;
import dev.leakproof.checks.model.staticcache.CollectionCall;
import dev.leakproof.checks.model.staticcache.InitOnlyMethods;
import dev.leakproof.checks.model.staticcache.RegistrationMethods;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything one file does with one static collection field: where it is added to outside static
 * initialisation, whether anything removes from it (directly, through a view or an iterator),
 * replaces it, lets it escape, or checks its {@code size()} beside an add. Syntax only; a
 * same-named reference whose meaning the syntax cannot settle goes to {@code resolve}, and one it
 * cannot settle either counts as an escape (silence).
 *
 * <p>The field may also be an instance field of a class with one instance
 * ({@link dev.leakproof.checks.model.singleton.Singletons}): then every reference to it,
 * whatever the receiver, is the same collection, and the owner's construction (its constructors,
 * instance initialisers and instance field initialisers), which runs once, counts as
 * initialisation too. A {@code x.field} other than {@code this.field} then
 * goes to {@code resolve}.
 */
public final class StaticFieldUses {
  private final VariableDeclarator field;
  private final TypeDeclaration<?> owner;
  /** An instance field of a singleton: its owner's construction is initialisation too. */
  private final boolean instance;
  private final boolean cache;
  private final CompilationUnit unit;
  private final Predicate<MethodCallExpr> returnsAValue;

  /** Adds outside initialisation: the adding calls. */
  public final List<MethodCallExpr> adds = new ArrayList<>();
  /** Assignments to the field in initialisation. */
  public final List<AssignExpr> initialAssignments = new ArrayList<>();
  public boolean removes;
  public boolean replaced;
  public boolean escapes;

  private final Set<Node> sizeChecked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private Set<String> initOnlyMethods;

  private StaticFieldUses(VariableDeclarator field, TypeDeclaration<?> owner, boolean cache,
      CompilationUnit unit, Predicate<MethodCallExpr> returnsAValue) {
    this.returnsAValue = returnsAValue;
    this.field = field;
    this.owner = owner;
    this.instance = field.getParentNode()
        .map(p -> p instanceof FieldDeclaration declaration && !declaration.isStatic())
        .orElse(false);
    this.cache = cache;
    this.unit = unit;
  }

  /**
   * Scans {@code unit} for references to {@code field} (declared in {@code owner}).
   *
   * @param resolve for a same-named name the syntax cannot settle: whether it is this field
   *     (empty when the solver cannot tell either)
   * @param returnsAValue whether the solver says a call returns a value (false when it cannot
   *     tell); asked only of a {@code remove()} whose result the code does not use
   */
  public static StaticFieldUses in(CompilationUnit unit, TypeDeclaration<?> owner,
      VariableDeclarator field, boolean cache, Function<Expression, Optional<Boolean>> resolve,
      Predicate<MethodCallExpr> returnsAValue) {
    StaticFieldUses uses = new StaticFieldUses(field, owner, cache, unit, returnsAValue);
    String name = field.getNameAsString();
    for (NameExpr reference :
        Trees.findAll(unit, NameExpr.class, n -> n.getNameAsString().equals(name))) {
      Optional<Boolean> ours = refersToField(reference, field, resolve);
      if (ours.isEmpty()) {
        uses.escapes = true;
      } else if (ours.get()) {
        uses.classify(reference);
      }
    }
    for (FieldAccessExpr reference : Trees.findAll(unit, FieldAccessExpr.class,
        f -> f.getNameAsString().equals(name))) {
      if (uses.instance) {
        uses.classifyInstanceAccess(reference, resolve);
        continue;
      }
      switch (qualifier(reference.getScope(), owner)) {
        case OWNER -> uses.classify(reference);
        case OTHER_TYPE -> { }
        case UNKNOWN -> uses.escapes = true; // `variable.NAME`: perhaps ours; stay silent
      }
    }
    return uses;
  }

  /**
   * {@code this.field} by the syntax ({@code this} may be a nested class's), any other
   * {@code x.field} by the solver: ours, another field, or unknown (an escape, so silence).
   */
  private void classifyInstanceAccess(FieldAccessExpr reference,
      Function<Expression, Optional<Boolean>> resolve) {
    Optional<Boolean> ours = reference.getScope() instanceof ThisExpr
        ? refersToField(reference, field, resolve) : resolve.apply(reference);
    if (ours.isEmpty()) {
      escapes = true;
    } else if (ours.get()) {
      classify(reference);
    }
  }

  private enum Qualifier { OWNER, OTHER_TYPE, UNKNOWN }

  /** What the {@code X} of {@code X.NAME} is: the field's class, another type, or unclear. */
  private static Qualifier qualifier(Expression scope, TypeDeclaration<?> owner) {
    String ownerName = owner.getNameAsString();
    if (scope instanceof ThisExpr) {
      return Qualifier.OWNER;
    }
    if (scope instanceof FieldAccessExpr qualified) {
      return qualified.getNameAsString().equals(ownerName) ? Qualifier.OWNER : Qualifier.UNKNOWN;
    }
    if (scope instanceof NameExpr named) {
      if (named.getNameAsString().equals(ownerName)) {
        return Qualifier.OWNER;
      }
      // Not a variable of this file: a type name (or an inherited field, which we cannot see).
      boolean variable = VariableLookup.of(named)
          .map(d -> d.kind() != Declaration.Kind.ELSEWHERE).orElse(true);
      boolean extendsSomething = named.findAncestor(TypeDeclaration.class)
          .map(t -> t instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
              && !c.getExtendedTypes().isEmpty()).orElse(true);
      return variable || extendsSomething ? Qualifier.UNKNOWN : Qualifier.OTHER_TYPE;
    }
    return Qualifier.UNKNOWN;
  }

  private static Optional<Boolean> refersToField(Expression reference, VariableDeclarator field,
      Function<Expression, Optional<Boolean>> resolve) {
    Optional<Declaration> declaration = VariableLookup.of(reference);
    if (declaration.isEmpty()) {
      return Optional.empty();
    }
    switch (declaration.get().kind()) {
      case LOCAL:
        return Optional.of(false);
      case FIELD:
        return Optional.of(declaration.get().node().orElseThrow() == field);
      case ELSEWHERE:
        return resolve.apply(reference);
      default:
        return Optional.empty();
    }
  }

  /** The adds outside initialisation, as the model takes them. */
  public List<CollectionAdd> collectionAdds(Predicate<MethodCallExpr> boundedKey) {
    List<CollectionAdd> found = new ArrayList<>();
    Set<MethodDeclaration> registering = instance ? Set.of() : registrationMethods();
    for (MethodCallExpr add : adds) {
      Node body = enclosingBody(add);
      found.add(new CollectionAdd(add.getNameAsString(), add.getBegin().map(p -> p.line).orElse(0),
          sizeChecked.contains(body),
          body instanceof MethodDeclaration method && registering.contains(method),
          boundedKey.test(add)));
    }
    return found;
  }

  /**
   * The owner's registration methods ({@link RegistrationMethods}), a call matched to its
   * methods by name and arity, as far as the syntax tells.
   */
  private Set<MethodDeclaration> registrationMethods() {
    List<MethodDeclaration> methods = owner.getMethods();
    Map<String, List<Integer>> bySignature = new HashMap<>();
    Map<MethodDeclaration, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < methods.size(); i++) {
      bySignature.computeIfAbsent(signature(methods.get(i)), k -> new ArrayList<>()).add(i);
      index.put(methods.get(i), i);
    }
    Map<Integer, List<MethodCallExpr>> callSites = new HashMap<>();
    for (MethodCallExpr call : Trees.findAll(owner, MethodCallExpr.class)) {
      boolean ownStatic = call.getScope().map(scope -> scope instanceof NameExpr name
          && name.getNameAsString().equals(owner.getNameAsString())).orElse(true);
      if (ownStatic) {
        for (int callee : bySignature.getOrDefault(
            call.getNameAsString() + "/" + call.getArguments().size(), List.of())) {
          callSites.computeIfAbsent(callee, k -> new ArrayList<>()).add(call);
        }
      }
    }
    Set<Integer> registering = RegistrationMethods.of(callSites, (call, reached) -> {
      Node member = call;
      while (member.getParentNode().isPresent() && member.getParentNode().get() != owner) {
        member = member.getParentNode().get();
      }
      return member.getParentNode().isPresent()
          && (member instanceof InitializerDeclaration block && block.isStatic()
              || member instanceof FieldDeclaration declaration && declaration.isStatic()
              || member instanceof MethodDeclaration method
                  && reached.contains(index.get(method)));
    }, i -> new RegistrationMethods.Shape(methods.get(i).isStatic(), methods.get(i).isPrivate(),
        methods.get(i).getType().isVoidType()));
    Set<MethodDeclaration> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    registering.forEach(i -> found.add(methods.get(i)));
    return found;
  }

  private void classify(Expression reference) {
    Node parent = reference.getParentNode().orElseThrow();
    if (parent instanceof AssignExpr assignment && assignment.getTarget() == reference) {
      if (assignment.getOperator() == AssignExpr.Operator.ASSIGN
          && inInitialisation(reference)) {
        initialAssignments.add(assignment);
      } else {
        replaced = true;
      }
      return;
    }
    followCalls(reference, cache);
  }

  /** Follows {@code field.view().call()} chains from the collection at {@code at}. */
  private void followCalls(Expression at, boolean onCache) {
    Node child = at;
    Node parent = at.getParentNode().orElseThrow();
    while (parent instanceof EnclosedExpr) {
      child = parent;
      parent = parent.getParentNode().orElseThrow();
    }
    if (parent instanceof ForEachStmt loop && loop.getIterable() == child
        || parent instanceof SynchronizedStmt lock && lock.getExpression() == child) {
      return; // iterating without an iterator cannot remove; a lock reads nothing
    }
    if (!(parent instanceof MethodCallExpr call) || call.getScope().orElse(null) != child) {
      escapes = true; // an argument, a return value, an alias: others may remove
      return;
    }
    CollectionCall.dispatch(call.getNameAsString(), onCache, new CollectionCall.Site() {
      @Override public boolean inInitialisation() {
        return StaticFieldUses.this.inInitialisation(call);
      }
      @Override public boolean bodyCallsIteratorRemove() {
        return Trees.findFirst(enclosingBody(call), MethodCallExpr.class,
            c -> CollectionApis.mayRemoveThroughIterator(c.getNameAsString(),
                c.getArguments().size(), () -> resultUsed(c) || returnsAValue.test(c)))
            .isPresent();
      }
      @Override public boolean resultOnlyLogged() { return logged(call); }
      @Override public void adds() { adds.add(call); }
      @Override public void removes() { removes = true; }
      @Override public void followResultAsView() { followCalls(call, false); }
      @Override public void checksSize() { sizeChecked.add(enclosingBody(call)); }
    });
  }

  /**
   * Whether the code uses the value {@code call} returns (so it returns one): anything but a
   * statement of its own or a lambda's expression body, which may drop it.
   */
  private static boolean resultUsed(MethodCallExpr call) {
    Node parent = call.getParentNode().orElse(null);
    return !(parent instanceof ExpressionStmt) && !(parent instanceof LambdaExpr);
  }

  /**
   * Whether the value of {@code sizeCall} is an argument of a call or part of a string being
   * concatenated (a {@code +} chain with a string literal): logged or printed, not compared, so
   * not a bound ({@link CollectionAdd}).
   */
  private static boolean logged(MethodCallExpr sizeCall) {
    Node parent = sizeCall.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr) {
      parent = parent.getParentNode().orElse(null);
    }
    if (parent instanceof MethodCallExpr || parent instanceof ObjectCreationExpr) {
      return true; // not the receiver: a call on size()'s int is not possible
    }
    if (!isPlus(parent)) {
      return false;
    }
    Node outermost = parent;
    while (outermost.getParentNode().filter(StaticFieldUses::isPlus).isPresent()) {
      outermost = outermost.getParentNode().get();
    }
    return hasStringLiteralOperand(outermost);
  }

  private static boolean isPlus(Node node) {
    return node instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS;
  }

  /** Whether a {@code +} chain has a string literal among its operands (parentheses looked through). */
  private static boolean hasStringLiteralOperand(Node operand) {
    if (operand instanceof EnclosedExpr enclosed) {
      return hasStringLiteralOperand(enclosed.getInner());
    }
    if (operand instanceof BinaryExpr plus && isPlus(plus)) {
      return hasStringLiteralOperand(plus.getLeft()) || hasStringLiteralOperand(plus.getRight());
    }
    return operand instanceof StringLiteralExpr;
  }

  /** The innermost lambda, method, constructor, initialiser or field around {@code node}. */
  private static Node enclosingBody(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof LambdaExpr || n instanceof CallableDeclaration<?>
          || n instanceof InitializerDeclaration || n instanceof FieldDeclaration) {
        return n;
      }
    }
    return node.findCompilationUnit().map(Node.class::cast).orElse(node);
  }

  /**
   * Whether {@code node} runs during static initialisation: a static field's initialiser, a
   * {@code static {}} block, or a private method only called from those (lambdas included, as
   * with {@code forEach}); not inside an anonymous class there, which runs later. For a
   * singleton's instance field, also in the owner's constructors, instance initialisers and
   * instance field initialisers.
   */
  private boolean inInitialisation(Node node) {
    return inInitialisation(node, initOnlyMethods());
  }

  private boolean inInitialisation(Node node, Set<String> initOnly) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof ConstructorDeclaration constructor) {
        // A private constructor only static initialisers call (interned constants) runs only
        // while the class initialises, like a private init-only method.
        return instance && ownerMember(n) || initOnly.contains(signature(constructor));
      }
      if (n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()
          && n != node
          || n instanceof TypeDeclaration<?>) {
        return false;
      }
      if (n instanceof InitializerDeclaration initializer) {
        return initializer.isStatic() || instance && ownerMember(n);
      }
      if (n instanceof FieldDeclaration declaration) {
        return declaration.isStatic() || instance && ownerMember(n);
      }
      if (n instanceof MethodDeclaration method) {
        return initOnly.contains(signature(method));
      }
      if (n instanceof EnumConstantDeclaration) {
        return true; // a constant's arguments and constructor run in its enum's static initialiser
      }
    }
    return false;
  }

  private boolean ownerMember(Node member) {
    return member.getParentNode().orElse(null) == owner;
  }

  /**
   * Private methods every call of which is in initialisation ({@link InitOnlyMethods}), keyed by
   * name and arity, the signature as far as the syntax tells it: overloads of one arity share a
   * key, so one called elsewhere keeps the others out too (the cautious side: their adds count).
   * A method reference names no arity and stands for every overload of its name.
   */
  private Set<String> initOnlyMethods() {
    if (initOnlyMethods != null) {
      return initOnlyMethods;
    }
    Set<String> notPrivate = new HashSet<>();
    Map<String, List<Node>> sites = new HashMap<>();
    Map<String, List<MethodDeclaration>> privateByName = new HashMap<>();
    for (MethodDeclaration method : Trees.findAll(unit, MethodDeclaration.class)) {
      if (method.isPrivate()) {
        sites.putIfAbsent(signature(method), new ArrayList<>());
        privateByName.computeIfAbsent(method.getNameAsString(), n -> new ArrayList<>())
            .add(method);
      } else {
        notPrivate.add(signature(method));
      }
    }
    sites.keySet().removeAll(notPrivate);
    for (MethodCallExpr call : Trees.findAll(unit, MethodCallExpr.class)) {
      int arguments = call.getArguments().size();
      for (MethodDeclaration method : privateByName.getOrDefault(call.getNameAsString(),
          List.of())) {
        int parameters = method.getParameters().size();
        boolean varargs = method.getParameters().stream().anyMatch(p -> p.isVarArgs());
        List<Node> calls = sites.get(signature(method));
        if (calls != null
            && (arguments == parameters || varargs && arguments >= parameters - 1)) {
          calls.add(call);
        }
      }
    }
    // Private constructors, called by `new C(…)` and `this(…)`/`super(…)` of the same arity.
    for (ConstructorDeclaration constructor : Trees.findAll(unit, ConstructorDeclaration.class)) {
      String type = constructor.getNameAsString();
      // Not of a class the file extends: an implicit super() names no constructor.
      boolean extended = Trees.findFirst(unit, ClassOrInterfaceDeclaration.class,
          c -> c.getExtendedTypes().stream().anyMatch(t -> t.getNameAsString().equals(type)))
          .isPresent();
      if (constructor.isPrivate() && !extended || enumConstructor(constructor)) {
        sites.put(signature(constructor), new ArrayList<>());
      }
    }
    // An enum's constructors (private whatever they say) are called by its constants.
    for (EnumConstantDeclaration constant : Trees.findAll(unit, EnumConstantDeclaration.class)) {
      constant.getParentNode().map(EnumDeclaration.class::cast).ifPresent(type -> {
        List<Node> calls = sites.get(type.getNameAsString() + ".<init>/"
            + constant.getArguments().size());
        if (calls != null) {
          calls.add(constant);
        }
      });
    }
    for (ObjectCreationExpr creation : Trees.findAll(unit, ObjectCreationExpr.class)) {
      List<Node> calls = sites.get(creation.getType().getNameAsString() + ".<init>/"
          + creation.getArguments().size());
      if (calls != null) {
        calls.add(creation);
      }
    }
    for (ExplicitConstructorInvocationStmt chained
        : Trees.findAll(unit, ExplicitConstructorInvocationStmt.class)) {
      // this(…) names its own class, super(…) the superclass: either may be a private one here.
      sites.forEach((key, calls) -> {
        if (key.endsWith(".<init>/" + chained.getArguments().size())) {
          calls.add(chained);
        }
      });
    }
    // A method reference runs its method as if called where it is made, like a lambda.
    for (MethodReferenceExpr reference : Trees.findAll(unit, MethodReferenceExpr.class)) {
      sites.forEach((key, calls) -> {
        if (key.startsWith(reference.getIdentifier() + "/")) {
          calls.add(reference);
        }
      });
    }
    initOnlyMethods = InitOnlyMethods.of(sites, this::inInitialisation);
    return initOnlyMethods;
  }

  private static boolean enumConstructor(ConstructorDeclaration constructor) {
    return constructor.getParentNode().filter(EnumDeclaration.class::isInstance).isPresent();
  }

  private static String signature(ConstructorDeclaration constructor) {
    return constructor.getNameAsString() + ".<init>/" + constructor.getParameters().size();
  }

  private static String signature(MethodDeclaration method) {
    return method.getNameAsString() + "/" + method.getParameters().size();
  }
}
