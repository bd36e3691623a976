package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A second question about the same node gets the first answer, a failure included. */
class RememberingSymbolSolverTest {
  private static final String CODE = "class A {\n"
      + "  void m(java.util.List<String> names) { names.size(); names.nothing(); }\n}\n";

  /** The file's tree with a remembering resolver over the JDK, counting the type lookups. */
  private static CompilationUnit unit(AtomicInteger lookups) {
    return unit(lookups, new RememberingSymbolSolver.NeighbourAnswers());
  }

  private static CompilationUnit unit(AtomicInteger lookups,
      RememberingSymbolSolver.NeighbourAnswers neighbours) {
    CompilationUnit unit = new JavaParser(FileAnalyser.configuration()).parse(CODE).getResult()
        .orElseThrow();
    TypeSolver counting = new CombinedTypeSolver(new ReflectionTypeSolver(true)) {
      @Override
      public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        lookups.incrementAndGet();
        return super.tryToSolveType(name);
      }
    };
    RememberingSymbolSolver.attach(unit, counting, neighbours);
    return unit;
  }

  private static MethodCallExpr call(CompilationUnit unit, String name) {
    return unit.findFirst(MethodCallExpr.class, c -> c.getNameAsString().equals(name))
        .orElseThrow();
  }

  @Test
  void answersAResolvedCallOnceAndTheSameAfter() {
    AtomicInteger lookups = new AtomicInteger();
    MethodCallExpr size = call(unit(lookups), "size");
    ResolvedMethodDeclaration first = size.resolve();
    int afterFirst = lookups.get();
    assertSame(first, size.resolve());
    assertEquals(afterFirst, lookups.get());
    assertEquals("java.util.List", first.declaringType().getQualifiedName());
  }

  @Test
  void remembersThatACallCannotBeResolved() {
    AtomicInteger lookups = new AtomicInteger();
    MethodCallExpr nothing = call(unit(lookups), "nothing");
    RuntimeException first = assertThrows(RuntimeException.class, nothing::resolve);
    int afterFirst = lookups.get();
    assertSame(first, assertThrows(RuntimeException.class, nothing::resolve));
    assertEquals(afterFirst, lookups.get());
  }

  @Test
  void remembersAnExpressionsType() {
    AtomicInteger lookups = new AtomicInteger();
    MethodCallExpr size = call(unit(lookups), "size");
    assertEquals("int", size.calculateResolvedType().describe());
    int afterFirst = lookups.get();
    assertEquals("int", size.calculateResolvedType().describe());
    assertEquals(afterFirst, lookups.get());
  }

  @Test
  void answersANeighboursNodesFromMemoryUntilTheNextFile() {
    AtomicInteger lookups = new AtomicInteger();
    RememberingSymbolSolver.NeighbourAnswers neighbours =
        new RememberingSymbolSolver.NeighbourAnswers();
    CompilationUnit analysed = unit(lookups, neighbours);
    CompilationUnit neighbour = new JavaParser(FileAnalyser.configuration()).parse(CODE)
        .getResult().orElseThrow();
    // As CalleeSummaries.withSolverOf lends the analysed file's resolver to a callee's file.
    neighbour.setData(Node.SYMBOL_RESOLVER_KEY, analysed.getData(Node.SYMBOL_RESOLVER_KEY));
    MethodCallExpr size = call(neighbour, "size");
    ResolvedMethodDeclaration first = size.resolve();
    int afterFirst = lookups.get();
    assertSame(first, size.resolve());
    assertEquals(afterFirst, lookups.get());
    MethodCallExpr nothing = call(neighbour, "nothing");
    RuntimeException failure = assertThrows(RuntimeException.class, nothing::resolve);
    assertSame(failure, assertThrows(RuntimeException.class, nothing::resolve));

    // The next file (whose neighbour still carries this resolver) looks the types up itself.
    neighbours.forget();
    ResolvedMethodDeclaration again = size.resolve();
    assertNotSame(first, again);
    assertEquals(first.getQualifiedSignature(), again.getQualifiedSignature());
    assertNotSame(failure, assertThrows(RuntimeException.class, nothing::resolve));
  }
}
