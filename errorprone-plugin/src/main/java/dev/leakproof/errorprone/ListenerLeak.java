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
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ListenerApis;
import java.util.List;
import java.util.Optional;

/**
 * A listener that holds the registering object, registered on a subject that outlives it, in a
 * class that never unregisters it: the subject's listener list keeps the object reachable.
 *
 * <p>Registration: a call whose name is the registering half of a pair in {@link ListenerApis}
 * ({@code addXListener}, {@code addObserver}, {@code register}, {@code subscribe}, …). Longer
 * lived subject: a static registration method, a static field, a singleton from
 * {@code getInstance()}/{@code getDefault…()}, or a field (or constructor parameter) that a
 * constructor fills from a parameter. Holding the registering object: see
 * {@link RetainsRegisteringObject}. Any matching removal on the same subject anywhere in the
 * top-level class (nested classes included) makes the registration compliant.
 *
 * <p>Not reported: a registration whose result is used (it may be a handle that unsubscribes),
 * subjects that are locals, parameters of ordinary methods or this object's own fields,
 * listeners that hold nothing of the registering object, and registries that keep the listener
 * only through a {@code java.lang.ref.Reference} ({@link WeaklyHeldRegistration}).
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
    List<String> removals = ListenerApis.removalsOf(name);
    if (removals.isEmpty() || !resultIgnored(call, method, state)) {
      return Description.NO_MATCH;
    }
    Optional<ListenerSubject> subject = ListenerSubject.of(call, method, state);
    if (subject.isEmpty() || !subject.get().longerLived() || completionCallback(method, state)) {
      return Description.NO_MATCH;
    }
    Optional<? extends ExpressionTree> listener = call.getArguments().stream()
        .filter(argument -> RetainsRegisteringObject.test(argument, state))
        .findFirst();
    if (listener.isEmpty() || removedAnywhere(subject.get(), removals, state)
        || WeaklyHeldRegistration.test(call, method, listener.get(), state)) {
      return Description.NO_MATCH;
    }
    return buildDescription(call)
        .setMessage(message(name, removals, subject.get(), state.getSourceForNode(listener.get())))
        .build();
  }

  /**
   * Whether the method is a future's ({@code ListenableFuture.addListener}, Netty's
   * {@code Future.addListener}): a future runs each completion callback once and drops it, so it
   * does not keep it for its lifetime the way a subject keeps a subscription.
   */
  private static boolean completionCallback(MethodSymbol method, VisitorState state) {
    Type owner = method.owner.type;
    for (String future : new String[] {"java.util.concurrent.Future",
        "java.util.concurrent.CompletionStage"}) {
      Type type = state.getTypeFromString(future);
      if (type != null && state.getTypes().isSubtype(state.getTypes().erasure(owner),
          state.getTypes().erasure(type))) {
        return true;
      }
    }
    return false;
  }

  private static String message(String name, List<String> removals, ListenerSubject subject,
      String listener) {
    return ListenerApis.message(listener, name, subject.description(), removals);
  }

  /**
   * Whether the call's result is thrown away: a registration that returns a handle the caller
   * keeps ({@code Subscription s = bus.subscribe(...)}) may well be undone through it.
   */
  private static boolean resultIgnored(MethodInvocationTree call, MethodSymbol method,
      VisitorState state) {
    return method.getReturnType().getTag() == TypeTag.VOID
        || state.getPath().getParentPath().getLeaf() instanceof ExpressionStatementTree;
  }

  /** Whether the top-level class calls one of {@code removals} on {@code subject} anywhere. */
  private static boolean removedAnywhere(ListenerSubject subject, List<String> removals,
      VisitorState state) {
    TreePath outermostPath = null;
    for (TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      if (path.getLeaf() instanceof ClassTree) {
        outermostPath = path;
      }
    }
    if (outermostPath == null) {
      return false;
    }
    boolean[] found = new boolean[1];
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodSymbol method = ASTHelpers.getSymbol(call);
        if (!found[0] && method != null
            && removals.contains(method.getSimpleName().toString())) {
          found[0] = ListenerSubject.of(call, method, state.withPath(getCurrentPath()))
              .map(removedFrom -> removedFrom.key().equals(subject.key()))
              .orElse(false);
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(outermostPath, null);
    return found[0];
  }
}
