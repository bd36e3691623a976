package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One question to the symbol solver, whose every failure means "cannot tell". Where it lacks a
 * type (a jar we do not have, a gap in JavaParser) the solver throws whatever JavaParser throws,
 * and on some type hierarchies it overflows the stack; the rules then stay silent or fall back to
 * the syntax, so each such failure becomes an empty answer.
 */
public final class Solver {
  private Solver() {}

  /** What {@code question} answers; empty when it fails or answers {@code null}. */
  public static <T> Optional<T> ask(Supplier<? extends T> question) {
    try {
      return Optional.ofNullable(question.get());
    } catch (RuntimeException | StackOverflowError unresolved) {
      return Optional.empty();
    }
  }

  /** {@link #ask}, for a question whose answer may be missing. */
  public static <T> Optional<T> askOptional(Supplier<Optional<T>> question) {
    return ask(question).flatMap(answer -> answer);
  }

  /**
   * Whether {@code type}'s qualified name, or one of its supertypes', passes {@code named}; the
   * solver throws when it cannot load a supertype (ask it through {@link #ask}).
   */
  public static boolean isOrExtends(ResolvedReferenceType type, Predicate<String> named) {
    return named.test(type.getQualifiedName())
        || type.getAllAncestors().stream().anyMatch(a -> named.test(a.getQualifiedName()));
  }

  /** {@link #isOrExtends(ResolvedReferenceType, Predicate)} for a type's declaration. */
  public static boolean isOrExtends(ResolvedReferenceTypeDeclaration type,
      Predicate<String> named) {
    return named.test(type.getQualifiedName())
        || type.getAllAncestors().stream().anyMatch(a -> named.test(a.getQualifiedName()));
  }
}
