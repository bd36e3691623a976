package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import dev.leakproof.scanner.engine.SourceFile;
import java.util.Set;

/**
 * Whether a registration adds a completion callback to a future ({@code ListenableFuture.addListener},
 * Netty's {@code Future.addListener}): a future runs each callback once, when it completes, and
 * drops it then, so the callback is not kept for the future's lifetime the way a subscription is.
 * Found on Guava's {@code ClosingFuture}, where an injected future's {@code addListener} was taken
 * for a lapsed listener.
 */
public final class CompletionCallback {
  private static final Set<String> FUTURES =
      Set.of("java.util.concurrent.Future", "java.util.concurrent.CompletionStage");

  private CompletionCallback() {}

  /** True only when the solver shows the called method is declared by a future type. */
  public static boolean test(MethodCallExpr call, SourceFile file) {
    file.resolution(); // attaches the symbol solver to the file's tree
    try {
      ResolvedReferenceTypeDeclaration owner = call.resolve().declaringType();
      return isFuture(owner.getQualifiedName())
          || owner.getAllAncestors().stream().anyMatch(a -> isFuture(a.getQualifiedName()));
    } catch (RuntimeException | StackOverflowError unresolved) {
      return false; // the solver cannot tell: judge it like any other registration
    }
  }

  private static boolean isFuture(String qualifiedName) {
    return FUTURES.contains(qualifiedName);
  }
}
