import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles each side of the real-leak pairs alone with javac + Error Prone, only Leakproof's
 * UnclosedResource enabled, in one JVM (run as a single-file program with Error Prone and the
 * Leakproof plugin on the class path and javac's internals exported, see errorprone.sh). A javac
 * per file would cost the machine a JVM start and a cold Error Prone each time.
 *
 * <p>stdin, one job a line: key (side/id), the class path (':'-joined: that version's binary jar
 * and its dependencies), the .java file. Each file is compiled first at the JDK's own language
 * level; if javac reports an error, again with {@code --release 8} (old sources use APIs and
 * names newer JDKs dropped: JAXB, {@code _}), and the run without errors counts.
 *
 * <p>Arguments: the processor path (Error Prone and the plugin), the -Xplugin:ErrorProne options.
 * stdout, one line a job: key, then "compiled" and the release used, or "error" and javac's first
 * error; then one line per UnclosedResource warning: key, "finding", line, first message line.
 */
public class ErrorPronePairs {
  public static void main(String[] args) throws Exception {
    String processorPath = args[0];
    String epOptions = args[1];
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = System.out;
    Path classes = Files.createTempDirectory("ep-pairs");
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      String[] c = line.split("\t", -1);
      String key = c[0], cp = c[1];
      File source = new File(c[2]);
      Result best = null;
      for (String release : new String[] {null, "8"}) {
        Result r = compile(javac, processorPath, epOptions, cp, source, release, classes);
        if (best == null || r.error == null) best = r;
        if (r.error == null) break;
      }
      if (best.error == null) {
        out.println(key + "\tcompiled\t" + (best.release == null ? "default" : best.release));
        for (String f : best.findings) out.println(key + "\tfinding\t" + f);
      } else {
        out.println(key + "\terror\t" + best.error);
      }
      out.flush();
      System.err.println(key + ": " + (best.error == null ? best.findings.size() + " finding(s)" : "does not compile"));
    }
    deleteTree(classes);
  }

  record Result(String release, String error, List<String> findings) {}

  static Result compile(JavaCompiler javac, String processorPath, String epOptions, String cp,
      File source, String release, Path classes) throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of(
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-processorpath", processorPath, "-proc:none",
        "-Xplugin:ErrorProne " + epOptions,
        "-Xmaxwarns", "1000000", "-Xmaxerrs", "5", "-Xlint:none", "-encoding", "UTF-8",
        "-d", classes.toString(), "-cp", cp));
    if (release != null) options.addAll(List.of("--release", release));
    String error = null;
    List<String> findings = new ArrayList<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      StringWriter log = new StringWriter();
      Boolean ok;
      try {
        ok = javac.getTask(log, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
      } catch (RuntimeException | Error e) {
        // A crash of javac or of a checker is reported as such, and the run goes on.
        ok = false;
        error = "javac crashed: " + e;
      }
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        String message = d.getMessage(Locale.ROOT);
        String first = message.lines().findFirst().orElse("").replace('\t', ' ');
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          if (error == null) error = "line " + d.getLineNumber() + ": " + first;
        } else if (message.contains("[UnclosedResource]")) {
          findings.add(d.getLineNumber() + "\t" + first);
        }
      }
      if (!ok && error == null) error = "javac failed: " + log.toString().lines().findFirst().orElse("");
    }
    return new Result(release, error, findings);
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
