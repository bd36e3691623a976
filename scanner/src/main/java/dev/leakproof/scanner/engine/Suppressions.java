package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.leakproof.checks.knowledge.GeneratedCode;

/**
 * {@code @SuppressWarnings("RuleName")} (or {@code "all"}) on any declaration enclosing a
 * finding silences it: class, method, constructor, field, local variable, parameter. The same
 * scope as Error Prone's, so both engines agree on what a suppression covers.
 *
 * <p>A type annotated {@code @Generated} silences every rule inside it ({@link GeneratedCode});
 * a file whose header says a generator wrote it is not analysed at all ({@code FileAnalyser}).
 */
final class Suppressions {
  static final String ALL = "all";

  private Suppressions() {}

  static boolean isSuppressed(Node node, String ruleName) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
          if (isSuppressWarnings(annotation) && names(annotation, ruleName)) {
            return true;
          }
          if (n instanceof TypeDeclaration<?>
              && GeneratedCode.isGeneratedAnnotation(annotation.getNameAsString())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isSuppressWarnings(AnnotationExpr annotation) {
    String name = annotation.getNameAsString();
    return name.equals("SuppressWarnings") || name.equals("java.lang.SuppressWarnings");
  }

  private static boolean names(AnnotationExpr annotation, String ruleName) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return mentions(single.getMemberValue(), ruleName);
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals("value") && mentions(pair.getValue(), ruleName)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mentions(Expression value, String ruleName) {
    if (value instanceof StringLiteralExpr literal) {
      String key = literal.getValue();
      return key.equals(ruleName) || key.equals(ALL);
    }
    if (value instanceof ArrayInitializerExpr array) {
      return array.getValues().stream().anyMatch(v -> mentions(v, ruleName));
    }
    return false;
  }
}
