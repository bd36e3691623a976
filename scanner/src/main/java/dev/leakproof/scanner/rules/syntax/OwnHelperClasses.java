package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.model.threadlocal.HelperField;
import dev.leakproof.checks.model.threadlocal.ThreadLocalModel;
import dev.leakproof.checks.model.threadlocal.ValueType;
import dev.leakproof.scanner.engine.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A thread-local's value class when it is the file's own per-thread helper (the model's
 * {@code ThreadLocalPut#ownHelperFields}): a class declared in the thread-local's top-level class
 * (that class or a static class nested in it) that extends nothing, with its instance fields.
 */
public final class OwnHelperClasses {
  private OwnHelperClasses() {}

  /** The instance fields of {@code valueType}'s class in {@code topLevel}, if it is such a helper. */
  public static Optional<List<HelperField>> fields(CompilationUnit unit, Node topLevel,
      ValueType valueType) {
    if (!valueType.isKnown() || valueType.isArray()) {
      return Optional.empty();
    }
    String ownPackage = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".")
        .orElse("");
    return Trees.findAll(topLevel, ClassOrInterfaceDeclaration.class).stream()
        .filter(c -> (valueType.name().equals(ownPackage + c.getNameAsString())
                || c.getFullyQualifiedName().filter(valueType.name()::equals).isPresent())
            && ThreadLocalModel.isOwnHelperClass(true, !c.isInterface(),
                c.getExtendedTypes().isEmpty(), c != topLevel && !c.isStatic()))
        .findFirst()
        .map(helper -> instanceFields(unit, helper));
  }

  private static List<HelperField> instanceFields(CompilationUnit unit,
      ClassOrInterfaceDeclaration helper) {
    List<HelperField> fields = new ArrayList<>();
    for (FieldDeclaration field : helper.getFields()) {
      if (field.isStatic()) {
        continue;
      }
      for (VariableDeclarator variable : field.getVariables()) {
        fields.add(new HelperField(DeclaredTypes.of(variable.getType(), unit),
            emptied(helper, variable.getNameAsString())));
      }
    }
    return fields;
  }

  /** Whether the class calls {@code setLength(0)} or {@code reset()} on its field {@code name}. */
  private static boolean emptied(ClassOrInterfaceDeclaration helper, String name) {
    return Trees.findFirst(helper, MethodCallExpr.class, call -> call.getScope()
            .filter(receiver -> namesField(receiver, name)).isPresent()
        && ThreadLocalApis.emptiesBuffer(call.getNameAsString(), call.getArguments().size(),
            call.getArguments().size() == 1
                && call.getArgument(0) instanceof IntegerLiteralExpr literal
                && literal.getValue().equals("0")))
        .isPresent();
  }

  private static boolean namesField(Expression receiver, String name) {
    return receiver instanceof NameExpr simple && simple.getNameAsString().equals(name)
        || receiver instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr
            && access.getNameAsString().equals(name);
  }
}
