package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.validator.postprocessors.Java21PostProcessor;
import dev.leakproof.testcases.Conformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Trees} finds exactly what JavaParser's own walks find, in the same order, on every file
 * of the conformance corpus and of this module's sources: whole files (served from the list kept
 * on the tree, asked twice) and parts of them.
 */
class TreesTest {
  /** Classes with no subclass, abstract classes and Node itself (a walk of one type is the union). */
  private static final List<Class<? extends Node>> TYPES = List.of(Node.class, Expression.class,
      MethodCallExpr.class, NameExpr.class, TypeDeclaration.class, MethodDeclaration.class,
      Statement.class, LiteralExpr.class, BodyDeclaration.class, Type.class,
      ReferenceType.class, CallableDeclaration.class, ClassOrInterfaceDeclaration.class);

  @Test
  void clearingDataLeavesNoDatumOnAnyNode() {
    CompilationUnit unit = new JavaParser(FileAnalyser.configuration())
        .parse("class A { void m() { a.b(c); } }").getResult().orElseThrow();
    Trees.findAll(unit, MethodCallExpr.class); // keeps the node list on the unit
    MethodCallExpr call = unit.findFirst(MethodCallExpr.class).orElseThrow();
    DataKey<String> key = new DataKey<>() {};
    call.setData(key, "cached");
    unit.setData(key, "cached");
    Trees.clearData(unit);
    assertTrue(unit.findAll(Node.class).stream().allMatch(n -> n.getDataKeys().isEmpty()));
    assertEquals(1, Trees.findAll(unit, MethodCallExpr.class).size()); // listed again
  }

  /**
   * JavaParser's clone copies a node's data, the listing of the original included: the clone's
   * walks give the clone's own nodes.
   */
  @Test
  void aCloneOfAListedTreeWalksItsOwnNodes() {
    CompilationUnit unit = new JavaParser(FileAnalyser.configuration())
        .parse("class A { void m() { a.b(c); } }").getResult().orElseThrow();
    Trees.findAll(unit, MethodCallExpr.class);
    CompilationUnit copy = unit.clone();
    MethodCallExpr call = Trees.findAll(copy, MethodCallExpr.class).get(0);
    assertSame(copy.findFirst(MethodCallExpr.class).orElseThrow(), call);
    assertSameNodes(copy.findAll(NameExpr.class), Trees.findAll(
        copy.findFirst(MethodDeclaration.class).orElseThrow(), NameExpr.class), "part of the copy");
  }

  @Test
  void nestedCodeIsALambdaOrAClassBodyButNotAnAnonymousClassesArguments() {
    CompilationUnit unit = new JavaParser(FileAnalyser.configuration()).parse("class A { void m() {"
        + " use(a); Runnable r = () -> use(b); new Task(c, wrap(d)) { void run() { use(e); } };"
        + " outer.new Task(f) {}; class Local { void n() { use(g); } } } }")
        .getResult().orElseThrow();
    MethodDeclaration m = unit.findFirst(MethodDeclaration.class).orElseThrow();
    List<String> nested = new ArrayList<>();
    for (NameExpr name : m.findAll(NameExpr.class)) {
      if (Trees.inNestedCode(name, m)) {
        nested.add(name.getNameAsString());
      }
    }
    // the arguments and the scope of new Task(..) { .. } run in m, before the class's code
    assertEquals(List.of("b", "e", "g"), nested);
  }

