package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.model.threadlocal.HelperField;
import dev.leakproof.checks.model.threadlocal.ThreadLocalModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * A thread-local's value class when it is the file's own per-thread helper (the model's
 * {@code ThreadLocalPut#ownHelperFields}): a class declared in the thread-local's top-level class
 * (that class or a static class nested in it) that extends nothing but {@code Object}, with its
 * instance fields.
 */
final class OwnHelperClasses {
  private OwnHelperClasses() {}

  static Optional<List<HelperField>> fields(VarSymbol threadLocal, ClassTree topLevel,
      VisitorState state) {
    Type value = ThreadLocalCalls.valueClass(threadLocal, state);
    if (value == null || !(value.tsym instanceof ClassSymbol helper)
        || !ThreadLocalModel.isOwnHelperClass(
            helper.outermostClass() == ASTHelpers.getSymbol(topLevel),
            helper.getKind() == ElementKind.CLASS,
            helper.getSuperclass().tsym instanceof ClassSymbol superclass
                && superclass.getQualifiedName().contentEquals("java.lang.Object"),
            helper.hasOuterInstance())) {
      return Optional.empty();
    }
    ClassTree helperTree = declaration(topLevel, helper);
    if (helperTree == null) {
      return Optional.empty();
    }
    List<HelperField> fields = new ArrayList<>();
    for (Tree member : helperTree.getMembers()) {
      if (member instanceof VariableTree variable
          && ASTHelpers.getSymbol(variable) instanceof VarSymbol field && !field.isStatic()) {
        fields.add(new HelperField(ThreadLocalCalls.valueType(field.type),
            emptied(helperTree, field)));
      }
    }
    return Optional.of(fields);
  }

  private static ClassTree declaration(ClassTree topLevel, ClassSymbol helper) {
    return new TreeScanner<ClassTree, Void>() {
      @Override
      public ClassTree visitClass(ClassTree tree, Void unused) {
        return ASTHelpers.getSymbol(tree) == helper ? tree : super.visitClass(tree, unused);
      }

      @Override
      public ClassTree reduce(ClassTree a, ClassTree b) {
        return a != null ? a : b;
      }
    }.scan(topLevel, null);
  }

  /**
   * Whether a method of the class calls {@code setLength(0)} or {@code reset()} on
   * {@code field} (in its own code: a lambda or nested class runs at another time).
   */
  private static boolean emptied(ClassTree helper, VarSymbol field) {
    OwnCodeSearch emptying = new OwnCodeSearch() {
      @Override
      public Boolean visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (call.getMethodSelect() instanceof MemberSelectTree select
            && ASTHelpers.getSymbol(select.getExpression()) == field) {
          Integer argument = call.getArguments().size() == 1
              ? ASTHelpers.constValue(call.getArguments().get(0), Integer.class) : null;
          if (ThreadLocalApis.emptiesBuffer(select.getIdentifier().toString(),
              call.getArguments().size(), argument != null && argument == 0)) {
            return true;
          }
        }
        return super.visitMethodInvocation(call, unused);
      }
    };
    return helper.getMembers().stream().anyMatch(emptying::foundIn);
  }
}
