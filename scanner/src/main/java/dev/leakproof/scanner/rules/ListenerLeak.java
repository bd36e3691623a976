package dev.leakproof.scanner.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.rules.listener.CompletionCallback;
import dev.leakproof.scanner.rules.listener.ListenerSubject;
import dev.leakproof.scanner.rules.listener.RetainsRegisteringObject;
import dev.leakproof.scanner.rules.listener.WeaklyHeldRegistration;
import java.util.List;
import java.util.Optional;

/**
 * A listener that holds the registering object, registered on a subject that outlives it
 * (a static registration method, a static field, a {@code getInstance()}/{@code getDefault…()}
 * singleton, a constructor-injected field), in a class that never calls the matching removal on
 * that subject. The registration names come from {@link ListenerApis}.
 *
 * <p>Cheapest evidence first: the call's name and statement shape, then whether the listener
 * holds {@code this} (syntax only), then the subject (syntax, and the symbol solver only for
 * receivers the file does not declare), then a search of the top-level class for a removal.
 * Silent when the call's result is used (it may be an unsubscribing handle), for a future's
 * completion callbacks (run once and dropped), for registries that keep the listener only
 * through a {@code java.lang.ref.Reference}, and whenever the file does not show enough.
 */
public final class ListenerLeak implements SourceRule {
  @Override
  public Rule rule() {
    return Rule.LISTENER_LEAK;
  }

  @Override
  public void check(SourceFile file) {
    for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
      String name = call.getNameAsString();
      List<String> removals = ListenerApis.removalsOf(name);
      if (removals.isEmpty() || !(call.getParentNode().orElse(null) instanceof ExpressionStmt)) {
        continue;
      }
      Optional<Expression> listener = call.getArguments().stream()
          .filter(RetainsRegisteringObject::test).findFirst();
      if (listener.isEmpty()) {
        continue;
      }
      Optional<ListenerSubject> subject = ListenerSubject.of(call, file);
      if (subject.isEmpty() || !subject.get().longerLived()
          || removedAnywhere(call, subject.get(), removals, file)
          || CompletionCallback.test(call, file)
          || WeaklyHeldRegistration.test(call, listener.get(), file)) {
        continue;
      }
      file.report(rule(), call, message(name, removals, subject.get(), listener.get()));
    }
  }

  private static String message(String name, List<String> removals, ListenerSubject subject,
      Expression listener) {
    return ListenerApis.message(listener.toString(), name, subject.description(), removals);
  }

  /** Whether the top-level class calls one of {@code removals} on the same subject anywhere. */
  private static boolean removedAnywhere(MethodCallExpr registration, ListenerSubject subject,
      List<String> removals, SourceFile file) {
    Node outermost = registration;
    for (Node n = registration; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?>) {
        outermost = n;
      }
    }
    for (MethodCallExpr call : outermost.findAll(MethodCallExpr.class)) {
      if (removals.contains(call.getNameAsString())
          && ListenerSubject.of(call, file).map(s -> s.key().equals(subject.key())).orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
