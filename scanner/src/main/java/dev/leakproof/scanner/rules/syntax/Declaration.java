package dev.leakproof.scanner.rules.syntax;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/**
 * What a variable name refers to, as far as the file's own syntax tells.
 *
 * @param node the {@code VariableDeclarator} or {@code Parameter}, when declared in this file
 */
public record Declaration(Kind kind, Optional<Node> node) {
  public enum Kind {
    /** A local variable or parameter declared in this file. */
    LOCAL,
    /** A field declared in this file. */
    FIELD,
    /** Not declared in this file (an inherited field, a static import): ask the solver. */
    ELSEWHERE,
    /** The syntax is ambiguous (a pattern variable could shadow it): better stay silent. */
    UNKNOWN
  }

  /** The type written where the variable is declared, when declared in this file. */
  public Optional<Type> type() {
    return node.map(n -> n instanceof VariableDeclarator variable ? variable.getType()
        : n instanceof Parameter parameter ? parameter.getType() : null);
  }

  static Declaration local(Node node) {
    return new Declaration(Kind.LOCAL, Optional.of(node));
  }

  static Declaration field(Node node) {
    return new Declaration(Kind.FIELD, Optional.of(node));
  }

  static Declaration elsewhere() {
    return new Declaration(Kind.ELSEWHERE, Optional.empty());
  }

  static Declaration unknown() {
    return new Declaration(Kind.UNKNOWN, Optional.empty());
  }
}
