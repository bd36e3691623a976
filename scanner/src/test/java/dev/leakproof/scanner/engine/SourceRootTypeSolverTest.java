package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.symbolsolver.javaparsermodel.declarations.JavaParserClassDeclaration;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The solver still finds what JavaParser's finds, and skips only lookups that must fail. */
class SourceRootTypeSolverTest {
  @TempDir Path root;

  private SourceRootTypeSolver solver() throws IOException {
    Files.createDirectories(root.resolve("p"));
    Files.writeString(root.resolve("p/A.java"), "package p;\npublic class A {\n"
        + "  static class Nested {}\n}\n"
        // a second top-level type in a file of another name: found only by the folder search
        + "final class\n  Secondary {}\n@interface Marker {}\n");
    return new SourceRootTypeSolver(root, FileAnalyser.configuration(), 1000);
  }

  @Test
  void findsTypesAtTheirCanonicalPlaceAndInFilesOfOtherNames() throws IOException {
    SourceRootTypeSolver solver = solver();
    assertTrue(solver.tryToSolveType("p.A").isSolved());
    assertTrue(solver.tryToSolveType("p.A.Nested").isSolved());
    assertTrue(solver.tryToSolveType("p.Secondary").isSolved());
    assertTrue(solver.tryToSolveType("p.Marker").isSolved());
  }

  @Test
  void aNameNoFileDeclaresIsUnsolved() throws IOException {
    SourceRootTypeSolver solver = solver();
    assertFalse(solver.tryToSolveType("p.Missing").isSolved());
    assertFalse(solver.tryToSolveType("q.A").isSolved());
    assertFalse(solver.tryToSolveType("Missing").isSolved());
  }

  @Test
  void answersAsJavaParsersOwnSolverDoes() throws IOException {
    SourceRootTypeSolver solver = solver();
    Files.writeString(root.resolve("p/Other.java"), "package p;\nclass Other {\n"
        + "  interface Inner { enum Deeper {} }\n}\nclass Nested {}\n");
    JavaParserTypeSolver javaParsers = new JavaParserTypeSolver(root, FileAnalyser.configuration());
    for (String name : List.of("p.A", "p.A.Nested", "p.Nested", "p.Secondary", "p.Marker",
        "p.Other", "p.Other.Inner", "p.Other.Inner.Deeper", "p.Other.Deeper", "p.Other.Missing",
        "p.A.Nested.Missing", "p.Missing", "p.Inner", "Missing", "q.A", "p")) {
      var expected = javaParsers.tryToSolveType(name);
      var actual = solver.tryToSolveType(name);
      assertEquals(expected.isSolved(), actual.isSolved(), name);
      if (expected.isSolved()) {
        assertEquals(expected.getCorrespondingDeclaration().getQualifiedName(),
            actual.getCorrespondingDeclaration().getQualifiedName(), name);
      }
    }
  }

  @Test
  void aMissParsesNoFileWhoseTextCannotDeclareTheName() throws IOException {
    SourceRootTypeSolver solver = solver();
    Path other = root.resolve("p/Other.java");
    Files.writeString(other, "package p;\nclass Other { static class Inner {} }\n");
    // JavaParser parses A.java, then every file of p/, for a member type A inherits.
    assertFalse(solver.tryToSolveType("p.A.Inherited").isSolved());
    assertFalse(solver.tryToSolveType("p.Inner").isSolved()); // nested, not top-level
    assertTrue(solver.tryToSolveType("p.Other.Inner").isSolved());
    Path canonical = root.resolve("p/A.java");
    assertTrue(solver.adopt(canonical, parse(canonical))); // true: the solver had not parsed it
    assertFalse(solver.adopt(other, parse(other))); // parsed for Other.Inner alone
  }

  @Test
  void onlyTopLevelDeclarationsCountUnlessTheTextIsTooOddToTell() {
    Set<String> names = new HashSet<>();
    String text = "// class Commented\n/* class Block */ class A { class Nested { } "
        + "String s = \"}class InString\"; char c = '}'; char q = '\\''; }\nenum B {}";
    SourceRootTypeSolver.addDeclaredNames(SourceRootTypeSolver.topLevelText(text), names);
    assertEquals(Set.of("A", "B"), names);
    assertEquals(null, SourceRootTypeSolver.topLevelText("class A { String s = \"\"\"\n}\"\"\"; }"));
    assertEquals(null, SourceRootTypeSolver.topLevelText("class A { "));
  }

  @Test
  void declaredNamesAreWholeWordsFollowedBySpace() {
    Set<String> names = new HashSet<>();
    SourceRootTypeSolver.addDeclaredNames(
        "class A<T> {} enum\tB{} record C(int x) {} subclass D; classE F; interface\n G", names);
    assertEquals(Set.of("A", "B", "C", "G"), names);
  }

