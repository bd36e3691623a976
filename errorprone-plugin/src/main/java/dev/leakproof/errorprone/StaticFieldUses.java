package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.model.staticcache.CollectionAdd;
import dev.leakproof.checks.model.staticcache.CollectionCall;
import dev.leakproof.checks.model.staticcache.InitOnlyMethods;
import dev.leakproof.checks.model.staticcache.RegistrationMethods;
import dev.leakproof.checks.model.staticcache.StaticCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Everything one compilation unit does with one static collection field: where it is added to,
 * whether anything removes from it (directly, through a view or an iterator), replaces it, lets
 * it escape to other code, or checks its size beside an add.
 *
 * <p>Static initialisation (the field's initialiser, a {@code static {}} block, and private
 * methods called only from those) fills the collection once; adds there do not count. A lambda
 * there is taken to run during it (as with {@code forEach}); an anonymous class body there runs
 * later, so its adds count.
 *
 * <p>The field may also be an instance field of a class with a single instance (see
 * {@link Singletons}): then every reference to it, however qualified, is the same collection,
 * and the construction of that instance (the owner's constructors, instance initialisers and
 * instance field initialisers) runs once too, so it counts as initialisation as well.
 */
final class StaticFieldUses {
  private final VarSymbol field;
  /** An instance field of a singleton: its owner's construction is initialisation too. */
  private final boolean instance;
  private final boolean cache;
  private final VisitorState state;

  /** Adds outside initialisation, as paths to the adding call. */
  final List<TreePath> adds = new ArrayList<>();
  /** Assignments to the field inside initialisation (its initial value when no initialiser). */
  final List<AssignmentTree> initialAssignments = new ArrayList<>();
  boolean removes;
  boolean replaced;
  boolean escapes;

  /** The methods and lambdas (innermost enclosing one) that call {@code size()} on the field. */
  private final Set<Tree> sizeChecked = new HashSet<>();
  private final Map<MethodSymbol, List<TreePath>> calls = new HashMap<>();
  private Set<MethodSymbol> initOnlyMethods;

  private StaticFieldUses(VarSymbol field, VisitorState state) {
    this.field = field;
    this.instance = !field.isStatic();
    this.state = state;
    this.cache = CollectionApis.isCacheType(
        CollectionGrowth.erasedName(field.asType(), state));
  }

