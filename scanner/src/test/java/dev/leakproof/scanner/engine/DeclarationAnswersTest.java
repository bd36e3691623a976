package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer about a declaration is worked out once per worker, and each later file that takes it
 * has the reads of its working out in its own record (what {@code --cache} watches).
 */
class DeclarationAnswersTest {
  private static final Object QUESTION = new Object();

  @TempDir
  Path root;

  private static Predicate<ResolvedReferenceTypeDeclaration> hasClose(AtomicInteger asked) {
    return type -> {
      asked.incrementAndGet();
      return type.getAllMethods().stream()
          .anyMatch(m -> m.getName().equals("close") && m.getNoParams() == 0);
    };
  }

  private TypeSolvers solvers() {
    FileBudget budget = new FileBudget(Duration.ofMinutes(1));
    budget.start();
    return new TypeSolvers(FileAnalyser.configuration(), ClassPath.EMPTY, budget,
        new SharedParses());
  }

  @Test
  void aLaterFileTakesTheAnswerWithTheFilesItRead() throws IOException {
    Files.createDirectories(root.resolve("p"));
    Path base = root.resolve("p/Base.java").toAbsolutePath().normalize();
    Files.writeString(base, "package p;\npublic class Base { public void close() {} }\n");
    Files.writeString(root.resolve("p/Sub.java"), "package p;\npublic class Sub extends Base {}\n");
    Path sourceRoot = root.toAbsolutePath().normalize();
    TypeSolvers solvers = solvers();
    AtomicInteger asked = new AtomicInteger();

    solvers.startFile();
    ResolvedReferenceTypeDeclaration sub =
        solvers.forSourceRoot(sourceRoot).solveType("p.Sub");
    assertTrue(DeclarationAnswers.remembered(sub, QUESTION, hasClose(asked)));
    assertTrue(solvers.reads().files().orElseThrow().contains(base)); // Base looked up
    solvers.endFile();

    solvers.startFile();
    solvers.forSourceRoot(sourceRoot);
    assertEquals(Set.of(), solvers.reads().files().orElseThrow());
    assertTrue(DeclarationAnswers.remembered(sub, QUESTION, hasClose(asked)));
    assertEquals(1, asked.get());
    assertTrue(solvers.reads().files().orElseThrow().contains(base)); // replayed
    solvers.endFile();

    // Outside a file, the question is simply asked.
    assertTrue(DeclarationAnswers.remembered(sub, QUESTION, hasClose(asked)));
    assertEquals(2, asked.get());
  }

  @Test
  void aJdkTypesAnswerAndAFailureAreRememberedPerRoot() {
    TypeSolvers solvers = solvers();
    Path sourceRoot = root.toAbsolutePath().normalize();
    AtomicInteger asked = new AtomicInteger();
    solvers.startFile();
    ResolvedReferenceTypeDeclaration string =
        solvers.forSourceRoot(sourceRoot).solveType("java.lang.String");
    assertFalse(DeclarationAnswers.remembered(string, QUESTION, hasClose(asked)));
    solvers.startFile();
    solvers.forSourceRoot(sourceRoot);
    assertFalse(DeclarationAnswers.remembered(string, QUESTION, hasClose(asked)));
    assertEquals(1, asked.get());

    Object failing = new Object();
    IllegalStateException first = assertThrows(IllegalStateException.class,
        () -> DeclarationAnswers.remembered(string, failing, type -> {
          asked.incrementAndGet();
          throw new IllegalStateException("cannot tell");
        }));
    assertSame(first, assertThrows(IllegalStateException.class,
        () -> DeclarationAnswers.remembered(string, failing, type -> true)));
    assertEquals(2, asked.get());
    solvers.endFile();
  }
}