  @Test
  void anAdoptedTreeAnswersInsteadOfAParseOfItsFile() throws IOException {
    SourceRootTypeSolver solver = solver();
    Path file = root.resolve("p/A.java");
    CompilationUnit analysed = parse(file);
    solver.adopt(file, analysed);
    assertSame(analysed, declaringUnit(solver.tryToSolveType("p.A").getCorrespondingDeclaration()));
    assertSame(analysed, declaringUnit(solver.tryToSolveType("p.Secondary")
        .getCorrespondingDeclaration())); // the folder search reads the same cache
    solver.forget(file);
    assertNotSame(analysed, declaringUnit(solver.tryToSolveType("p.A.Nested")
        .getCorrespondingDeclaration())); // parsed again
  }

  @Test
  void aTreeTheSolverHasAlreadyIsKept() throws IOException {
    SourceRootTypeSolver solver = solver();
    Path file = root.resolve("p/A.java");
    Node parsedBySolver = declaringUnit(solver.tryToSolveType("p.A").getCorrespondingDeclaration());
    solver.adopt(file, parse(file));
    assertSame(parsedBySolver,
        declaringUnit(solver.tryToSolveType("p.A.Nested").getCorrespondingDeclaration()));
  }

  @Test
  void aSolverCopiesWhatAnotherWorkersSolverParsedInsteadOfParsingIt() throws IOException {
    solver();
    SharedParses shared = new SharedParses();
    SourceRootTypeSolver first = sharing(shared);
    SourceRootTypeSolver second = sharing(shared);
    Node parsedByFirst = declaringUnit(first.tryToSolveType("p.A").getCorrespondingDeclaration());
    // Changed on disk after the first parse: what the second solver sees shows where it came from.
    Files.writeString(root.resolve("p/A.java"), "package p;\npublic class A {\n"
        + "  static class Nested {}\n  static class Added {}\n}\nfinal class Secondary {}\n");
    CompilationUnit copy = (CompilationUnit) declaringUnit(
        second.tryToSolveType("p.A.Nested").getCorrespondingDeclaration());
    assertNotSame(parsedByFirst, copy); // each worker resolves on a tree of its own
    assertEquals(parsedByFirst.toString(), copy.toString());
    assertEquals(parsedByFirst.getRange(), copy.getRange());
    assertEquals(parsedByFirst.findAll(Node.class).stream().map(Node::getRange).toList(),
        copy.findAll(Node.class).stream().map(Node::getRange).toList());
    assertEquals(Optional.of(root.resolve("p/A.java")),
        copy.getStorage().map(CompilationUnit.Storage::getPath));
    assertSame(copy, declaringUnit(second.tryToSolveType("p.Secondary")
        .getCorrespondingDeclaration())); // one tree per file within a worker
    assertFalse(second.tryToSolveType("p.A.Added").isSolved()); // the copy has the old text
    assertTrue(new SourceRootTypeSolver(root, FileAnalyser.configuration(), 1000)
        .tryToSolveType("p.A.Added").isSolved()); // a solver of its own parses the new text
  }

  @Test
  void everyWorkersSolverReadsAFolderThroughOneIndexPerScan() throws IOException {
    solver();
    SharedParses shared = new SharedParses();
    assertTrue(sharing(shared).tryToSolveType("p.A").isSolved()); // indexes p/
    // Written after the index was read (within a scan the files do not change): another
    // worker's solver looks through the same index, so it does not see the file; a solver of
    // another scan reads the folder again and does.
    Files.writeString(root.resolve("p/Late.java"), "package p;\nclass Late {}\n");
    assertFalse(sharing(shared).tryToSolveType("p.Late").isSolved());
    assertTrue(sharing(new SharedParses()).tryToSolveType("p.Late").isSolved());
  }

  @Test
  void holdsTheTreeItResolvedOnForTheFilesOwnRootOnly() throws IOException {
    SourceRootTypeSolver solver = solver();
    Path file = root.resolve("p/A.java").toAbsolutePath().normalize();
    assertEquals(Optional.empty(), solver.heldTreeOf(file));
    Node declaration = solver.tryToSolveType("p.A").getCorrespondingDeclaration().toAst()
        .orElseThrow();
    CompilationUnit held = solver.heldTreeOf(file).orElseThrow();
    assertSame(declaration.findCompilationUnit().orElseThrow(), held);

    // A worker analysing the file takes that tree only from the solver of the file's own root.
    FileBudget budget = new FileBudget(Duration.ofMinutes(1));
    budget.start();
    TypeSolvers solvers =
        new TypeSolvers(FileAnalyser.configuration(), ClassPath.EMPTY, budget, new SharedParses());
    Path folder = root.resolve("p").toAbsolutePath().normalize();
    assertTrue(solvers.forSourceRoot(folder).tryToSolveType("A").isSolved()); // package p, not ""
    assertEquals(Optional.empty(), solvers.heldTreeOf(file));
    Path rootPath = root.toAbsolutePath().normalize();
    assertTrue(solvers.forSourceRoot(rootPath).tryToSolveType("p.A").isSolved());
    assertTrue(solvers.heldTreeOf(file).isPresent());
  }

