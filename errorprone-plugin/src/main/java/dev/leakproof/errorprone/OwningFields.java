package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.OwningFieldModel;
import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.OwningFieldModel.FailsAfterStore;
import dev.leakproof.checks.model.resource.OwningFieldModel.MethodUses;
import dev.leakproof.checks.model.resource.OwningFieldModel.OwnedField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * The facts {@link OwningFieldModel} judges, read from one class's javac tree: the resources it
 * stores into its own instance fields and how each of its members uses those fields. Members of
 * nested, local and anonymous classes belong to those classes.
 */
final class OwningFields {
  private final ClassSymbol owner;
  private final ClassTree type;
  private final VisitorState state;
  private final List<OwnedField> owned = new ArrayList<>();
  private final List<MethodUses> methods = new ArrayList<>();
  private final Map<OwnedField, AtStore> stores = new HashMap<>();
  private final List<FailsAfterStore> failures = new ArrayList<>();
  /** Fields given as arguments, judged once the owned fields are known. */
  private final List<Runnable> arguments = new ArrayList<>();
  /** The member being read: the method, constructor or field whose code holds the stores. */
  private Symbol member;
  /** The tree of the member being read, and its name as {@link MethodUses} gives it. */
  private TreePath memberPath;
  private String memberName;
  /** Fields the member being read assigns anything but a freshly opened resource. */
  private Set<String> storesOther = new HashSet<>();
  private final TreePath classPath;

  private OwningFields(ClassSymbol owner, TreePath classPath, VisitorState state) {
    this.owner = owner;
    this.type = (ClassTree) classPath.getLeaf();
    this.classPath = classPath;
    this.state = state;
  }

  /** Whether {@code type} declares a release method ({@code close()}, …) with a body. */
  static boolean hasReleaseMethod(ClassTree type) {
    return type.getMembers().stream().anyMatch(m -> m instanceof MethodTree method
        && method.getBody() != null
        && OwningFieldModel.isReleaseMethod(method.getName().toString(), method.getParameters().size()));
  }

  /**
   * A finding of {@link OwningFieldModel}, the store it points at, and the declarations a user
   * suppresses it on: the method, constructor or field (its initialiser) that holds the store,
   * and the owned field. Error Prone, matching the class, sees only the suppressions around the
   * class; these are the ones around the line the finding points at.
   *
   * @param holder the member whose code holds the store; null for an initializer block
   */
  record AtStore(Tree store, Symbol holder, Symbol field, String sentence) {
    AtStore withSentence(String text) {
      return new AtStore(store, holder, field, text);
    }
  }

  /** The findings for the class at {@code classPath}: one per owned field nothing closes. */
  static List<AtStore> judge(TreePath classPath, VisitorState state) {
    ClassTree type = (ClassTree) classPath.getLeaf();
    ClassSymbol owner = ASTHelpers.getSymbol(type);
    if (owner == null || owner.isInterface() || owner.isAnonymous() || !hasReleaseMethod(type)) {
      // An anonymous class is left alone by every engine (the scanner reads declared types only).
      return List.of();
    }
    OwningFields facts = new OwningFields(owner, classPath, state);
    for (Tree member : type.getMembers()) {
      facts.read(new TreePath(classPath, member));
    }
    facts.arguments.forEach(Runnable::run);
    return OwningFieldModel.judge(facts.owned, facts.methods, facts.openedAtConstruction(),
            facts.failures).stream()
        .map(finding -> facts.stores.get(finding.store()).withSentence(finding.sentence()))
        .toList();
  }

