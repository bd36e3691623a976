package dev.leakproof.scanner.rules.listener;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

/** Whether code runs with a {@code this}: in a constructor, instance method, initializer or field. */
final class InstanceContext {
  private InstanceContext() {}

  /** Whether {@code node} is in code that has a {@code this} (of its innermost class). */
  static boolean of(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof MethodDeclaration method) {
        return !method.isStatic() && !method.isDefault() && !isInterfaceMember(method);
      }
      if (n instanceof ConstructorDeclaration || n instanceof CompactConstructorDeclaration) {
        return true;
      }
      if (n instanceof InitializerDeclaration initializer) {
        return !initializer.isStatic();
      }
      if (n instanceof FieldDeclaration field) {
        return !field.isStatic() && !isInterfaceMember(field);
      }
      if (n instanceof TypeDeclaration<?>) {
        return false; // an enum constant's arguments, an annotation: no instance of ours
      }
    }
    return false;
  }

  private static boolean isInterfaceMember(Node member) {
    return member.getParentNode()
        .filter(p -> p instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
            && c.isInterface())
        .isPresent();
  }
}
