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
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ForeignSuppressions;
import dev.leakproof.checks.knowledge.GeneratedCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @SuppressWarnings("RuleName")} (or {@code "all"}, or another compiler's token for the
 * same check: {@link ForeignSuppressions#suppressWarningsTokens}) on any declaration enclosing a
 * finding silences it: class, method, constructor, field, local variable, parameter. The same
 * scope as Error Prone's, so both engines agree on what a suppression covers.
 *
 * <p>A type annotated {@code @Generated} silences every rule inside it ({@link GeneratedCode});
 * a file whose header says a generator wrote it is not analysed at all ({@code FileAnalyser}).
 */
final class Suppressions {
  static final String ALL = "all";

  private Suppressions() {}

  static boolean isSuppressed(Node node, Rule rule) {
    List<String> names = new ArrayList<>(ForeignSuppressions.suppressWarningsTokens(rule));
    names.add(rule.ruleName());
    names.add(ALL);
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
          if (isSuppressWarnings(annotation) && names(annotation, names)) {
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

  private static boolean names(AnnotationExpr annotation, List<String> names) {
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      return mentions(single.getMemberValue(), names);
    }
    if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals("value") && mentions(pair.getValue(), names)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mentions(Expression value, List<String> names) {
    if (value instanceof StringLiteralExpr literal) {
      return names.contains(literal.getValue());
    }
    if (value instanceof ArrayInitializerExpr array) {
      return array.getValues().stream().anyMatch(v -> mentions(v, names));
    }
    return false;
  }
}
