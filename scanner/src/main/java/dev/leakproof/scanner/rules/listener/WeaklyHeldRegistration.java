package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import com.google.common.collect.Iterables;
import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.checks.model.listener.WeakRegistries;
import dev.leakproof.checks.model.listener.WeakRegistries.Mention;
import dev.leakproof.scanner.engine.Bodies;
import dev.leakproof.scanner.engine.SourceFile;
import dev.leakproof.scanner.engine.Trees;
import dev.leakproof.scanner.rules.resource.CalleeSummaries;
import dev.leakproof.scanner.rules.syntax.BufferMentions;
import dev.leakproof.scanner.rules.syntax.Declaration;
import dev.leakproof.scanner.rules.syntax.Solver;
import dev.leakproof.scanner.rules.syntax.VariableLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the registry keeps what a registration hands it only through a
 * {@code java.lang.ref.Reference} (weak, soft or phantom), which does not keep it reachable.
 * Two shapes: the registration method belongs to a {@code Reference} subtype (Guava's
 * {@code ClosingFuture} calls {@code FinalizableReference.register(this)}, a phantom reference's
 * own static registry), or the method's source is visible (in any file of the scanned tree) and
 * uses the registered parameter only in ways {@link WeakRegistries} takes as keeping it at most
 * weakly: an argument of {@code new R(...)} of a {@code Reference} subtype ({@code list.add(new
 * WeakReference<>(o))}), the receiver of a call without arguments, or an argument of a method of
 * the same class no subclass replaces, or of a method called on a static field of the class whose
 * classes the code closes ({@link ClosedFieldClasses}), whose source in turn keeps it at most
 * weakly. Anything the solver cannot show counts as strong: the registration stays reported.
 */
public final class WeaklyHeldRegistration {
  private WeaklyHeldRegistration() {}

  /** Whether {@code listener}, an argument of {@code call}, is held only through a reference. */
  public static boolean test(MethodCallExpr call, Expression listener, SourceFile file) {
    file.resolution(); // attaches the symbol solver to the file's tree
    return Solver.ask(() -> {
      ResolvedMethodDeclaration method = call.resolve();
      if (isReference(method.declaringType()) || receiverIsReference(call)) {
        return true;
      }
      Optional<MethodDeclaration> declaration = Bodies.of(method, MethodDeclaration.class);
      return declaration.isPresent() && WeakRegistries.holdsOnlyWeakly(
          new Reading(call, file).mentions(declaration.get(), Iterables.indexOf(call.getArguments(), a -> a == listener), 1));
    }).orElse(false);
  }

  private static boolean receiverIsReference(MethodCallExpr call) {
    if (call.getScope().isEmpty()) {
      return false;
    }
    // A type name as scope (Cleanup.register) has no value type: false.
    return Solver.ask(() -> {
      ResolvedType type = call.getScope().get().calculateResolvedType();
      return type.isReferenceType() && type.asReferenceType().getTypeDeclaration()
          .map(WeaklyHeldRegistration::isReference).orElse(false);
    }).orElse(false);
  }

  static boolean isReference(ResolvedReferenceTypeDeclaration type) {
    return Solver.isOrExtends(type, ListenerApis::holdsRegisteredByReference);
  }

  /** One registration's reading: the call whose file's solver answers for every body read. */
  private record Reading(MethodCallExpr registration, SourceFile file) {
    /** How {@code method}'s body uses parameter {@code index}, one mention per name. */
    List<Mention> mentions(MethodDeclaration method, int index, int depth) {
      if (index < 0 || method.getBody().isEmpty() || index >= method.getParameters().size()
          || method.getParameter(index).isVarArgs()) {
        return List.of(Mention.KEPT);
      }
      CalleeSummaries.withSolverOf(registration, method); // its calls resolve with our solver
      Parameter parameter = method.getParameter(index);
      List<Mention> mentions = new ArrayList<>();
      for (NameExpr use : Trees.findAll(method.getBody().get(), NameExpr.class)) {
        if (use.getNameAsString().equals(parameter.getNameAsString()) && VariableLookup.of(use)
            .flatMap(Declaration::node).filter(n -> n == parameter).isPresent()) {
          mentions.add(mention(use, method, depth));
        }
      }
      return mentions;
    }

