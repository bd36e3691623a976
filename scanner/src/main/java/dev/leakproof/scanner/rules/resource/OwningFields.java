package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.OwningFieldModel;
import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.model.resource.OwningFieldModel.FailsAfterStore;
import dev.leakproof.checks.model.resource.OwningFieldModel.MethodUses;
import dev.leakproof.checks.model.resource.OwningFieldModel.OwnedField;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.syntax.Solver;
import dev.leakproof.scanner.rules.syntax.JavaParserTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts {@link OwningFieldModel} judges, read from one class's source: the resources it
 * stores into its own instance fields and how each of its members uses those fields. Members of
 * nested and anonymous classes belong to those classes. The caller has attached the symbol
 * solver ({@link Acquisitions} resolves candidate acquisitions).
 */
public final class OwningFields {
  private final TypeDeclaration<?> type;
  private final Set<String> fields = new HashSet<>();
  private final List<OwnedField> owned = new ArrayList<>();
  private final List<MethodUses> methods = new ArrayList<>();
  private final Map<OwnedField, Node> stores = new HashMap<>();
  private final List<FailsAfterStore> failures = new ArrayList<>();
  /** Fields given as arguments, judged once the owned fields are known ({@link #judgeArguments}). */
  private final List<Runnable> arguments = new ArrayList<>();
  /** The member being read, its name as {@link MethodUses} gives it, and the locals that shadow fields in it. */
  private BodyDeclaration<?> member;
  private String memberName;
  private Set<String> shadowing = Set.of();
  /** Fields the member being read assigns anything but a freshly opened resource. */
  private Set<String> storesOther = new HashSet<>();

  private OwningFields(TypeDeclaration<?> type) {
    this.type = type;
  }

  /**
   * Reads {@code type}'s facts; null when it cannot own a field worth judging (an interface, or a
   * class without a release method: then nothing is resolved at all).
   */
  public static OwningFields of(TypeDeclaration<?> type) {
    if (!hasReleaseMethod(type)) {
      return null;
    }
    OwningFields facts = new OwningFields(type);
    for (FieldDeclaration field : type.getFields()) {
      if (!field.isStatic()) {
        field.getVariables().forEach(v -> facts.fields.add(v.getNameAsString()));
      }
    }
    if (facts.fields.isEmpty()) {
      return null;
    }
    for (BodyDeclaration<?> member : type.getMembers()) {
      facts.read(member);
    }
    facts.judgeArguments();
    return facts;
  }

  /** Whether {@code type} is a class with a release method ({@code close()}, …) of its own. */
  public static boolean hasReleaseMethod(TypeDeclaration<?> type) {
    return !(type instanceof ClassOrInterfaceDeclaration c && c.isInterface())
        && type.getMethods().stream().anyMatch(m -> m.getBody().isPresent()
            && OwningFieldModel.isReleaseMethod(m.getNameAsString(), m.getParameters().size()));
  }

  public List<OwnedField> owned() {
    return owned;
  }

  public List<MethodUses> methods() {
    return methods;
  }

  /** The stores a constructor may fail after ({@link FailsAfterStore}). */
  public List<FailsAfterStore> failures() {
    return failures;
  }

