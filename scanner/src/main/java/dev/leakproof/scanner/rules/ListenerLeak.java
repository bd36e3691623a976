package dev.leakproof.scanner.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.resolution.logic.FunctionalInterfaceLogic;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.model.listener.Listener;
import dev.leakproof.checks.model.listener.ListenerLeakModel;
import dev.leakproof.checks.model.listener.ListenerLeakModel.Registration;
import dev.leakproof.checks.model.listener.Removal;
import dev.leakproof.checks.model.listener.Subject;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.listener.ListenerSubject;
import dev.leakproof.scanner.rules.listener.RetainsRegisteringObject;
import dev.leakproof.scanner.rules.listener.ShortLivedSubject;
import dev.leakproof.scanner.rules.listener.WeaklyHeldRegistration;
import dev.leakproof.scanner.rules.syntax.ParsedSingletonClass;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ListenerLeak on JavaParser trees: the judgement and the sentence are {@link ListenerLeakModel}'s;
 * this rule extracts the facts. Cheapest evidence first: the call's name and statement shape,
 * then whether the listener holds {@code this} (syntax only), then the subject (syntax, and the
 * symbol solver only for receivers the file does not declare), then the calls in the top-level
 * class named like a removal.
 */
public final class ListenerLeak implements SourceRule {
  @Override
  public Rule rule() {
    return Rule.LISTENER_LEAK;
  }

  @Override
  public void check(SourceFile file) {
    for (MethodCallExpr call : Trees.findAll(file.unit(), MethodCallExpr.class)) {
      String name = call.getNameAsString();
      List<String> removals = ListenerLeakModel.removalsOf(name);
      if (removals.isEmpty() || !(call.getParentNode().orElse(null) instanceof ExpressionStmt)) {
        continue;
      }
      Optional<Expression> argument = call.getArguments().stream()
          .filter(a -> RetainsRegisteringObject.of(a).isPresent()).findFirst();
      if (argument.isEmpty()) {
        continue;
      }
      Optional<Subject> subject = ListenerSubject.of(call, file);
      if (subject.isEmpty()) {
        continue;
      }
      List<MethodDeclaration> lifeEnds = subject.get().kind() == Subject.Kind.INJECTED_FIELD
          ? lifeEndingMethods(call) : List.of();
      Registration registration = new Registration(name, subject.get(),
          RetainsRegisteringObject.of(argument.get()).orElseThrow(), resultHandedOn(call),
          false, false,
          !lifeEnds.isEmpty(), registeringClassIsSingleton(call, file),
          endsItsSubject(lifeEnds, subject.get(), file));
      if (!ListenerLeakModel.mayLeak(registration) || ShortLivedSubject.test(call, file)
          || WeaklyHeldRegistration.test(call, argument.get(), file)) {
        continue;
      }
      ListenerLeakModel.judge(registration, removalsInClass(call, removals, file))
          .ifPresent(sentence -> file.report(rule(), call, sentence));
    }
  }

  /**
   * Whether the registration's result reaches code that may undo it through it. The call is an
   * expression statement (JavaParser writes an expression lambda's body as one): a statement
   * drops the result, and so does the body of a lambda whose function returns nothing ({@code
   * executor.execute(() -> bus.subscribe(this))}); the body of a lambda whose function returns a
   * value ({@code Callable}) hands it to the lambda's caller. When the solver cannot tell, it is
   * taken as handed on: precision first.
   */
  private static boolean resultHandedOn(MethodCallExpr call) {
    Node statementsParent = call.getParentNode().flatMap(Node::getParentNode).orElse(null);
    if (!(statementsParent instanceof LambdaExpr lambda)) {
      return false;
    }
    return Solver.ask(() -> !call.resolve().getReturnType().isVoid()
            && FunctionalInterfaceLogic.getFunctionalMethod(lambda.calculateResolvedType())
                .map(function -> !function.returnType().isVoid()).orElse(true))
        .orElse(true);
  }

  /**
   * Whether the innermost class around the call has only one instance, held for good by a static
   * field ({@link dev.leakproof.checks.model.singleton.Singletons#holderOf}).
   */
  private static boolean registeringClassIsSingleton(MethodCallExpr call, SourceFile file) {
    return call.findAncestor(TypeDeclaration.class)
        .flatMap(type -> ParsedSingletonClass.holderOf((TypeDeclaration<?>) type, file.unit(),
            t -> file.resolution().ancestorsOf(t)))
        .isPresent();
  }

  /**
   * The methods that end the life of the registering class, or of a class it is nested in. The
   * classes nested in it do not count: a helper's {@code dispose()} ends the helper, not the
   * object that registered.
   */
  private static List<MethodDeclaration> lifeEndingMethods(MethodCallExpr registration) {
    List<MethodDeclaration> found = new ArrayList<>();
    for (Node n = registration; n != null; n = n.getParentNode().orElse(null)) {
      List<BodyDeclaration<?>> members = n instanceof TypeDeclaration<?> type ? type.getMembers()
          : n instanceof ObjectCreationExpr creation ? creation.getAnonymousClassBody().orElse(null)
          : null;
      if (members != null) {
        members.stream().filter(member -> member instanceof MethodDeclaration m
                && ListenerLeakModel.isLifecycleEnd(m.getNameAsString(), m.getParameters().size(),
                    m.isStatic()))
            .forEach(member -> found.add((MethodDeclaration) member));
      }
    }
    return found;
  }

  /** Whether a call in one of {@code lifeEnds} ends {@code subject} itself ({@link ListenerLeakModel#endsSubject}). */
  private static boolean endsItsSubject(List<MethodDeclaration> lifeEnds, Subject subject,
      SourceFile file) {
    return lifeEnds.stream().flatMap(m -> Trees.findAll(m, MethodCallExpr.class).stream())
        .anyMatch(call -> ListenerLeakModel.endsSubject(call.getNameAsString(),
            call.getArguments().size(), () -> ListenerSubject.of(call, file), subject));
  }

  /** Every call in the top-level class named one of {@code removals}, with its facts. */
  private static List<Removal> removalsInClass(MethodCallExpr registration, List<String> removals,
      SourceFile file) {
    List<Removal> found = new ArrayList<>();
    for (MethodCallExpr call : Trees.findAll(
        Trees.topLevelType(registration).orElse(registration), MethodCallExpr.class)) {
      if (removals.contains(call.getNameAsString())) {
        Optional<Listener> madeAtTheCall = call.getArguments().stream()
            .map(RetainsRegisteringObject::of).flatMap(Optional::stream).findFirst();
        found.add(new Removal(call.getNameAsString(), ListenerSubject.of(call, file), madeAtTheCall));
      }
    }
    return found;
  }
}
