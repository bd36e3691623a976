package dev.leakproof.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.MemoryOnlyCloseables;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.Call;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.CloseMethod;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.FieldClose;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.OtherCall;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.SuperClose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;

/**
 * The facts {@link MemoryOnlyClasses} judges, read from the compilation: the {@code close()} a
 * class runs (its own or inherited) and the calls in its body, for classes whose sources javac
 * compiles now; a class from the class path has no body to read.
 */
final class JavacCloseMethods implements MemoryOnlyClasses.Classes {
  private final VisitorState state;
  private final Map<String, ClassSymbol> classes = new HashMap<>();

  private JavacCloseMethods(VisitorState state) {
    this.state = state;
  }

  /** Whether {@code new T(..)} makes a value that holds only memory. */
  static boolean createdHoldsOnlyMemory(NewClassTree creation, VisitorState state) {
    // an anonymous class is judged as a named one: its own close(), else the one it inherits
    MethodSymbol constructor = ASTHelpers.getSymbol(creation);
    if (constructor == null || !(constructor.owner instanceof ClassSymbol type)) {
      return false;
    }
    JavacCloseMethods read = new JavacCloseMethods(state);
    return MemoryOnlyClasses.createdHoldsOnlyMemory(read.named(type), read);
  }

  /** Whether the tables know that what {@code call} returns holds only memory. */
  static boolean returnsOnlyMemory(MethodInvocationTree call) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return method != null
        && MemoryOnlyCloseables.mayReturnOnlyMemory(method.getSimpleName().toString())
        && MemoryOnlyCloseables.returnsOnlyMemory(
            ResourceAcquisitions.binaryName(method.owner), method.getSimpleName().toString());
  }

  private String named(ClassSymbol type) {
    String name = ResourceAcquisitions.binaryName(type);
    classes.putIfAbsent(name, type);
    return name;
  }

  @Override
  public Optional<CloseMethod> closeOf(String fqcn) {
    ClassSymbol type = classes.get(fqcn);
    while (type != null) {
      for (Symbol member : type.getEnclosedElements()) {
        if (member instanceof MethodSymbol method && method.getSimpleName().contentEquals("close")
            && method.getParameters().isEmpty() && !method.isStatic()) {
          String declaring = named(type);
          MethodTree tree = (method.flags() & Flags.ABSTRACT) != 0 ? null
              : JavacTrees.instance(state.context).getTree(method);
          return Optional.of(new CloseMethod(declaring,
              tree == null || tree.getBody() == null ? Optional.empty()
                  : Optional.of(calls(tree, type))));
        }
      }
      Type superclass = type.getSuperclass();
      type = superclass != null && superclass.tsym instanceof ClassSymbol c ? c : null;
    }
    return Optional.empty();
  }

  /** Every call of {@code close}'s body, as the model reads them. */
  private List<Call> calls(MethodTree close, ClassSymbol owner) {
    List<Call> calls = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        calls.add(call(call, owner));
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitNewClass(NewClassTree creation, Void unused) {
        calls.add(new OtherCall("new"));
        return super.visitNewClass(creation, null);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree lambda, Void unused) {
        calls.add(new OtherCall("lambda"));
        return null;
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree reference, Void unused) {
        calls.add(new OtherCall("method reference"));
        return null;
      }
    }.scan(close.getBody(), null);
    return calls;
  }

  private Call call(MethodInvocationTree call, ClassSymbol owner) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || !method.getSimpleName().contentEquals("close")
        || !call.getArguments().isEmpty()) {
      return new OtherCall(method == null ? "?" : method.getSimpleName().toString());
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    if (receiver instanceof IdentifierTree id && id.getName().contentEquals("super")) {
      Type superclass = owner.getSuperclass();
      return superclass != null && superclass.tsym instanceof ClassSymbol c
          ? new SuperClose(named(c)) : new OtherCall("super.close");
    }
    boolean ownField = receiver instanceof IdentifierTree
        || receiver instanceof MemberSelectTree select
            && select.getExpression() instanceof IdentifierTree scope
            && scope.getName().contentEquals("this");
    Symbol field = receiver == null ? null : ASTHelpers.getSymbol(receiver);
    if (ownField && field != null && field.getKind() == ElementKind.FIELD && !field.isStatic()
        && state.getTypes().erasure(field.type).tsym instanceof ClassSymbol fieldType) {
      return new FieldClose(named(fieldType));
    }
    return new OtherCall("close");
  }

  @Override
  public List<String> superclasses(String fqcn) {
    List<String> names = new ArrayList<>();
    ClassSymbol type = classes.get(fqcn);
    while (type != null) {
      Type superclass = type.getSuperclass();
      type = superclass != null && superclass.tsym instanceof ClassSymbol c ? c : null;
      if (type != null) {
        names.add(named(type));
      }
    }
    return names;
  }

  @Override
  public boolean isFinal(String fqcn) {
    ClassSymbol type = classes.get(fqcn);
    return type != null && (type.getKind() == ElementKind.ENUM
        || type.getKind() == ElementKind.CLASS && (type.flags() & Flags.FINAL) != 0
        || type.getKind().name().equals("RECORD"));
  }
}
