package dev.leakproof.scanner.rules.resource;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.leakproof.checks.knowledge.ClosingResults;

/**
 * Whether a call on a resource returns a resource of its own, whose closing leaves the receiver
 * open ({@link ClosingResults}: JGit's {@code SubmoduleWalk.getRepository()}); the name filters
 * first, so only a listed name is resolved. Unresolved: no (the result is taken as tied to the
 * receiver, as before).
 */
final class ClosingResultCalls {
  private ClosingResultCalls() {}

  static boolean leavesReceiverOpen(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (!ClosingResults.mayLeaveReceiverOpen(name) || !call.getArguments().isEmpty()) {
      return false;
    }
    try {
      ResolvedMethodDeclaration method = call.resolve();
      if (method.isStatic()) {
        return false;
      }
      if (ClosingResults.leavesReceiverOpen(method.declaringType().getQualifiedName(), name)) {
        return true;
      }
      return method.declaringType().getAllAncestors().stream()
          .anyMatch(a -> ClosingResults.leavesReceiverOpen(a.getQualifiedName(), name));
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false;
    }
  }
}