    private Mention mention(NameExpr use, MethodDeclaration method, int depth) {
      Node parent = use.getParentNode().orElse(null);
      if (wrappedInReference(use)) {
        return Mention.WRAPPED_IN_REFERENCE;
      }
      if (!(parent instanceof MethodCallExpr call)) {
        return Mention.KEPT;
      }
      if (call.getScope().filter(scope -> scope == use).isPresent()) {
        return call.getArguments().isEmpty() ? Mention.RECEIVER_OF_CALL_WITHOUT_ARGUMENTS
            : Mention.KEPT;
      }
      int index = Iterables.indexOf(call.getArguments(), a -> a == use);
      return Solver.ask(() -> {
        ResolvedMethodDeclaration callee = call.resolve();
        return followsInto(callee, index, method, depth)
            || followsIntoClosedField(call, callee, index, method, depth)
            ? Mention.HANDED_TO_A_WEAK_KEEPER : Mention.KEPT;
      }).orElse(Mention.KEPT);
    }

    /** A method of the same class no subclass replaces, whose body keeps the argument at most weakly. */
    private boolean followsInto(ResolvedMethodDeclaration callee, int index,
        MethodDeclaration caller, int depth) {
      Optional<MethodDeclaration> declaration = Bodies.of(callee, MethodDeclaration.class);
      if (declaration.isEmpty()) {
        return false;
      }
      boolean sameClass = declaration.get().getParentNode().orElse(null) == caller.getParentNode().orElse(null);
      return WeakRegistries.mayFollowInto(sameClass, !BufferMentions.cannotBeOverridden(declaration.get()), depth)
          && WeakRegistries.keepsAtMostWeakly(mentions(declaration.get(), index, depth + 1));
    }

    /**
     * A call on a static field of the same class ({@code instance.registerTemplateSpi(template)})
     * whose classes the code closes, where every one of those classes' implementation keeps the
     * argument at most weakly.
     */
    private boolean followsIntoClosedField(MethodCallExpr call, ResolvedMethodDeclaration callee,
        int index, MethodDeclaration caller, int depth) {
      if (!(call.getScope().orElse(null) instanceof NameExpr field)
          || !WeakRegistries.mayFollowInto(true, false, depth)
          || !(caller.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
        return false;
      }
      Optional<Map<String, ResolvedReferenceTypeDeclaration>> classes =
          ClosedFieldClasses.of(field, owner, file);
      if (classes.isEmpty()) {
        return false;
      }
      for (ResolvedReferenceTypeDeclaration type : classes.get().values()) {
        Optional<MethodDeclaration> implementation = ClosedFieldClasses.implementation(type, callee.getSignature());
        if (implementation.isEmpty() || !WeakRegistries.keepsAtMostWeakly(
            mentions(implementation.get(), index, depth + 1))) {
          return false;
        }
      }
      return true;
    }

    /**
     * {@code new WeakReference<>(use)}: the use is an argument of a reference's constructor. The
     * type comes from this file's solver, which also answers for a declaration in another file.
     */
    private boolean wrappedInReference(NameExpr use) {
      Node parent = use.getParentNode().orElse(null);
      if (!(parent instanceof ObjectCreationExpr creation)
          || creation.getArguments().stream().noneMatch(argument -> argument == use)) {
        return false;
      }
      Optional<ResolvedType> created = file.resolution().typeOf(creation);
      return created.isPresent() && created.get().isReferenceType()
          && created.get().asReferenceType().getTypeDeclaration()
              .map(WeaklyHeldRegistration::isReference).orElse(false);
    }
  }
}