  private void read(TreePath memberPath) {
    Tree member = memberPath.getLeaf();
    if (member instanceof ClassTree) {
      return;
    }
    this.memberPath = memberPath;
    this.member = member instanceof MethodTree || member instanceof VariableTree
        ? ASTHelpers.getSymbol(member) : null; // an initializer block has no annotations
    this.memberName = member instanceof MethodTree m && !ASTHelpers.getSymbol(m).isConstructor()
        ? m.getName().toString() : "<init>";
    this.storesOther = new HashSet<>();
    if (member instanceof VariableTree field) {
      Symbol symbol = ASTHelpers.getSymbol(field);
      if (isOwnField(symbol) && field.getInitializer() != null) {
        store((VarSymbol) symbol, field.getInitializer(), field);
      }
      return;
    }
    String name = memberName;
    int parameters = member instanceof MethodTree m ? m.getParameters().size() : 0;
    Set<String> releases = new HashSet<>();
    Set<String> handsOver = new HashSet<>();
    Set<String> calls = new HashSet<>();
    boolean[] callsUnseen = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree nested, Void unused) {
        return null; // a nested, local or anonymous class: its own members
      }

      @Override
      public Void visitNewClass(NewClassTree creation, Void unused) {
        scan(creation.getEnclosingExpression(), null);
        scan(creation.getArguments(), null); // not the anonymous body
        return null;
      }

      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        noteField(getCurrentPath());
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree select, Void unused) {
        if (select.getExpression() instanceof IdentifierTree receiver
            && receiver.getName().contentEquals("this")) {
          noteField(getCurrentPath());
          return null;
        }
        return super.visitMemberSelect(select, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        noteCall(call);
        return super.visitMethodInvocation(call, null);
      }

      private void noteField(TreePath reference) {
        Symbol symbol = ASTHelpers.getSymbol(reference.getLeaf());
        if (isOwnField(symbol)) {
          classify(reference, (VarSymbol) symbol, releases, handsOver);
        }
      }

      private void noteCall(MethodInvocationTree call) {
        boolean onThis = isOnThis(call.getMethodSelect());
        MethodSymbol method = ASTHelpers.getSymbol(call);
        if (!onThis || method == null || method.isStatic()
            || method.owner == state.getSymtab().objectType.tsym) {
          return;
        }
        if (method.owner == owner && !method.getModifiers().contains(Modifier.ABSTRACT)) {
          calls.add(method.getSimpleName().toString());
        } else {
          callsUnseen[0] = true; // inherited or abstract: a subclass or a super class decides
        }
      }
    }.scan(memberPath, null);
    methods.add(new MethodUses(name, parameters, releases, handsOver, calls, callsUnseen[0],
        storesOther));
  }

  private boolean isOwnField(Symbol symbol) {
    return symbol instanceof VarSymbol && symbol.getKind() == ElementKind.FIELD
        && symbol.owner == owner && !symbol.isStatic();
  }

  private void classify(TreePath reference, VarSymbol field, Set<String> releases,
      Set<String> handsOver) {
    String name = field.getSimpleName().toString();
    Tree child = reference.getLeaf();
    TreePath parentPath = reference.getParentPath();
    Tree parent = parentPath.getLeaf();
    while (parent instanceof ParenthesizedTree || parent instanceof TypeCastTree
        || parent instanceof ConditionalExpressionTree c && c.getCondition() != child) {
      child = parent;
      parentPath = parentPath.getParentPath();
      parent = parentPath.getLeaf();
    }
    if (parent instanceof AssignmentTree assign) {
      if (assign.getVariable() == child) {
        if (!store(field, assign.getExpression(), assign)) {
          storesOther.add(name);
        }
      } else {
        handsOver.add(name); // copied to another variable: followed no further
      }
    } else if (parent instanceof VariableTree || parent instanceof NewArrayTree
        || parent instanceof LambdaExpressionTree || parent instanceof NewClassTree) {
      handsOver.add(name);
    } else if (parent instanceof MemberSelectTree select && select.getExpression() == child) {
      if (parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree call
          && call.getMethodSelect() == select) {
        OwningFieldModel.record(OwningFieldModel.asReceiverOf(select.getIdentifier().toString()),
            name, releases, handsOver);
      }
    } else if (parent instanceof MethodInvocationTree call && call.getArguments().contains(child)) {
      // judged once every store is known: only an owned field's matter, and judging one may
      // read the callee's body
      TreePath callPath = parentPath;
      Tree argument = child;
      arguments.add(() -> {
        if (owned.stream().anyMatch(f -> f.field().equals(name))) {
          OwningFieldModel.record(asArgumentOf(callPath, argument, field), name, releases,
              handsOver);
        }
      });
    } else if (parent instanceof ReturnTree) {
      OwningFieldModel.record(OwningFieldModel.asReturned(storedAfter(parentPath, field)), name,
          releases, handsOver);
    } else if (parent instanceof TryTree) {
      releases.add(name); // try (file) { … }
    }
  }

  /**
   * What the call at {@code callPath} does with {@code field}, given as its {@code argument}:
   * closes it when the tables say so, as for a local ({@link ClosingHelpers#closesArgument}), or
   * when the called method's body does ({@link CalleeSummaries}, read only when the tables do
   * not answer).
   */
  private OwningFieldModel.Use asArgumentOf(TreePath callPath, Tree argument, VarSymbol field) {
    MethodInvocationTree call = (MethodInvocationTree) callPath.getLeaf();
    MethodSymbol method = ASTHelpers.getSymbol(call);
    String callee = method == null ? "" : method.getSimpleName().toString();
    boolean closesIt = ClosingHelpers.closesArgument(call, field);
    return OwningFieldModel.asArgumentOf(callee, closesIt,
        closesIt ? CalleeSummary.UNKNOWN : CalleeSummaries.of(callPath, argument, state));
  }

  /**
   * Whether a {@code finally} that runs after the {@code return} at {@code exit} assigns {@code
   * field} ({@code try { return in; } finally { in = null; }}): the {@code return} is in the body
   * or a {@code catch} of a {@code try} of the same member whose {@code finally} block does
   * ({@link OwningFieldModel#asReturned}).
   */
  private static boolean storedAfter(TreePath exit, VarSymbol field) {
    Tree child = exit.getLeaf();
    for (TreePath up = exit.getParentPath(); up != null && !(up.getLeaf() instanceof MethodTree)
        && !(up.getLeaf() instanceof LambdaExpressionTree) && !(up.getLeaf() instanceof ClassTree);
        child = up.getLeaf(), up = up.getParentPath()) {
      if (up.getLeaf() instanceof TryTree attempt && attempt.getFinallyBlock() != null
          && attempt.getFinallyBlock() != child
          && Reassignments.assignedIn(attempt.getFinallyBlock(), field)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records {@code field = value} (written at {@code store}) when {@code value} opens a resource;
   * whether it does.
   */
  private boolean store(VarSymbol field, ExpressionTree value, Tree store) {
    ExpressionTree site = Casts.stripped(value);
    if (site instanceof MethodInvocationTree call
        && ResourceAcquisitions.isClosedWithReceiver(call, state)) {
      return false; // conn.prepareStatement(..): closing the connection closes it; the parent is judged
    }
    if (site instanceof IdentifierTree
        && ASTHelpers.getSymbol(site) instanceof VarSymbol local
        && local.getKind() == ElementKind.LOCAL_VARIABLE) {
      site = openedThrough(local, site); // FileChannel ch = FileChannel.open(p); this.ch = ch;
      if (site == null) {
        return false;
      }
    }
    int before = owned.size();
    if (ResourceAcquisitions.acquires(site, state)) {
      own(new OwnedField(field.getSimpleName().toString(), typeName(ASTHelpers.getType(site)),
          lineOf(store), memberName, overwrites(store, field)), store, field);
    } else if (site instanceof MethodInvocationTree call && isOnThis(call.getMethodSelect())
        && ASTHelpers.getSymbol(call) instanceof MethodSymbol factory && factory.owner == owner) {
      // this.sock = createSocket(): a factory of the class that returns what it opened
      for (Tree member : type.getMembers()) {
        if (member instanceof MethodTree method && ASTHelpers.getSymbol(method) == factory
            && method.getBody() != null && returnsWhatItOpens(method)) {
          own(new OwnedField(field.getSimpleName().toString(),
              typeName(factory.getReturnType()), lineOf(store), memberName,
              overwrites(store, field)), store, field);
        }
      }
    }
    return owned.size() > before;
  }

  /**
   * Whether {@code store}, an assignment to {@code field} in a method that is not a constructor,
   * overwrites whatever the field held when the method was entered ({@link OwnedField#overwrites}):
   * it is in no loop or lambda, and no mention of the field and no call of a method of the class
   * on {@code this} comes before it in the method's text.
   */
  private boolean overwrites(Tree store, VarSymbol field) {
    if (!(store instanceof AssignmentTree) || memberName.equals("<init>")) {
      return false;
    }
    TreePath path = TreePath.getPath(memberPath, store);
    for (TreePath p = path; p != null && p.getLeaf() != memberPath.getLeaf(); p = p.getParentPath()) {
      if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ForLoopTree
          || p.getLeaf() instanceof EnhancedForLoopTree || p.getLeaf() instanceof WhileLoopTree
          || p.getLeaf() instanceof DoWhileLoopTree) {
        return false;
      }
    }
    int at = ASTHelpers.getStartPosition(store);
    boolean[] touched = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (touched[0] || tree == null || ASTHelpers.getStartPosition(tree) >= at) {
          return null; // the store itself and what follows it
        }
        Symbol symbol = tree instanceof IdentifierTree || tree instanceof MemberSelectTree
            ? ASTHelpers.getSymbol(tree) : null;
        touched[0] |= symbol == field
            || tree instanceof MethodInvocationTree call && isOnThis(call.getMethodSelect())
                && ASTHelpers.getSymbol(call) instanceof MethodSymbol method && !method.isStatic()
                && method.owner != state.getSymtab().objectType.tsym;
        return super.scan(tree, null);
      }
    }.scan(memberPath.getLeaf(), null);
    return !touched[0];
  }

  /**
   * The fields every constructor leaves holding a resource it opened, directly or through {@code
   * this(..)}, or that a field initializer opens ({@link OwningFieldModel#judge(List, List, Set)}).
   * A constructor opens a field when the store is one of its top-level statements, or one of a
   * top-level {@code try} whose every {@code catch} ends by throwing.
   */
  private Set<String> openedAtConstruction() {
    Set<String> initialized = new HashSet<>();
    stores.forEach((store, at) -> {
      if (at.store() instanceof VariableTree) {
        initialized.add(store.field()); // private final Socket sock = new Socket();
      }
    });
    List<Set<String>> openedByConstructor = new ArrayList<>();
    for (Tree member : type.getMembers()) {
      if (member instanceof MethodTree method && ASTHelpers.getSymbol(method).isConstructor()) {
        openedByConstructor.add(delegates(method) ? null : openedBy(method));
      }
    }
    return OwningFieldModel.openedAtConstruction(initialized, openedByConstructor);
  }

  /** The owned fields {@code constructor} stores on every path that returns normally. */
  private Set<String> openedBy(MethodTree constructor) {
    Set<String> opened = new HashSet<>();
    for (OwnedField store : owned) {
      if (stores.get(store) != null && alwaysRuns(stores.get(store).store(), constructor)) {
        opened.add(store.field());
      }
    }
    return opened;
  }

  private static boolean delegates(MethodTree constructor) {
    List<? extends StatementTree> body = constructor.getBody().getStatements();
    return !body.isEmpty() && body.get(0) instanceof ExpressionStatementTree first
        && first.getExpression() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof IdentifierTree name
        && name.getName().contentEquals("this");
  }

  /** Whether {@code store} runs on every path through {@code constructor} that returns normally. */
  private boolean alwaysRuns(Tree store, MethodTree constructor) {
    TreePath path = TreePath.getPath(new TreePath(classPath, constructor), store);
    return path != null && OwningFieldModel.storedOnEveryNormalPath(JavacTree.INSTANCE,
        JavacTree.upTo(path, constructor.getBody()), constructor.getBody());
  }


  /**
   * What {@code local} holds where it is stored into a field ({@code stored}), when that is a
   * resource the member opened into it: every value given to the local opens a resource ({@code
   * FileChannel ch = FileChannel.open(p);}), and it is used otherwise only as the receiver of
   * calls that do not release it ({@code ch.size()}), so the field is its only holder. Null for
   * anything else (a value given on some path only, a local also passed to a wrapper or closed,
   * a try-with-resources variable): then the field is not judged.
   */
  private ExpressionTree openedThrough(VarSymbol local, ExpressionTree stored) {
    List<ExpressionTree> values = new ArrayList<>();
    boolean[] other = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree declaration, Void unused) {
        if (ASTHelpers.getSymbol(declaration) == local) {
          if (declaration.getInitializer() != null) {
            values.add(declaration.getInitializer());
          }
          other[0] |= getCurrentPath().getParentPath().getLeaf() instanceof TryTree;
        }
        return super.visitVariable(declaration, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree assign, Void unused) {
        if (ASTHelpers.getSymbol(assign.getVariable()) == local) {
          values.add(assign.getExpression());
          scan(assign.getExpression(), null);
          return null;
        }
        return super.visitAssignment(assign, null);
      }

      @Override
      public Void visitIdentifier(IdentifierTree use, Void unused) {
        if (use != stored && ASTHelpers.getSymbol(use) == local) {
          Tree parent = getCurrentPath().getParentPath().getLeaf();
          boolean borrowed = parent instanceof MemberSelectTree select
              && getCurrentPath().getParentPath().getParentPath().getLeaf()
                  instanceof MethodInvocationTree call && call.getMethodSelect() == select
              && OwningFieldModel.asReceiverOf(select.getIdentifier().toString())
                  == OwningFieldModel.Use.USES;
          other[0] |= !borrowed; // handed on, copied or closed: another holder may close it
        }
        return null;
      }
    }.scan(memberPath, null);
    if (other[0] || values.isEmpty()) {
      return null;
    }
    for (ExpressionTree value : values) {
      ExpressionTree site = Casts.stripped(value);
      if (!ResourceAcquisitions.acquires(site, state) || site instanceof MethodInvocationTree call
          && ResourceAcquisitions.isClosedWithReceiver(call, state)) {
        return null;
      }
    }
    return Casts.stripped(values.get(0));
  }

  private void own(OwnedField owned, Tree store, VarSymbol field) {
    this.owned.add(owned);
    stores.putIfAbsent(owned, new AtStore(store, member, field, null));
    FailsAfterStore failure = throwingCallAfter(owned, store);
    if (failure != null) {
      failures.add(failure);
    }
  }

  /**
   * The first call after {@code store} (into {@code owned}), a
   * statement of a constructor's own body, whose throws clause names a checked exception and that no {@code try} covers ({@link
   * FailsAfterStore}); null when there is none, or the store is not such a statement. Of a later
   * {@code try} only the {@code finally} block counts: its body's handlers decide for the body,
   * and its {@code catch} blocks run only when the body throws.
   */
  private FailsAfterStore throwingCallAfter(OwnedField owned, Tree store) {
    if (!(memberPath.getLeaf() instanceof MethodTree constructor)
        || !ASTHelpers.getSymbol(constructor).isConstructor()) {
      return null;
    }
    TreePath path = TreePath.getPath(memberPath, store);
    if (path == null
        || !(path.getParentPath().getLeaf() instanceof ExpressionStatementTree statement)
        || path.getParentPath().getParentPath().getLeaf() != constructor.getBody()) {
      return null;
    }
    List<? extends StatementTree> body = constructor.getBody().getStatements();
    FailsAfterStore[] found = {null};
    OwnCodeSearch calls = new OwnCodeSearch() {
      @Override
      public Boolean visitTry(TryTree attempt, Void unused) {
        // the body's handlers decide for the body; its catch blocks run only after an exception
        return scan(attempt.getFinallyBlock(), null);
      }

      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        // its receiver and arguments run first
        boolean before = Boolean.TRUE.equals(super.visitMethodInvocation(call, null));
        MethodSymbol method = ASTHelpers.getSymbol(call);
        if (method == null || !method.isStatic() && isOnThis(call.getMethodSelect())) {
          return before; // a method of the object may close it before it throws (JGit's)
        }
        if (ResourceApis.cannotThrow(method.owner.getQualifiedName().toString(),
            method.getSimpleName().toString())) {
          return before;
        }
        return note(call, method.getSimpleName().toString(), false) || before;
      }

      @Override
      public Boolean visitNewClass(NewClassTree creation, Void unused) {
        boolean before = foundIn(creation.getEnclosingExpression())
            | Boolean.TRUE.equals(scan(creation.getArguments(), null)); // not the anonymous body
        return note(creation, ASTHelpers.getSymbol(creation) == null ? null
            : ASTHelpers.getSymbol(creation).owner.getSimpleName().toString(), true) || before;
      }

      /** Keeps the first call that throws a checked exception; whether {@code call} is one. */
      private boolean note(Tree call, String name, boolean isConstructor) {
        boolean throwsChecked = name != null
            && UnclosedResource.declaresCheckedException(call, state) == CheckedThrow.YES;
        if (throwsChecked && found[0] == null) {
          found[0] = new FailsAfterStore(owned, name, isConstructor);
        }
        return throwsChecked;
      }
    };
    for (int i = body.indexOf(statement) + 1; i < body.size() && found[0] == null; i++) {
      calls.foundIn(body.get(i));
    }
    return found[0];
  }

  private String typeName(com.sun.tools.javac.code.Type acquired) {
    return acquired == null ? null
        : state.getTypes().erasure(acquired).tsym.getSimpleName().toString();
  }

  private static boolean isOnThis(ExpressionTree select) {
    return select instanceof IdentifierTree || select instanceof MemberSelectTree s
        && s.getExpression() instanceof IdentifierTree receiver
        && receiver.getName().contentEquals("this");
  }

  /**
   * Whether {@code factory} returns a resource it opens: {@code return new Socket();}, or a local
   * it assigns one to on some path ({@code Socket s; if (ssl) s = x.createSSLSocket(); else s =
   * new Socket(); … return s;}).
   */
  private boolean returnsWhatItOpens(MethodTree factory) {
    boolean[] opens = {false};
    List<ExpressionTree> returned = new ArrayList<>();
    List<VarSymbol> openedLocals = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitReturn(com.sun.source.tree.ReturnTree exit, Void unused) {
        if (exit.getExpression() != null) {
          returned.add(ASTHelpers.stripParentheses(exit.getExpression()));
        }
        return super.visitReturn(exit, null);
      }

      @Override
      public Void visitVariable(VariableTree local, Void unused) {
        if (local.getInitializer() != null && acquires(local.getInitializer())) {
          openedLocals.add(ASTHelpers.getSymbol(local));
        }
        return super.visitVariable(local, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree assign, Void unused) {
        if (ASTHelpers.getSymbol(assign.getVariable()) instanceof VarSymbol local
            && acquires(assign.getExpression())) {
          openedLocals.add(local);
        }
        return super.visitAssignment(assign, null);
      }
    }.scan(new TreePath(state.getPath(), factory), null);
    for (ExpressionTree value : returned) {
      opens[0] |= acquires(value) || openedLocals.contains(ASTHelpers.getSymbol(value));
    }
    return opens[0];
  }

  private boolean acquires(ExpressionTree value) {
    return ResourceAcquisitions.acquires(Casts.stripped(value), state);
  }

  private int lineOf(Tree tree) {
    int position = tree instanceof VariableTree
        ? ((com.sun.tools.javac.tree.JCTree) tree).pos // the name, not the annotations
        : ASTHelpers.getStartPosition(tree);
    return (int) state.getPath().getCompilationUnit().getLineMap().getLineNumber(position);
  }
}
