package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.leakproof.checks.knowledge.ClosingResults;
import dev.leakproof.checks.model.resource.TiedResults;
import dev.leakproof.scanner.rules.syntax.Solver;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * What closing the result of a call on a resource does to it ({@link ClosingResults}): a resource
 * of its own, whose closing leaves the receiver open (JGit's {@code SubmoduleWalk.getRepository()});
 * or a view whose closing closes it ({@code getChannel()}). The name filters first, so only a
 * listed name is resolved. Unresolved: neither (the result is taken as tied to the receiver).
 */
final class ClosingResultCalls {
  private ClosingResultCalls() {}

  static boolean leavesReceiverOpen(MethodCallExpr call) {
    return answers(call, ClosingResults::mayLeaveReceiverOpen, ClosingResults::leavesReceiverOpen);
  }

  /**
   * Whether a call on a resource returns a view whose closing closes the receiver ({@link
   * ClosingResults#closesReceiver}: {@code getChannel()} of a file stream): the resource, carried
   * on. Unresolved: no.
   */
  static boolean closesReceiver(MethodCallExpr call) {
    return answers(call, ClosingResults::mayCloseReceiver, ClosingResults::closesReceiver);
  }

  /**
   * Whether a call on a resource returns a closeable tied to it, not the resource ({@link
   * TiedResults#closesReceiver}: {@code txn.read(zxid)}, an iterator over the log): closing it
   * leaves the resource open. Unresolved: no (the result is taken for the resource, as before).
   */
  static boolean returnsTied(MethodCallExpr call) {
    return !TiedResults.closesReceiver(receiverMayBeResult(call), () -> closesReceiver(call));
  }

  /**
   * Whether the receiver's class is the result's or a subtype of it (the call may return its
   * receiver); null when the solver cannot tell.
   */
  private static Boolean receiverMayBeResult(MethodCallExpr call) {
    return Solver.ask(() -> {
      ResolvedType result = call.resolve().getReturnType();
      ResolvedType receiver = call.getScope().orElseThrow().calculateResolvedType();
      if (!result.isReferenceType() || !receiver.isReferenceType()) {
        return null;
      }
      String wanted = result.asReferenceType().getQualifiedName();
      return Solver.isOrExtends(receiver.asReferenceType(), wanted::equals);
    }).orElse(null);
  }

  private static boolean answers(MethodCallExpr call, Predicate<String> mayBeListed,
      BiPredicate<String, String> listed) {
    String name = call.getNameAsString();
    if (!mayBeListed.test(name) || !call.getArguments().isEmpty()) {
      return false;
    }
    return Solver.ask(() -> {
      ResolvedMethodDeclaration method = call.resolve();
      return !method.isStatic()
          && Solver.isOrExtends(method.declaringType(), type -> listed.test(type, name));
    }).orElse(false);
  }
}
