package dev.leakproof.checks.model.listener;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Subjects that keep a callback for one operation only and then drop it, so registering on them
 * leaks nothing however long the subject itself lives: a future runs each completion callback once
 * ({@code ListenableFuture.addListener}, Netty's {@code Future.addListener}); a transaction runs
 * its synchronizations at commit or rollback and clears them; a request or async context lives
 * one request; a channel's selector registration lasts until the channel closes. By type (the engines test the registration method's declaring type and its
 * supertypes) and, for transaction synchronizations, by name, which every engine sees.
 */
public final class ShortLivedSubjects {
  /** Types whose registrations last one operation; every engine tests subtypes against this list. */
  public static final List<String> TYPES = List.of(
      "java.util.concurrent.Future",
      "java.util.concurrent.CompletionStage",
      "javax.servlet.ServletRequest",
      "jakarta.servlet.ServletRequest",
      "javax.servlet.AsyncContext",
      "jakarta.servlet.AsyncContext",
      "javax.transaction.Transaction",
      "jakarta.transaction.Transaction",
      "javax.transaction.TransactionSynchronizationRegistry",
      "jakarta.transaction.TransactionSynchronizationRegistry",
      "org.springframework.transaction.support.TransactionSynchronizationManager",
      // A channel's registration with a selector (register(selector, ops, attachment)) is a
      // SelectionKey that is cancelled when the channel closes: it lives one connection.
      "java.nio.channels.SelectableChannel");

  /** Registration names that add a callback to the current transaction, cleared when it ends. */
  private static final Set<String> ONE_OPERATION_REGISTRATIONS =
      Set.of("registerSynchronization", "registerInterposedSynchronization");

  private ShortLivedSubjects() {}

  /** Whether {@code qualifiedName} (dotted, nested classes with {@code .} or {@code $}) is one of {@link #TYPES}. */
  public static boolean isShortLivedType(String qualifiedName) {
    return TYPES.contains(qualifiedName.replace('$', '.'));
  }

  /**
   * Whether a registration method declared by {@code owner} (dotted) belongs to a subject that
   * keeps a callback for one operation only: {@code owner} is one of {@link #TYPES} or a subtype
   * of one. {@code isSubtypeOf} answers from the engine's type hierarchy (false when it cannot
   * tell), asked for each of {@link #TYPES} in turn.
   */
  public static boolean isShortLived(String owner, Predicate<String> isSubtypeOf) {
    return isShortLivedType(owner) || TYPES.stream().anyMatch(isSubtypeOf);
  }

  /**
   * Whether a type whose declaration the engine cannot see is, by its simple name, a future or
   * promise ({@code ListenableFuture}, {@code ChannelFuture}, {@code Promise}): for a source engine
   * without the library on its class path. Generic arguments are ignored.
   */
  public static boolean isFutureByName(String simpleName) {
    String name = simpleName.replaceAll("<.*", "");
    name = name.substring(name.lastIndexOf('.') + 1);
    return name.endsWith("Future") || name.endsWith("Promise") || name.equals("CompletionStage");
  }

  /** Whether a registration of this name lasts one transaction whatever its receiver. */
  public static boolean isOneOperationRegistration(String methodName) {
    return ONE_OPERATION_REGISTRATIONS.contains(methodName);
  }
}
