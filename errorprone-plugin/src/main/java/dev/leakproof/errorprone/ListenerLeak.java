package dev.leakproof.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.model.listener.Listener;
import dev.leakproof.checks.model.listener.ListenerLeakModel;
import dev.leakproof.checks.model.listener.ListenerLeakModel.Registration;
import dev.leakproof.checks.model.listener.Removal;
import dev.leakproof.checks.model.listener.ShortLivedSubjects;
import dev.leakproof.checks.model.listener.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A listener that holds the registering object, registered on a subject that outlives it, in a
 * class that never unregisters it: the subject's listener list keeps the object reachable.
 *
 * <p>The judgement and the sentence are {@link ListenerLeakModel}'s; this check extracts the
 * facts from javac's trees: the subject ({@link ListenerSubject}), what the listener is
 * ({@link RetainsRegisteringObject}), whether the registry holds it only through a
 * {@code java.lang.ref.Reference} ({@link WeaklyHeldRegistration}), and every call in the
 * top-level class (nested classes included) named like a removal.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = Rule.Names.LISTENER_LEAK,
    summary = Rule.Summaries.LISTENER_LEAK,
    linkType = CUSTOM,
    link = Rule.Links.LISTENER_LEAK,
    severity = WARNING,
    tags = StandardTags.PERFORMANCE)
public final class ListenerLeak extends SafeBugChecker implements MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return guarded(tree, state, () -> check(tree, state));
  }

  private Description check(MethodInvocationTree call, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null) {
      return Description.NO_MATCH;
    }
    String name = method.getSimpleName().toString();
    List<String> removals = ListenerLeakModel.removalsOf(name);
    if (removals.isEmpty()) {
      return Description.NO_MATCH;
    }
    Optional<Subject> subject = ListenerSubject.of(call, method, state);
    if (subject.isEmpty()) {
      return Description.NO_MATCH;
    }
    for (ExpressionTree argument : call.getArguments()) {
      Optional<Listener> listener = RetainsRegisteringObject.of(argument, state);
      if (listener.isEmpty()) {
        continue;
      }
      List<TreePath> lifeEnds = subject.get().kind() == Subject.Kind.INJECTED_FIELD
          ? lifeEndingMethods(state) : List.of();
      Registration registration = new Registration(name, subject.get(), listener.get(),
          !resultIgnored(method, state), shortLivedSubject(method, state), false,
          !lifeEnds.isEmpty(), registeringClassIsSingleton(state),
          endsItsSubject(lifeEnds, subject.get(), state));
      if (!ListenerLeakModel.mayLeak(registration)) {
        return Description.NO_MATCH;
      }
      if (WeaklyHeldRegistration.test(call, method, argument, state)) {
        return Description.NO_MATCH;
      }
      return ListenerLeakModel.judge(registration, removalsInClass(removals, state))
          .map(sentence -> buildDescription(call).setMessage(sentence).build())
          .orElse(Description.NO_MATCH);
    }
    return Description.NO_MATCH;
  }

  /** Whether the method's class is a subject that keeps a callback for one operation only. */
  private static boolean shortLivedSubject(MethodSymbol method, VisitorState state) {
    Type owner = state.getTypes().erasure(method.owner.type);
    return ShortLivedSubjects.isShortLived(method.owner.getQualifiedName().toString(),
        shortLived -> {
          Type type = state.getTypeFromString(shortLived);
          return type != null && state.getTypes().isSubtype(owner, state.getTypes().erasure(type));
        });
  }

  /**
   * Whether the call's result is thrown away: a registration that returns a handle the caller
   * keeps ({@code Subscription s = bus.subscribe(...)}) may well be undone through it. A call
   * that is the body of a lambda whose function returns nothing ({@code executor.execute(() ->
   * bus.subscribe(this))}) throws it away as a statement does (javac compiles it to a {@code
   * pop}, as SpotBugs sees); one whose function returns it ({@code Callable}) hands it on.
   */
  private static boolean resultIgnored(MethodSymbol method, VisitorState state) {
    Tree parent = state.getPath().getParentPath().getLeaf();
    return method.getReturnType().getTag() == TypeTag.VOID
        || parent instanceof ExpressionStatementTree
        || parent instanceof LambdaExpressionTree lambda && returnsNothing(lambda, state);
  }

  /** Whether the function a lambda implements is {@code void}. */
  private static boolean returnsNothing(LambdaExpressionTree lambda, VisitorState state) {
    Type type = ASTHelpers.getType(lambda);
    if (type == null) {
      return false;
    }
    Type function = state.getTypes().findDescriptorType(type);
    return function != null && function.getReturnType().getTag() == TypeTag.VOID;
  }

  /**
   * Whether the innermost class around the call has only one instance, held for good by a static
   * field ({@link dev.leakproof.checks.model.singleton.Singletons#holderOf}).
   */
  private static boolean registeringClassIsSingleton(VisitorState state) {
    ClassTree enclosing = ASTHelpers.findEnclosingNode(state.getPath(), ClassTree.class);
    return enclosing != null && ASTHelpers.getSymbol(enclosing) instanceof ClassSymbol type
        && JavacSingletonClass.holderOf(type, state.getPath().getCompilationUnit(), state)
            .isPresent();
  }

  /**
   * The methods that end the life of the registering class, or of a class it is nested in. The
   * classes nested in it do not count: a helper's {@code dispose()} ends the helper, not the
   * object that registered.
   */
  private static List<TreePath> lifeEndingMethods(VisitorState state) {
    List<TreePath> found = new ArrayList<>();
    for (TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      if (path.getLeaf() instanceof ClassTree type) {
        for (var member : type.getMembers()) {
          if (member instanceof MethodTree method
              && ListenerLeakModel.isLifecycleEnd(method.getName().toString(),
                  method.getParameters().size(),
                  method.getModifiers().getFlags().contains(Modifier.STATIC))) {
            found.add(new TreePath(path, method));
          }
        }
      }
    }
    return found;
  }

  /** Whether a call in one of {@code lifeEnds} ends {@code subject} itself ({@link ListenerLeakModel#endsSubject}). */
  private static boolean endsItsSubject(List<TreePath> lifeEnds, Subject subject,
      VisitorState state) {
    boolean[] ends = {false};
    for (TreePath lifeEnd : lifeEnds) {
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
          MethodSymbol method = ASTHelpers.getSymbol(call);
          VisitorState here = state.withPath(getCurrentPath());
          if (method != null && ListenerLeakModel.endsSubject(method.getSimpleName().toString(),
              call.getArguments().size(), () -> ListenerSubject.of(call, method, here), subject)) {
            ends[0] = true;
          }
          return super.visitMethodInvocation(call, unused);
        }
      }.scan(lifeEnd, null);
    }
    return ends[0];
  }

  /** Every call named one of {@code removals} in the top-level class, with its facts. */
  private static List<Removal> removalsInClass(List<String> removals, VisitorState state) {
    TreePath outermostPath = Enclosing.topLevelClass(state.getPath());
    List<Removal> found = new ArrayList<>();
    if (outermostPath == null) {
      return found;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodSymbol method = ASTHelpers.getSymbol(call);
        if (method != null && removals.contains(method.getSimpleName().toString())) {
          VisitorState here = state.withPath(getCurrentPath());
          Optional<Listener> madeAtTheCall = call.getArguments().stream()
              .map(argument -> RetainsRegisteringObject.of(argument, here))
              .flatMap(Optional::stream).findFirst();
          found.add(new Removal(method.getSimpleName().toString(),
              ListenerSubject.of(call, method, here), madeAtTheCall));
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(outermostPath, null);
    return found;
  }
}
