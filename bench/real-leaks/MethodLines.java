import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a method is in a Java file, so the real-leak benchmark can tell whether a finding lies in
 * the leaking method (run as a source file with JavaParser on the class path).
 *
 * <pre>
 *   java MethodLines.java range FILE NAME   "begin end" of every method or constructor NAME
 *                                           (a constructor's name is its class's; "static" is a
 *                                           static initialiser), one a line
 *   java MethodLines.java at FILE LINE      the name of the method or constructor around LINE
 *   java MethodLines.java ranges            reads "KEY<TAB>FILE<TAB>NAME" lines and prints
 *                                           "KEY<TAB>begin<TAB>end" for each range (one JVM for
 *                                           the whole benchmark)
 * </pre>
 *
 * Overloads all count: the manifest names a method, and any of its overloads holding a finding
 * counts as the leaking method (a pair's files have few overloads, and the benchmark reports the
 * method, not the overload).
 */
public class MethodLines {
  public static void main(String[] args) throws Exception {
    StaticJavaParser.getParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE);
    switch (args[0]) {
      case "range" -> ranges(parse(args[1]), args[2]).forEach(r -> System.out.println(r[0] + " " + r[1]));
      case "at" -> {
        int line = Integer.parseInt(args[2]);
        String innermost = null;
        for (CallableDeclaration<?> callable : parse(args[1]).findAll(CallableDeclaration.class)) {
          if (contains(callable, line)) innermost = callable.getNameAsString();
        }
        System.out.println(innermost == null ? "?" : innermost);
      }
      case "ranges" -> {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
          String[] cols = line.split("\t");
          try {
            for (int[] r : ranges(parse(cols[1]), cols[2])) {
              System.out.println(cols[0] + "\t" + r[0] + "\t" + r[1]);
            }
          } catch (Exception e) { // a file JavaParser cannot read: no range, the pair reports it
            System.err.println(cols[1] + ": " + e.getMessage());
          }
        }
      }
      default -> throw new IllegalArgumentException("range FILE NAME | at FILE LINE | ranges");
    }
  }

  private static CompilationUnit parse(String file) throws Exception {
    return StaticJavaParser.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
  }

  private static List<int[]> ranges(CompilationUnit unit, String name) {
    List<Node> nodes = new ArrayList<>();
    for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
      if (callable.getNameAsString().equals(name)) nodes.add(callable);
    }
    if (name.equals("static")) {
      nodes.addAll(unit.findAll(InitializerDeclaration.class, InitializerDeclaration::isStatic));
    }
    List<int[]> result = new ArrayList<>();
    for (Node node : nodes) {
      node.getRange().ifPresent(r -> result.add(new int[] {r.begin.line, r.end.line}));
    }
    return result;
  }

  private static boolean contains(Node node, int line) {
    return node.getRange().map(r -> r.begin.line <= line && line <= r.end.line).orElse(false);
  }
}
