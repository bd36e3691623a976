package dev.leakproof.scanner.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The symbol solver for one file, attached on first use. Every answer is optional: when the
 * solver cannot tell (a type from a jar we do not have, a gap in JavaParser), rules stay silent,
 * so every failure of the solver, whatever it throws, becomes "unknown".
 */
public final class Resolution {
  private final JavaParserFacade facade;

  Resolution(CompilationUnit unit, TypeSolver typeSolver,
      RememberingSymbolSolver.NeighbourAnswers neighbours) {
    RememberingSymbolSolver.attach(unit, typeSolver, neighbours);
    this.facade = JavaParserFacade.get(typeSolver);
  }

  /** The static type of {@code expression}, if the solver can work it out. */
  public Optional<ResolvedType> typeOf(Expression expression) {
    try {
      return Optional.of(facade.getType(expression));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** The variable or field {@code expression} (a name or a field access) refers to. */
  public Optional<ResolvedValueDeclaration> declarationOf(Expression expression) {
    try {
      var reference = expression instanceof FieldAccessExpr access ? facade.solve(access)
          : facade.solve(expression);
      return reference.isSolved() ? Optional.of(reference.getCorrespondingDeclaration())
          : Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * The qualified names of every supertype of {@code type}, if the solver can work out all of
   * them (one it cannot load might be any type).
   */
  public Optional<Set<String>> ancestorsOf(TypeDeclaration<?> type) {
    try {
      Set<String> names = new HashSet<>();
      for (ResolvedReferenceType ancestor : facade.getTypeDeclaration(type).getAllAncestors()) {
        names.add(ancestor.getQualifiedName());
      }
      return Optional.of(names);
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** Whether the written {@code type} names an enum, if the solver can tell; else false. */
  public boolean isEnum(com.github.javaparser.ast.type.Type type) {
    try {
      ResolvedType resolved = facade.convertToUsage(type);
      return resolved.isReferenceType() && resolved.asReferenceType().getTypeDeclaration()
          .map(declaration -> declaration.isEnum()).orElse(false);
    } catch (RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /** Whether {@code type} is {@code java.lang.String}. */
  public static boolean isString(ResolvedType type) {
    try {
      return type.isReferenceType()
          && type.asReferenceType().getQualifiedName().equals("java.lang.String");
    } catch (RuntimeException e) {
      return false;
    }
  }
}