  /** Scans {@code unit} for every use of {@code field}. */
  static StaticFieldUses in(CompilationUnitTree unit, VarSymbol field, VisitorState state) {
    StaticFieldUses uses = new StaticFieldUses(field, state);
    List<TreePath> references = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) == field) {
          references.add(getCurrentPath());
        }
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) == field) {
          references.add(getCurrentPath());
        }
        return super.visitMemberSelect(tree, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        MethodSymbol method = ASTHelpers.getSymbol(tree);
        if (method != null) {
          uses.calls.computeIfAbsent(method, m -> new ArrayList<>()).add(getCurrentPath());
        }
        return super.visitMethodInvocation(tree, unused);
      }

      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        // A private constructor only static initialisers call (interned constants) runs only
        // while the class initialises; javac writes a subclass's implicit super() in its tree.
        MethodSymbol constructor = ASTHelpers.getSymbol(tree);
        if (constructor != null) {
          uses.calls.computeIfAbsent(constructor, m -> new ArrayList<>()).add(getCurrentPath());
        }
        return super.visitNewClass(tree, unused);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) instanceof MethodSymbol method) {
          // Runs as if called from here, like a lambda made here.
          uses.calls.computeIfAbsent(method, m -> new ArrayList<>()).add(getCurrentPath());
        }
        return super.visitMemberReference(tree, unused);
      }
    }.scan(unit, null);
    for (TreePath reference : references) {
      uses.classify(reference);
    }
    return uses;
  }

  /** The adds outside initialisation, as the model takes them. */
  List<CollectionAdd> adds(LineMap lines, Predicate<TreePath> boundedKey) {
    List<CollectionAdd> found = new ArrayList<>();
    Set<MethodSymbol> registering = instance ? Set.of() : registrationMethods();
    for (TreePath add : adds) {
      MethodInvocationTree call = (MethodInvocationTree) add.getLeaf();
      Tree body = enclosingBody(add);
      found.add(new CollectionAdd(ASTHelpers.getSymbol(call).getSimpleName().toString(),
          (int) lines.getLineNumber(ASTHelpers.getStartPosition(call)),
          sizeChecked.contains(body),
          body instanceof MethodTree method && registering.contains(ASTHelpers.getSymbol(method)),
          boundedKey.test(add)));
    }
    return found;
  }

  /**
   * The field's class's registration methods ({@link RegistrationMethods}), its methods keyed by
   * their symbols.
   */
  private Set<MethodSymbol> registrationMethods() {
    Map<MethodSymbol, List<TreePath>> ownMethods = new HashMap<>();
    calls.forEach((method, sites) -> {
      if (method.owner == field.owner) {
        ownMethods.put(method, sites);
      }
    });
    return RegistrationMethods.of(ownMethods, this::inStaticInitialisation,
        method -> new RegistrationMethods.Shape(method.isStatic(),
            method.getModifiers().contains(Modifier.PRIVATE),
            method.getReturnType().getKind() == TypeKind.VOID));
  }

  /** Whether {@code site} runs in the class's static initialisation or in one of {@code reached}. */
  private boolean inStaticInitialisation(TreePath site, Set<MethodSymbol> reached) {
    for (TreePath at = site; at.getParentPath() != null; at = at.getParentPath()) {
      Tree leaf = at.getLeaf();
      if (at.getParentPath().getLeaf() instanceof ClassTree owner
          && ASTHelpers.getSymbol(owner) == field.owner) {
        return leaf instanceof BlockTree block && block.isStatic()
            || leaf instanceof VariableTree variable && ASTHelpers.getSymbol(variable).isStatic()
            || leaf instanceof MethodTree method && reached.contains(ASTHelpers.getSymbol(method));
      }
      if (leaf instanceof ClassTree) {
        return false; // an anonymous or nested class: runs at another time
      }
    }
    return false;
  }

  private void classify(TreePath reference) {
    TreePath parent = reference.getParentPath();
    Tree parentLeaf = parent.getLeaf();
    if (parentLeaf instanceof AssignmentTree assignment
        && assignment.getVariable() == reference.getLeaf()) {
      if (inInitialisation(reference)) {
        initialAssignments.add(assignment);
      } else {
        replaced = true;
      }
      return;
    }
    if (parentLeaf instanceof VariableTree declaration
        && ASTHelpers.getSymbol(declaration) != field) {
      escapes = true; // an alias: a local or another field now holds the collection
      return;
    }
    followCalls(reference, cache);
  }

  /** Follows {@code field.view().call()} chains from the collection at {@code at}. */
  private void followCalls(TreePath at, boolean onCache) {
    TreePath parent = Enclosing.parentThroughParentheses(at);
    Tree parentLeaf = parent.getLeaf();
    if (parentLeaf instanceof EnhancedForLoopTree || parentLeaf instanceof SynchronizedTree) {
      return; // iterating without an iterator cannot remove; a lock reads nothing
    }
    TreePath grandparent = parent.getParentPath();
    if (!(parentLeaf instanceof MemberSelectTree select)
        || !(grandparent.getLeaf() instanceof MethodInvocationTree call)
        || call.getMethodSelect() != select) {
      escapes = true; // an argument, a return value, a field of another object: others may remove
      return;
    }
    CollectionCall.dispatch(select.getIdentifier().toString(), onCache, new CollectionCall.Site() {
      @Override public boolean inInitialisation() {
        return StaticFieldUses.this.inInitialisation(grandparent);
      }
      @Override public boolean bodyCallsIteratorRemove() {
        return callsZeroArgumentRemove(enclosingBody(grandparent));
      }
      @Override public boolean resultOnlyLogged() { return logged(grandparent); }
      @Override public void adds() { adds.add(grandparent); }
      @Override public void removes() { removes = true; }
      @Override public void followResultAsView() { followCalls(grandparent, false); }
      @Override public void checksSize() { sizeChecked.add(enclosingBody(grandparent)); }
    });
  }

  /**
   * Whether the value of the {@code size()} call at {@code sizeCall} is an argument of a call or
   * part of a string being concatenated: logged or printed, not compared, so not a bound
   * ({@link CollectionAdd}).
   */
  private boolean logged(TreePath sizeCall) {
    TreePath parent = Enclosing.parentThroughParentheses(sizeCall);
    Tree leaf = parent.getLeaf();
    if (leaf instanceof MethodInvocationTree || leaf instanceof NewClassTree) {
      return true; // not the receiver: a call on size()'s int is not possible
    }
    return leaf instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS
        && ASTHelpers.isSameType(ASTHelpers.getType(binary), state.getSymtab().stringType, state);
  }

  /** Whether {@code body} calls {@code remove()} on anything: an iterator it holds may be ours. */
  private static boolean callsZeroArgumentRemove(Tree body) {
    return TreeSearch.anyCall(body, call ->
        call.getMethodSelect() instanceof MemberSelectTree member
            && CollectionApis.mayRemoveThroughIterator(
                member.getIdentifier().toString(), call.getArguments().size(),
                () -> ASTHelpers.getSymbol(call) instanceof MethodSymbol method
                    && method.getReturnType().getKind() != TypeKind.VOID));
  }

  /** The innermost method, lambda or initialiser block around {@code path}. */
  private static Tree enclosingBody(TreePath path) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      Tree leaf = at.getLeaf();
      if (leaf instanceof MethodTree || leaf.getKind() == Tree.Kind.LAMBDA_EXPRESSION
          || leaf instanceof ClassTree) {
        return leaf;
      }
      if (leaf instanceof BlockTree && at.getParentPath() != null
          && at.getParentPath().getLeaf() instanceof ClassTree) {
        return leaf;
      }
    }
    return null;
  }

  /**
   * Whether {@code path} runs during static initialisation: in a static field's initialiser, a
   * {@code static {}} block, or a private method called only from those (lambdas included); not
   * inside a class body there, which runs later. For a singleton's instance field, also in the
   * owner's constructors, instance initialisers and instance field initialisers.
   */
  private boolean inInitialisation(TreePath path) {
    return inInitialisation(path, initOnlyMethods());
  }

  private boolean inInitialisation(TreePath path, Set<MethodSymbol> initOnly) {
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      Tree leaf = at.getLeaf();
      TreePath up = at.getParentPath();
      boolean member = up != null && up.getLeaf() instanceof ClassTree;
      if (leaf instanceof ClassTree) {
        return false; // an anonymous or local class body runs later, if ever
      }
      if (member && leaf instanceof BlockTree block) {
        return block.isStatic() || instance && isOwner(up);
      }
      if (member && leaf instanceof VariableTree variable) {
        return variable.getModifiers().getFlags().contains(Modifier.STATIC)
            || instance && isOwner(up);
      }
      if (leaf instanceof MethodTree method) {
        MethodSymbol symbol = ASTHelpers.getSymbol(method);
        return instance && symbol != null && symbol.isConstructor() && symbol.owner == field.owner
            || initOnly.contains(symbol);
      }
    }
    return false;
  }

  private boolean isOwner(TreePath classPath) {
    return ASTHelpers.getSymbol((ClassTree) classPath.getLeaf()) == field.owner;
  }

  /** Private methods every call of which is in initialisation ({@link InitOnlyMethods}). */
  private Set<MethodSymbol> initOnlyMethods() {
    if (initOnlyMethods == null) {
      Map<MethodSymbol, List<TreePath>> privateCalls = new HashMap<>();
      calls.forEach((method, sites) -> {
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
          privateCalls.put(method, sites);
        }
      });
      initOnlyMethods = InitOnlyMethods.of(privateCalls, this::inInitialisation);
    }
    return initOnlyMethods;
  }

  /**
   * Whether no code outside this compilation unit can touch the field
   * ({@link StaticCollection#confinedToFile}).
   */
  static boolean confinedToUnit(Symbol field) {
    List<Boolean> privateClasses = new ArrayList<>();
    Symbol owner = field.owner;
    for (; owner instanceof Symbol.ClassSymbol; owner = owner.owner) {
      privateClasses.add(owner.getModifiers().contains(Modifier.PRIVATE));
    }
    if (!(owner instanceof Symbol.PackageSymbol)) {
      privateClasses.add(true); // the last class was local or anonymous: a method owns it
    }
    return StaticCollection.confinedToFile(
        field.getModifiers().contains(Modifier.PRIVATE), privateClasses);
  }
}