  @Test
  void findsTheSameNodesInTheSameOrderAsJavaParser() throws IOException {
    JavaParser parser = new JavaParser(FileAnalyser.configuration());
    int files = 0;
    for (Path file : javaFiles()) {
      CompilationUnit unit = parser.parse(Files.readString(file)).getResult().orElseThrow();
      for (int round = 0; round < 2; round++) { // the second round reads the kept list
        for (Class<? extends Node> type : TYPES) {
          assertSameNodes(unit.findAll(type), Trees.findAll(unit, type), file + " " + type);
        }
      }
      for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
        assertSameNodes(method.findAll(NameExpr.class), Trees.findAll(method, NameExpr.class),
            file + " " + method.getNameAsString());
      }
      assertSameWalksOfParts(unit, file); // the listing's spans
      assertSameWalksOfParts(parser.parse(Files.readString(file)).getResult().orElseThrow(),
          file + " (not listed)");
      Predicate<MethodCallExpr> secondArgument = call -> call.getArguments().size() == 2;
      assertSameNodes(unit.findAll(MethodCallExpr.class, secondArgument),
          Trees.findAll(unit, MethodCallExpr.class, secondArgument), file.toString());
      assertSameFirst(unit.findFirst(MethodCallExpr.class, secondArgument),
          Trees.findFirst(unit, MethodCallExpr.class, secondArgument), file.toString());
      for (TypeDeclaration<?> type : unit.getTypes()) {
        assertSameFirst(type.findFirst(MethodCallExpr.class, secondArgument),
            Trees.findFirst(type, MethodCallExpr.class, secondArgument), file.toString());
      }
      List<Node> walked = new ArrayList<>();
      Trees.walk(unit, Node.class, walked::add);
      assertSameNodes(unit.findAll(Node.class), walked, file.toString());
      files++;
    }
    assertTrue(files > 100, "too few files compared: " + files);
  }

  /**
   * The configuration's {@code var} post-processing, skipped by the tokens when no token is
   * {@code var}, gives every file of the corpus and of this module the tree that always running
   * it gives: the same {@code VarType}s (and a file with one is post-processed).
   */
  @Test
  void skippingTheVarPostProcessingByTokensChangesNoTree() throws IOException {
    ParserConfiguration always = FileAnalyser.configuration();
    always.getProcessors().clear();
    always.getProcessors().add(() -> new Processor() {
      @Override
      public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
        new Java21PostProcessor().postProcess(result, config);
      }
    });
    JavaParser reference = new JavaParser(always);
    JavaParser solvers = new JavaParser(FileAnalyser.configuration());
    int withVar = 0;
    int skipped = 0;
    for (Path file : javaFiles()) {
      String text = Files.readString(file);
      List<VarType> expected = reference.parse(text).getResult().orElseThrow()
          .findAll(VarType.class);
      CompilationUnit unit = solvers.parse(text).getResult().orElseThrow();
      assertEquals(expected.size(), unit.findAll(VarType.class).size(), file.toString());
      withVar += expected.isEmpty() ? 0 : 1;
      skipped += FileAnalyser.hasVarToken(unit) ? 0 : 1;
    }
    CompilationUnit local = solvers.parse("class A { void m() { var x = 1; for (var e : l) {} } }")
        .getResult().orElseThrow();
    assertEquals(2, local.findAll(VarType.class).size());
    assertTrue(withVar > 0, "no file of the corpus uses var");
    assertTrue(skipped > 100, "too few files without a token var: " + skipped);
  }

  @Test
  void aWordStandsAloneOrNotAtAll() {
    assertTrue(FileAnalyser.hasWord("var x = 1;", "var"));
    assertTrue(FileAnalyser.hasWord("for (var e : list)", "var"));
    assertTrue(FileAnalyser.hasWord("x;var", "var"));
    assertFalse(FileAnalyser.hasWord("int variable = invariant + $var + var_1 + var2;", "var"));
    assertFalse(FileAnalyser.hasWord("", "var"));
  }

  /** Walks of each statement and each body declaration, of several types, and first finds. */
  private static void assertSameWalksOfParts(CompilationUnit unit, Object where) {
    List<Node> parts = new ArrayList<>(unit.findAll(Statement.class));
    parts.addAll(unit.findAll(BodyDeclaration.class));
    Predicate<Expression> named = e -> e instanceof NameExpr;
    for (Node part : parts) {
      for (Class<? extends Node> type : List.of(Node.class, Expression.class, NameExpr.class,
          Statement.class)) {
        assertSameNodes(part.findAll(type), Trees.findAll(part, type), where + " " + type);
      }
      assertSameFirst(part.findFirst(Expression.class, named),
          Trees.findFirst(part, Expression.class, named), where + " first");
      List<Node> walked = new ArrayList<>();
      Trees.walk(part, Node.class, walked::add);
      assertSameNodes(part.findAll(Node.class), walked, where + " walk");
    }
  }

  private static void assertSameNodes(List<? extends Node> expected, List<? extends Node> actual,
      String where) {
    assertEquals(expected.size(), actual.size(), where);
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), actual.get(i), where + " #" + i);
    }
  }

  private static void assertSameFirst(Optional<? extends Node> expected,
      Optional<? extends Node> actual, String where) {
    assertEquals(expected.isPresent(), actual.isPresent(), where);
    expected.ifPresent(node -> assertSame(node, actual.get(), where));
  }

  /** Every Java file of the conformance corpus and of this module's sources. */
  static List<Path> javaFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    List<Path> roots = new ArrayList<>(Conformance.ofThisCheckout().corpus().sourceRoots());
    roots.add(Path.of("src/main/java"));
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      }
    }
    return files;
  }
}