  /**
   * The fields every constructor leaves holding a resource it opened, directly or through {@code
   * this(..)}, or that a field initializer opens ({@link OwningFieldModel#judge(List, List, Set)}).
   * A constructor opens a field when the store is one of its top-level statements, or one of a
   * top-level {@code try} whose every {@code catch} ends by throwing.
   */
  public Set<String> openedAtConstruction() {
    Set<String> initialized = new HashSet<>();
    for (OwnedField store : owned) {
      if (stores.get(store) instanceof VariableDeclarator) {
        initialized.add(store.field()); // private final Socket sock = new Socket();
      }
    }
    List<Set<String>> openedByConstructor = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration c) {
      for (ConstructorDeclaration constructor : c.getConstructors()) {
        openedByConstructor.add(delegates(constructor) ? null : openedBy(constructor));
      }
    }
    return OwningFieldModel.openedAtConstruction(initialized, openedByConstructor);
  }

  /** The owned fields {@code constructor} stores on every path that returns normally. */
  private Set<String> openedBy(ConstructorDeclaration constructor) {
    Set<String> opened = new HashSet<>();
    for (OwnedField store : owned) {
      if (alwaysRuns(stores.get(store), constructor)) {
        opened.add(store.field());
      }
    }
    return opened;
  }

  private static boolean delegates(ConstructorDeclaration constructor) {
    return constructor.getBody().getStatements().getFirst()
        .filter(first -> first instanceof ExplicitConstructorInvocationStmt call && call.isThis())
        .isPresent();
  }

  /** Whether {@code store} runs on every path through {@code constructor} that returns normally. */
  private static boolean alwaysRuns(Node store, ConstructorDeclaration constructor) {
    return OwningFieldModel.storedOnEveryNormalPath(JavaParserTree.INSTANCE,
        JavaParserTree.upTo(store, constructor.getBody()), constructor.getBody());
  }


  /**
   * Whether {@code store}, an assignment to {@code field} in a method that is not a constructor,
   * overwrites whatever the field held when the method was entered ({@link OwnedField#overwrites}):
   * it is in no loop or lambda, and no mention of the field and no call of a method of the class
   * comes before it in the method's text.
   */
  private boolean overwrites(Node store) {
    if (!(store instanceof AssignExpr) || memberName.equals("<init>")) {
      return false;
    }
    for (Node n = store; n != null && n != member; n = n.getParentNode().orElse(null)) {
      if (n instanceof LambdaExpr || n instanceof ForStmt || n instanceof ForEachStmt
          || n instanceof WhileStmt || n instanceof DoStmt) {
        return false;
      }
    }
    com.github.javaparser.Position at = store.getBegin().orElse(null);
    if (at == null) {
      return false;
    }
    boolean[] touched = {false};
    Trees.walk(member, Node.class, node -> {
      if (touched[0] || node.getBegin().filter(p -> p.isBefore(at)).isEmpty()) {
        return;
      }
      touched[0] = node instanceof Expression e && isFieldReference(e, shadowing)
          || node instanceof MethodCallExpr call && isOwnCall(call)
              && (mayBeInherited(call.getNameAsString())
                  || type.getMethodsByName(call.getNameAsString()).stream().anyMatch(m -> !m.isStatic()));
    });
    return !touched[0];
  }

  private void read(BodyDeclaration<?> member) {
    if (member instanceof TypeDeclaration) {
      return;
    }
    String name = member instanceof MethodDeclaration m ? m.getNameAsString() : "<init>";
    int parameters = member instanceof CallableDeclaration<?> c ? c.getParameters().size() : 0;
    Set<String> shadowing = new HashSet<>();
    this.member = member;
    this.memberName = name;
    this.shadowing = shadowing;
    this.storesOther = new HashSet<>();
    if (member instanceof CallableDeclaration<?> c) {
      c.getParameters().forEach(p -> shadowing.add(p.getNameAsString()));
    }
    if (!(member instanceof FieldDeclaration)) {
      Trees.walk(member, VariableDeclarator.class, v -> shadowing.add(v.getNameAsString()));
      Trees.walk(member, Parameter.class, p -> shadowing.add(p.getNameAsString()));
    }
    Set<String> releases = new HashSet<>();
    Set<String> handsOver = new HashSet<>();
    Set<String> calls = new HashSet<>();
    boolean[] callsUnseen = {false};
    Trees.walk(member, Node.class, node -> {
      if (!ownNode(node, member)) {
        return;
      }
      if (member instanceof FieldDeclaration field && node instanceof VariableDeclarator v
          && !field.isStatic() && v.getInitializer().isPresent()) {
        store(v.getNameAsString(), v.getInitializer().get(), v);
      }
      if (node instanceof Expression e && isFieldReference(e, shadowing)) {
        classify(e, fieldName(e), releases, handsOver);
      }
      if (node instanceof MethodCallExpr call && isOwnCall(call)) {
        String callee = call.getNameAsString();
        boolean seen = type.getMethodsByName(callee).stream().anyMatch(m -> m.getBody().isPresent());
        if (seen) {
          calls.add(callee);
        } else if (mayBeInherited(callee)) {
          callsUnseen[0] = true;
        }
      }
    });
    if (!(member instanceof FieldDeclaration)) {
      methods.add(new MethodUses(name, parameters, releases, handsOver, calls, callsUnseen[0],
          storesOther));
    }
  }

  /** Whether a call of this name on {@code this}, not declared here with a body, may run code we cannot see. */
  private boolean mayBeInherited(String callee) {
    boolean extendsSomething = type instanceof ClassOrInterfaceDeclaration c
        && (c.getExtendedTypes().isNonEmpty() || !c.isStatic() && c.isNestedType());
    return extendsSomething || !type.getMethodsByName(callee).isEmpty();
  }

  /** Whether {@code node} belongs to {@code member} itself, not to a class nested in it. */
  private static boolean ownNode(Node node, Node member) {
    for (Node n = node; n != null && n != member; n = n.getParentNode().orElse(null)) {
      if (n instanceof BodyDeclaration) {
        return false; // a member of a nested, local or anonymous class
      }
    }
    return true;
  }

  private boolean isFieldReference(Expression e, Set<String> shadowing) {
    if (e instanceof NameExpr n) {
      return fields.contains(n.getNameAsString()) && !shadowing.contains(n.getNameAsString());
    }
    return e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr t
        && t.getTypeName().isEmpty() && fields.contains(f.getNameAsString());
  }

  private static String fieldName(Expression reference) {
    return reference instanceof NameExpr n ? n.getNameAsString() : ((FieldAccessExpr) reference).getNameAsString();
  }

  private void classify(Expression reference, String field, Set<String> releases, Set<String> handsOver) {
    Node child = reference;
    Node parent = reference.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr || parent instanceof CastExpr || parent instanceof ConditionalExpr c && c.getCondition() != child) {
      child = parent;
      parent = parent.getParentNode().orElse(null);
    }
    if (parent instanceof AssignExpr assign) {
      if (assign.getTarget() == child) {
        if (assign.getOperator() != AssignExpr.Operator.ASSIGN || !store(field, assign.getValue(), assign)) {
          storesOther.add(field);
        }
      } else {
        handsOver.add(field); // copied to another variable: followed no further
      }
    } else if (parent instanceof VariableDeclarator || parent instanceof ArrayInitializerExpr
        || parent instanceof LambdaExpr || parent instanceof ObjectCreationExpr) {
      handsOver.add(field);
    } else if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == child) {
      OwningFieldModel.record(OwningFieldModel.asReceiverOf(call.getNameAsString()), field,
          releases, handsOver);
    } else if (parent instanceof MethodCallExpr call) {
      Node argument = child;
      arguments.add(() -> {
        if (owned.stream().anyMatch(f -> f.field().equals(field))) {
          OwningFieldModel.record(asArgumentOf(call, argument), field, releases, handsOver);
        }
      });
    } else if (parent instanceof ReturnStmt exit) {
      OwningFieldModel.record(OwningFieldModel.asReturned(storedAfter(exit, field)), field,
          releases, handsOver);
    } else if (parent instanceof TryStmt) {
      releases.add(field); // try (file) { … }
    }
  }

  /**
   * Judges the fields given as arguments, once every store is known: only an owned field's
   * matter, and judging one may read the callee's body ({@link #asArgumentOf}).
   */
  private void judgeArguments() {
    arguments.forEach(Runnable::run);
  }

  /**
   * What {@code call} does with the field given as its {@code argument}: closes it when the
   * tables say so, as for a local ({@link ClosingHelpers#closesArguments}), or when the called
   * method's body does ({@link CalleeSummaries}, read only when the tables do not answer).
   */
  private static OwningFieldModel.Use asArgumentOf(MethodCallExpr call, Node argument) {
    boolean closesIt = ClosingHelpers.closesArguments(call);
    return OwningFieldModel.asArgumentOf(call.getNameAsString(), closesIt,
        closesIt ? CalleeSummary.UNKNOWN : CalleeSummaries.of(call, argument));
  }

  /**
   * Whether a {@code finally} that runs after {@code exit} assigns {@code field} ({@code try {
   * return in; } finally { in = null; }}): the {@code return} is in the body or a {@code catch}
   * of a {@code try} of the same member whose {@code finally} block does ({@link
   * OwningFieldModel#asReturned}).
   */
  private boolean storedAfter(ReturnStmt exit, String field) {
    Node child = exit;
    for (Node up = exit.getParentNode().orElse(null); up != null && up != member
        && !(up instanceof LambdaExpr) && !(up instanceof BodyDeclaration<?>);
        child = up, up = up.getParentNode().orElse(null)) {
      if (up instanceof TryStmt attempt && attempt.getFinallyBlock().isPresent()
          && attempt.getFinallyBlock().get() != child
          && Trees.findAll(attempt.getFinallyBlock().get(), AssignExpr.class).stream()
              .anyMatch(a -> isFieldReference(a.getTarget(), shadowing)
                  && fieldName(a.getTarget()).equals(field))) {
        return true;
      }
    }
    return false;
  }

  /** The store (an assignment or a field's initializer) a finding about {@code field} points at. */
  public Node storeOf(OwnedField field) {
    return stores.get(field);
  }

  /** The declaration of the owned {@code field}: a suppression on it silences its finding. */
  public Node declarationOf(OwnedField field) {
    return type.getFieldByName(field.field()).map(Node.class::cast).orElse(type);
  }

  /**
   * Records {@code field = value} (written at {@code store}) when {@code value} opens a resource;
   * whether it does.
   */
  private boolean store(String field, Expression value, Node store) {
    Expression site = Trees.stripped(value);
    if (site instanceof MethodCallExpr call && Acquisitions.isClosedWithReceiver(call)) {
      return false; // conn.prepareStatement(..): closing the connection closes it; the parent is judged
    }
    int line = store.getBegin().map(p -> p.line).orElse(0);
    if (site instanceof NameExpr local) {
      site = openedThrough(local, store); // FileChannel ch = FileChannel.open(p); this.ch = ch;
      if (site == null) {
        return false;
      }
    }
    if (acquires(site)) {
      own(new OwnedField(field, Acquisitions.typeName(site), line, memberName, overwrites(store)), store);
      return true;
    } else if (site instanceof MethodCallExpr call && isOwnCall(call)) {
      // this.sock = createSocket(): a factory of the class that returns what it opened
      MethodDeclaration factory = type.getMethodsByName(call.getNameAsString()).stream()
          .filter(m -> m.getParameters().size() == call.getArguments().size())
          .filter(m -> m.getBody().isPresent() && returnsWhatItOpens(m))
          .findFirst().orElse(null);
      if (factory != null) {
        own(new OwnedField(field, factory.getType().asString(), line, memberName, overwrites(store)), store);
        return true;
      }
    }
    return false;
  }

  /**
   * What the local {@code local} holds where it is stored into a field, when that is a resource
   * the method opened into it: the local is declared once in the member, every value given to it
   * opens a resource ({@code FileChannel ch = FileChannel.open(p);}), and it is used otherwise
   * only as the receiver of calls that do not release it ({@code ch.size()}), so the field is
   * its only holder. Null for anything else (a parameter, a value given on some path only, a
   * local also passed to a wrapper or closed): then the field is not judged.
   */
  private static Expression openedThrough(NameExpr local, Node store) {
    String name = local.getNameAsString();
    Node member = store.findAncestor(BodyDeclaration.class).orElse(null);
    if (member == null || !Trees.findAll(member, Parameter.class,
        p -> p.getNameAsString().equals(name)).isEmpty()) {
      return null;
    }
    List<VariableDeclarator> declared = Trees.findAll(member, VariableDeclarator.class,
        v -> v.getNameAsString().equals(name));
    if (declared.size() != 1 || declared.get(0).getParentNode()
        .flatMap(Node::getParentNode).filter(TryStmt.class::isInstance).isPresent()) {
      return null; // declared twice (scopes), or a try-with-resources variable
    }
    List<Expression> values = new ArrayList<>();
    declared.get(0).getInitializer().ifPresent(values::add);
    for (NameExpr use : Trees.findAll(member, NameExpr.class,
        n -> n.getNameAsString().equals(name))) {
      Node parent = use.getParentNode().orElse(null);
      if (parent instanceof AssignExpr assign && assign.getTarget() == use) {
        if (assign.getOperator() != AssignExpr.Operator.ASSIGN) {
          return null;
        }
        values.add(assign.getValue());
      } else if (use != local && !(parent instanceof MethodCallExpr call
          && call.getScope().orElse(null) == use
          && OwningFieldModel.asReceiverOf(call.getNameAsString()) == OwningFieldModel.Use.USES)) {
        return null; // handed on, copied or closed: another holder may close it
      }
    }
    if (values.isEmpty()) {
      return null;
    }
    for (Expression value : values) {
      Expression site = Trees.stripped(value);
      if (!acquires(site) || site instanceof MethodCallExpr call && Acquisitions.isClosedWithReceiver(call)) {
        return null;
      }
    }
    return Trees.stripped(values.get(0));
  }

  private void own(OwnedField field, Node store) {
    owned.add(field);
    stores.putIfAbsent(field, store);
    Node call = throwingCallAfter(store);
    if (call != null) {
      failures.add(call instanceof MethodCallExpr method
          ? new FailsAfterStore(field, method.getNameAsString(), false)
          : new FailsAfterStore(field, ((ObjectCreationExpr) call).getType().getNameAsString(), true));
    }
  }

  /**
   * The first call (a method call or a constructor's) after {@code store}, a
   * statement of a constructor's own body, whose throws clause names a checked exception and that no {@code try} covers ({@link
   * FailsAfterStore}); null when there is none, or the store is not such a statement. Of a later
   * {@code try} only the {@code finally} block counts: its body's handlers decide for the body,
   * and its {@code catch} blocks run only when the body throws.
   */
  private static Node throwingCallAfter(Node store) {
    if (!(store.getParentNode().orElse(null) instanceof ExpressionStmt statement)
        || !(statement.getParentNode().orElse(null) instanceof BlockStmt block)
        || !(block.getParentNode().orElse(null) instanceof ConstructorDeclaration)) {
      return null;
    }
    var body = block.getStatements();
    for (int i = body.indexOf(statement) + 1; i < body.size(); i++) {
      Node call = throwingCall(body.get(i));
      if (call != null) {
        return call;
      }
    }
    return null;
  }

  /**
   * The first call in {@code node}, in the order they run, that {@link #throwingCallAfter} names.
   */
  private static Node throwingCall(Node node) {
    if (node instanceof LambdaExpr || node instanceof BodyDeclaration<?>) {
      return null; // runs later, if at all
    }
    List<Node> children = new ArrayList<>();
    if (node instanceof TryStmt attempt) {
      attempt.getFinallyBlock().ifPresent(children::add); // the body's handlers decide
    } else {
      children.addAll(node.getChildNodes()); // receiver and arguments run first
    }
    for (Node child : children) {
      Node call = throwingCall(child);
      if (call != null) {
        return call;
      }
    }
    if ((node instanceof MethodCallExpr || node instanceof ObjectCreationExpr)
        && !(node instanceof MethodCallExpr call && isOwnCall(call) && !isStatic(call))
        && !(node instanceof MethodCallExpr known && JavaParserResourceSyntax.cannotThrow(known))
        && ThrowBlame.declaresCheckedException(node) == CheckedThrow.YES) {
      return node;
    }
    return null;
  }

  private static boolean acquires(Expression value) {
    Expression site = Trees.stripped(value);
    return Acquisitions.isCandidate(site) && Acquisitions.acquires(site);
  }

  /**
   * Whether {@code call} resolves to a static method; false when it cannot be resolved. A method
   * of the object itself may close it before it throws (JGit's {@code readAdvertisedRefs()}).
   */
  private static boolean isStatic(MethodCallExpr call) {
    return Solver.ask(() -> call.resolve().isStatic()).orElse(false);
  }

  private static boolean isOwnCall(MethodCallExpr call) {
    return call.getScope().isEmpty()
        || call.getScope().get() instanceof ThisExpr t && t.getTypeName().isEmpty();
  }

  /**
   * Whether {@code factory} returns a resource it opens: {@code return new Socket();}, or a local
   * it assigns one to on some path ({@code Socket s; if (ssl) s = x.createSSLSocket(); else s =
   * new Socket(); … return s;}).
   */
  private static boolean returnsWhatItOpens(MethodDeclaration factory) {
    for (ReturnStmt exit : Trees.findAll(factory, ReturnStmt.class)) {
      Expression returned = exit.getExpression().map(Trees::stripped).orElse(null);
      if (returned == null) {
        continue;
      }
      if (acquires(returned)) {
        return true;
      }
      if (returned instanceof NameExpr local) {
        String name = local.getNameAsString();
        boolean opened = Trees.findAll(factory, VariableDeclarator.class).stream()
            .anyMatch(v -> v.getNameAsString().equals(name)
                && v.getInitializer().filter(OwningFields::acquires).isPresent())
            || Trees.findAll(factory, AssignExpr.class).stream()
                .anyMatch(a -> a.getTarget() instanceof NameExpr n
                    && n.getNameAsString().equals(name) && acquires(a.getValue()));
        if (opened) {
          return true;
        }
      }
    }
    return false;
  }
}
