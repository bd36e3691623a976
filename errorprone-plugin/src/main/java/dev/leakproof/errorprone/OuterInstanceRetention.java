package dev.leakproof.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.StandardTags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.AssignmentTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.RetentionSinks;
import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import dev.leakproof.checks.model.outerinstance.Capture;
import dev.leakproof.checks.model.outerinstance.OuterInstanceRetentionModel;
import dev.leakproof.checks.model.outerinstance.Sink;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * An object that holds its enclosing instance (inner class instance, anonymous class using
 * the enclosing instance, {@code this}-capturing lambda or {@code this::m}) handed to a place
 * that outlives that instance: a static field, a collection or map in a static field, a started
 * {@code new Thread(…)}, a {@code java.util.Timer}, a shutdown hook, or an executor in a static
 * field, or the cleaning action of {@code Cleaner.register(this, action)}. The finding points at
 * the store or the call; its sentence is {@link OuterInstanceRetentionModel}'s.
 *
 * <p>Only the object written directly at the call or store is judged; a thread or task kept in
 * a local first is not followed (so a thread that is joined before returning stays silent).
 * Listener registrations are ListenerLeak's and never reported here.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = Rule.Names.OUTER_INSTANCE_RETENTION,
    summary = Rule.Summaries.OUTER_INSTANCE_RETENTION,
    linkType = CUSTOM,
    link = Rule.Links.OUTER_INSTANCE_RETENTION,
    severity = WARNING,
    tags = StandardTags.PERFORMANCE)
public final class OuterInstanceRetention extends SafeBugChecker
    implements AssignmentTreeMatcher, MethodInvocationTreeMatcher {
  private static final long serialVersionUID = 1L;

  @Override
  public Description matchAssignment(AssignmentTree tree, VisitorState state) {
    return guarded(tree, state, () -> {
      Symbol target = ASTHelpers.getSymbol(tree.getVariable());
      boolean staticField = target != null && target.getKind() == ElementKind.FIELD
          && target.isStatic();
      if (!staticField) {
        return Description.NO_MATCH;
      }
      return describe(state, tree, EnclosingInstanceCapture.of(tree.getExpression(), state),
          new Sink(Kind.STATIC_FIELD, target.getSimpleName().toString()));
    });
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return guarded(tree, state, () -> {
      MethodSymbol method = ASTHelpers.getSymbol(tree);
      if (method == null || method.isStatic()) {
        return Description.NO_MATCH;
      }
      String name = method.getSimpleName().toString();
      if (RetentionSinks.isListenerRegistration(name)) {
        return Description.NO_MATCH; // ListenerLeak's
      }
      ExpressionTree receiver = ASTHelpers.getReceiver(tree);
      List<? extends ExpressionTree> arguments = tree.getArguments();
      String owner = method.owner.getQualifiedName().toString();
      Optional<Kind> sink = RetentionSinks.callSink(owner, name);
      if (sink.isEmpty()) {
        return Description.NO_MATCH;
      }
      Optional<String> staticReceiver = isStaticField(receiver)
          ? Optional.of(fieldName(receiver)) : Optional.empty();
      return Sink.handedOver(sink.get(), arguments.size(), staticReceiver,
              () -> isThis(arguments.get(0)))
          .map(handed -> {
            ExpressionTree value = arguments.get(handed.argument());
            // A shutdown hook is a thread: what it holds is what its target holds.
            return describe(state, tree, handed.sink().kind() == Kind.SHUTDOWN_HOOK
                ? startedThreadHolds(onceAssignedValue(value, state), state)
                : EnclosingInstanceCapture.of(value, state), handed.sink());
          })
          .orElse(Description.NO_MATCH);
    });
  }

  /**
   * {@code new Thread(r)} or {@code new Worker()} whose object or a constructor argument holds
   * the enclosing instance; a thread from elsewhere is not followed.
   */
  private static Optional<Capture> startedThreadHolds(ExpressionTree thread, VisitorState state) {
    if (!(ASTHelpers.stripParentheses(thread) instanceof NewClassTree newThread)) {
      return Optional.empty();
    }
    Optional<Capture> itself = EnclosingInstanceCapture.of(newThread, state);
    if (itself.isPresent()) {
      return itself;
    }
    return newThread.getArguments().stream()
        .map(argument -> EnclosingInstanceCapture.of(argument, state))
        .flatMap(Optional::stream).findFirst();
  }

  /**
   * The one value of the local variable {@code argument} names: its declaration's initializer,
   * when nothing else in the method assigns it (the JGit and Quartz shape, {@code Thread hook =
   * new Thread(…); Runtime.getRuntime().addShutdownHook(hook);}); otherwise {@code argument}.
   */
  private static ExpressionTree onceAssignedValue(ExpressionTree argument, VisitorState state) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(argument);
    Symbol symbol = stripped instanceof IdentifierTree ? ASTHelpers.getSymbol(stripped) : null;
    MethodTree method = ASTHelpers.findEnclosingNode(state.getPath(), MethodTree.class);
    if (symbol == null || symbol.getKind() != ElementKind.LOCAL_VARIABLE || method == null) {
      return argument;
    }
    List<ExpressionTree> initializer = Reassignments.valuesGiven(method, symbol, false);
    return initializer.size() == 1 && Reassignments.valuesGiven(method, symbol, true).size() == 1
        ? initializer.get(0) : argument;
  }

  /** Whether the top-level class of the code being checked calls {@code Runtime.removeShutdownHook}. */
  private static boolean removesAShutdownHook(VisitorState state) {
    TreePath outermost = Enclosing.topLevelClass(state.getPath());
    return outermost != null && TreeSearch.anyCall(outermost.getLeaf(), call ->
        ASTHelpers.getSymbol(call) instanceof MethodSymbol method
            && RetentionSinks.isShutdownHookRemoval(
                method.owner.getQualifiedName().toString(), method.getSimpleName().toString()));
  }

  private static boolean isThis(ExpressionTree tree) {
    return ASTHelpers.stripParentheses(tree) instanceof IdentifierTree id
        && id.getName().contentEquals("this");
  }

  /** Whether {@code type} (the class whose {@code this} is captured) extends {@code supertype}. */
  private static boolean extendsType(Type type, String supertype, VisitorState state) {
    Type wanted = state.getTypeFromString(supertype);
    return type != null && wanted != null && ASTHelpers.isSubtype(type, wanted, state);
  }

  private static boolean isStaticField(ExpressionTree receiver) {
    Symbol symbol = receiver == null ? null : ASTHelpers.getSymbol(receiver);
    return symbol != null && symbol.getKind() == ElementKind.FIELD && symbol.isStatic();
  }

  private static String fieldName(ExpressionTree receiver) {
    return ASTHelpers.getSymbol(receiver).getSimpleName().toString();
  }

  private Description describe(VisitorState state, Tree tree, Optional<Capture> capture,
      Sink sink) {
    ClassTree enclosing = ASTHelpers.findEnclosingNode(state.getPath(), ClassTree.class);
    Type enclosingType = enclosing == null ? null : ASTHelpers.getType(enclosing);
    return capture.flatMap(c -> OuterInstanceRetentionModel.judge(c, sink,
            supertype -> extendsType(enclosingType, supertype, state),
            () -> enclosing == null || !(ASTHelpers.getSymbol(enclosing) instanceof ClassSymbol type)
                ? Optional.empty()
                : JavacSingletonClass.holderOf(type, state.getPath().getCompilationUnit(), state),
            () -> removesAShutdownHook(state)))
        .map(message -> buildDescription(tree).setMessage(message).build())
        .orElse(Description.NO_MATCH);
  }
}
