package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.checks.model.listener.WeakRegistries;
import dev.leakproof.checks.model.listener.WeakRegistries.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the registry keeps what a registration hands it only through a
 * {@code java.lang.ref.Reference} (weak, soft or phantom), which does not keep it reachable.
 * Two shapes: the registration method belongs to (or is called on) a {@code Reference} subtype
 * (Guava's {@code ClosingFuture} calls {@code FinalizableReference.register(this)}, a phantom
 * reference's own static registry), or the method is declared in this compilation ({@link
 * CompilationBodies}) and its body uses the registered parameter only in ways {@link
 * WeakRegistries} takes as keeping it at most weakly: an argument of {@code new R(...)} of a
 * {@code Reference} subtype ({@code list.add(new WeakReference<>(o))}), the receiver of a call
 * without arguments, or an argument of a method of the same class no subclass replaces, or of a
 * method called on a static field of the class whose classes the code closes ({@link
 * ClosedFieldClasses}), whose body in turn keeps it at most weakly. A body that is not read
 * counts as strong: the registration stays reported.
 */
final class WeaklyHeldRegistration {
  private WeaklyHeldRegistration() {}

  /** Whether {@code listener}, an argument of {@code call} (to {@code method}), is held only through a reference. */
  static boolean test(MethodInvocationTree call, MethodSymbol method, ExpressionTree listener,
      VisitorState state) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (ListenerApis.holdsRegisteredByReference(method.owner.getQualifiedName().toString())
        || isReference(method.owner.type, state)
        || receiver != null && isReference(ASTHelpers.getType(receiver), state)) {
      return true;
    }
    int index = call.getArguments().indexOf(listener);
    return !(method.isVarArgs() && index == method.getParameters().size() - 1)
        && WeakRegistries.holdsOnlyWeakly(mentions(method, index, 1, state));
  }

  private static boolean isReference(Type type, VisitorState state) {
    Type reference = state.getTypeFromString(ListenerApis.REFERENCE);
    return type != null && reference != null
        && state.getTypes().isSubtype(state.getTypes().erasure(type), state.getTypes().erasure(reference));
  }

  /** How {@code method}'s body uses parameter {@code index}, one mention per name; KEPT when the body is not read. */
  static List<Mention> mentions(MethodSymbol method, int index, int depth, VisitorState state) {
    TreePath declaration = CompilationBodies.declaration(method, state);
    if (index < 0 || index >= method.getParameters().size() || declaration == null
        || !(declaration.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
      return List.of(Mention.KEPT);
    }
    Symbol parameter = method.getParameters().get(index);
    List<Mention> mentions = new ArrayList<>();
    for (TreePath use : TreeSearch.mentionsOf(parameter, new TreePath(declaration, tree.getBody()))) {
      mentions.add(mention((IdentifierTree) use.getLeaf(), use.getParentPath(), method, depth, state));
    }
    return mentions;
  }

  private static Mention mention(IdentifierTree use, TreePath parent, MethodSymbol caller,
      int depth, VisitorState state) {
    Tree leaf = parent.getLeaf();
    if (leaf instanceof NewClassTree creation && creation.getArguments().contains(use)) {
      return isReference(ASTHelpers.getType(creation), state) ? Mention.WRAPPED_IN_REFERENCE
          : Mention.KEPT;
    }
    if (leaf instanceof MemberSelectTree select && select.getExpression() == use) {
      return parent.getParentPath().getLeaf() instanceof MethodInvocationTree call
          && call.getMethodSelect() == select && call.getArguments().isEmpty()
          ? Mention.RECEIVER_OF_CALL_WITHOUT_ARGUMENTS : Mention.KEPT;
    }
    if (!(leaf instanceof MethodInvocationTree call) || !call.getArguments().contains(use)
        || !(ASTHelpers.getSymbol(call) instanceof MethodSymbol callee)) {
      return Mention.KEPT;
    }
    int index = call.getArguments().indexOf(use);
    boolean handedOn = WeakRegistries.mayFollowInto(callee.owner == caller.owner,
            !BufferMentions.cannotBeOverridden(callee), depth)
            && WeakRegistries.keepsAtMostWeakly(mentions(callee, index, depth + 1, state))
        || followsIntoClosedField(call, callee, caller, index, depth, state);
    return handedOn ? Mention.HANDED_TO_A_WEAK_KEEPER : Mention.KEPT;
  }

  /**
   * A call on a static field of the caller's class ({@code instance.registerTemplateSpi(template)})
   * whose classes the code closes, where every one of those classes' implementation keeps the
   * argument at most weakly.
   */
  private static boolean followsIntoClosedField(MethodInvocationTree call, MethodSymbol callee,
      MethodSymbol caller, int index, int depth, VisitorState state) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (receiver == null || !WeakRegistries.mayFollowInto(true, false, depth)
        || !(ASTHelpers.getSymbol(receiver) instanceof Symbol.VarSymbol field)
        || field.owner != caller.owner) {
      return false;
    }
    Optional<List<ClassSymbol>> classes = ClosedFieldClasses.of(field, state);
    if (classes.isEmpty()) {
      return false;
    }
    for (ClassSymbol type : classes.get()) {
      MethodSymbol implementation = callee.implementation(type, state.getTypes(), true);
      if (implementation == null || !WeakRegistries.keepsAtMostWeakly(
          mentions(implementation, index, depth + 1, state))) {
        return false;
      }
    }
    return true;
  }
}
