package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link DeclarationsOnly} blanks only method and constructor bodies, keeping every other node
 * with its position, and {@link Bodies} reads them back into the same tree: over every file of
 * the conformance corpus and of this module's sources (and of the folder in system property
 * {@code leakproof.declarationsOnly.sources}, when set), the tree of the blanked text has the
 * nodes of the full tree outside bodies, and once its bodies are read in, every node of the full
 * tree (same kinds, same ranges, same leaves).
 */
class DeclarationsOnlyTest {
  private final JavaParser parser = new JavaParser(SharedParses.markingCleanParses(
      FileAnalyser.configuration()));

  @Test
  void keepsEveryDeclarationAndReadsTheBodiesBack() throws IOException {
    List<Path> files = new ArrayList<>(TreesTest.javaFiles());
    String more = System.getProperty("leakproof.declarationsOnly.sources");
    if (more != null) {
      try (Stream<Path> walk = Files.walk(Path.of(more))) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      }
    }
    int blanked = 0;
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
      Optional<DeclarationsOnly.Blanked> declarations = DeclarationsOnly.of(text);
      ParseResult<CompilationUnit> fullParse = parser.parse(text);
      if (declarations.isEmpty() || !fullParse.isSuccessful()) {
        continue;
      }
      blanked++;
      String skeletonText = declarations.get().declarations();
      assertEquals(text.length(), skeletonText.length(), file.toString());
      CompilationUnit full = fullParse.getResult().orElseThrow();
      CompilationUnit skeleton = parse(skeletonText, file);
      assertEquals(outline(full, false), outline(skeleton, false), file.toString());
      skeleton.setData(Bodies.BLANKED, declarations.get());
      int before = Trees.findAll(skeleton, Node.class).size(); // keeps the node list
      assertTrue(Bodies.complete(skeleton), file.toString());
      assertFalse(Bodies.lacksBodies(skeleton));
      assertEquals(outline(full, true), outline(skeleton, true), file.toString());
      int after = Trees.findAll(skeleton, Node.class).size();
      assertEquals(full.findAll(Node.class).size(), after,
          "the node list kept on the tree is made again: " + file);
      assertTrue(after >= before, file.toString());
    }
    assertTrue(blanked > 300, "too few files with a body: " + blanked);
  }

  @Test
  void leavesWhatIsNotCertainlyABody() {
    String fieldsAndConstants = """
        enum E {
          A(1) { int f() { return 1; } }, B(2);
          E(int x) { y = x; }
          int y;
          static final Runnable R = () -> { run(); };
          Object o = new Object() { public String toString() { return "o"; } };
          static { init(); }
          { init(); }
          @SuppressWarnings({"a", "b"}) void m() throws java.io.IOException, RuntimeException { m(); }
          void record(String s) { s.length(); }
          record R2(int a) { R2 { check(a); } int twice() { return 2 * a; } }
          void empty() { }
        }
        """;
    String blanked = DeclarationsOnly.of(fieldsAndConstants).orElseThrow().declarations();
    assertTrue(blanked.contains("int f() { return 1; }"), "an enum constant's body");
    assertFalse(blanked.contains("y = x"), "a constructor's body");
    assertTrue(blanked.contains("() -> { run(); }"), "a lambda in a field");
    assertTrue(blanked.contains("return \"o\""), "an anonymous class in a field");
    assertTrue(blanked.contains("static { init(); }"), "an initializer");
    assertTrue(blanked.contains("  { init(); }"), "an instance initializer");
    assertFalse(blanked.contains("{ m(); }"), "a method with annotations and throws");
    assertTrue(blanked.contains("void record(String s) {/*         */}"), "one comment a body");
    assertFalse(blanked.contains("s.length()"), "a method named record");
    assertTrue(blanked.contains("check(a)"), "a compact constructor");
    assertFalse(blanked.contains("2 * a"), "a record's method");
    assertTrue(blanked.contains("void empty() { }"), "an empty body: nothing to blank");
    assertEquals(Optional.empty(),
        DeclarationsOnly.of("class T { String s() { return \"\"\"\n  x\n  \"\"\"; } }"),
        "a text block: left as it is");
  }

  @Test
  void readsAConstructorsBodyWithItsCallOfAnotherConstructor() {
    String text = "class T {\n  T(int x) {\n    this();\n  }\n  T() { super(); }\n"
        + "  T(long y) {\n    this((int) y);\n\n  }\n}\n";
    assertReadBackWhole(text);
  }

  /**
   * c3p0's style: a constructor's brace at the start of its line (and at the second and third
   * column), where the prefix its body is parsed after would move before the line. Every body
   * of the file is read back, not only those before it.
   */
  @Test
  void readsAConstructorsBodyWhoseBraceStartsTheLine() {
    String text = "class T extends S {\nT(int x)\n{ super(x); }\n\n T(long y)\n { this((int) y); }\n"
        + "\n  T()\n  { this(0); }\n\n  void m() { run(); }\n}\n";
    assertReadBackWhole(text);
  }

  /** Blanks {@code text}'s bodies, reads them back, and compares with the whole text's parse. */
  private void assertReadBackWhole(String text) {
    DeclarationsOnly.Blanked blanked = DeclarationsOnly.of(text).orElseThrow();
    CompilationUnit skeleton = parse(blanked.declarations(), Path.of("T.java"));
    skeleton.setData(Bodies.BLANKED, blanked);
    assertTrue(Bodies.complete(skeleton));
    assertEquals(outline(parse(text, Path.of("T.java")), true), outline(skeleton, true));
  }

  private CompilationUnit parse(String text, Path file) {
    ParseResult<CompilationUnit> result = parser.parse(text);
    assertTrue(result.isSuccessful(), file + ": " + result.getProblems());
    return result.getResult().orElseThrow();
  }

  /**
   * Every node (outside a method's or constructor's body unless {@code bodies}): kind, range,
   * leaves' text.
   */
  private static List<String> outline(CompilationUnit unit, boolean bodies) {
    List<String> outline = new ArrayList<>();
    for (Node node : unit.findAll(Node.class)) {
      Optional<BlockStmt> body = bodyAround(node);
      if (bodies || body.isEmpty()) {
        outline.add(node.getClass().getSimpleName() + node.getRange()
            + (node.getChildNodes().isEmpty() ? node.toString() : ""));
      } else if (body.get() == node) {
        outline.add("body" + node.getRange()); // kept, emptied
      }
    }
    return outline;
  }

  /** The outermost method's or constructor's body {@code node} is or is in. */
  private static Optional<BlockStmt> bodyAround(Node node) {
    BlockStmt outermost = null;
    for (Node at = node; at.getParentNode().isPresent(); at = at.getParentNode().get()) {
      Node parent = at.getParentNode().get();
      if (at instanceof BlockStmt block
          && (parent instanceof MethodDeclaration || parent instanceof ConstructorDeclaration)) {
        outermost = block;
      }
    }
    return Optional.ofNullable(outermost);
  }
}