  @Test
  void aParseWithProblemsIsNotShared() throws IOException {
    solver();
    // A text block: the file is parsed whole, not for its declarations only (DeclarationsOnly).
    Files.writeString(root.resolve("p/B.java"), "package p;\npublic class B {\n"
        + "  String s = \"\"\"\n    x\n    \"\"\";\n  void m() { int x = ; } }\n");
    SharedParses shared = new SharedParses();
    assertTrue(sharing(shared).tryToSolveType("p.B").isSolved()); // JavaParser recovers the body
    assertEquals(Optional.empty(), shared.copyOf(root.resolve("p/B.java")));
    // Parsed for its declarations only, the same problem is in a body that is not parsed: the
    // tree is shared, lacking its bodies; reading them in finds the problem, so a worker about
    // to analyse the file parses it itself (FileAnalyser.solverParseOf).
    Files.writeString(root.resolve("p/B2.java"),
        "package p;\npublic class B2 { void m() { int x = ; } }\n");
    SharedParses laterScan = new SharedParses(); // one that lists the folder with B2 in it
    assertTrue(sharing(laterScan).tryToSolveType("p.B2").isSolved());
    CompilationUnit declarations = laterScan.copyOf(root.resolve("p/B2.java")).orElseThrow();
    assertTrue(Bodies.lacksBodies(declarations));
    assertFalse(Bodies.complete(declarations));
    Files.writeString(root.resolve("p/B.java"),
        "package p;\npublic class B { static class C {} }\n");
    assertTrue(sharing(shared).tryToSolveType("p.B.C").isSolved()); // parsed, not copied
    assertTrue(shared.copyOf(root.resolve("p/B.java")).isPresent()); // and now shared
  }

  @Test
  void theSolverKeepsTheMostRecentTreesUpToItsBoundInLines() throws IOException {
    SourceRootTypeSolver solver = new SourceRootTypeSolver(root, FileAnalyser.configuration(), 30);
    Path first = classOfLines("First", 5);
    Path second = classOfLines("Second", 5);
    Path third = classOfLines("Third", 5);
    Path large = classOfLines("Large", 20);
    for (Path file : List.of(first, second, third, large)) {
      assertTrue(solver.adopt(file, parse(file)));
    }
    // 35 lines in four trees: the oldest goes, though a bound of 30 trees would keep all four.
    assertFalse(solver.adopt(large, parse(large))); // kept: the solver has it already
    assertFalse(solver.adopt(third, parse(third)));
    assertFalse(solver.adopt(second, parse(second)));
    Path longerThanTheBound = classOfLines("Huge", 40);
    assertTrue(solver.adopt(longerThanTheBound, parse(longerThanTheBound)));
    assertTrue(solver.adopt(longerThanTheBound, parse(longerThanTheBound))); // never kept...
    assertFalse(solver.adopt(large, parse(large))); // ...and it pushed out nothing
    assertTrue(solver.adopt(first, parse(first))); // gone: adopted anew
  }

  /** A class {@code p.NAME} whose file has {@code lines} lines. */
  private Path classOfLines(String name, int lines) throws IOException {
    Files.createDirectories(root.resolve("p"));
    Path file = root.resolve("p/" + name + ".java");
    Files.writeString(file, "package p;\nclass " + name + " {\n" + "\n".repeat(lines - 3) + "}\n");
    assertEquals(lines, TreeLines.of(parse(file)));
    return file;
  }

  private SourceRootTypeSolver sharing(SharedParses shared) {
    return new SourceRootTypeSolver(root,
        SharedParses.markingCleanParses(FileAnalyser.configuration()), 1000, new SourceReads(),
        shared);
  }

  private static CompilationUnit parse(Path file) throws IOException {
    return new JavaParser(FileAnalyser.configuration()).parse(Files.readString(file)).getResult()
        .orElseThrow();
  }

  private static Node declaringUnit(ResolvedReferenceTypeDeclaration declaration) {
    Node node = ((JavaParserClassDeclaration) declaration).getWrappedNode();
    return node.findCompilationUnit().orElseThrow();
  }
}
