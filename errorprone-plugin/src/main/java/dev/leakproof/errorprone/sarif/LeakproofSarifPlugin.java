package dev.leakproof.errorprone.sarif;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.main.Option;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Log;
import com.sun.tools.javac.util.Options;
import dev.leakproof.checks.sarif.SarifRun;
import dev.leakproof.checks.sarif.SarifWriter;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.Diagnostic;
import javax.tools.JavaFileManager;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * {@code -Xplugin:LeakproofSarif [out=FILE] [root=DIR]}: writes what Leakproof's Error Prone
 * checks reported in this compilation as SARIF 2.1.0 (see {@link SarifOptions} for defaults).
 *
 * <p>It watches javac's diagnostics (so the log holds exactly what the user saw, after
 * {@code @SuppressWarnings} and {@code -Xep:…:OFF}), takes spans and fixes from the checks
 * themselves ({@link ReportedDescriptions}), and writes once, when the whole compilation has
 * finished, however many annotation-processing rounds it took. Anything that goes wrong here
 * becomes a warning; it never fails the build.
 */
@AutoService(Plugin.class)
public final class LeakproofSarifPlugin implements Plugin {
  /** The name after {@code -Xplugin:}. */
  public static final String NAME = "LeakproofSarif";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Context context = ((BasicJavacTask) task).getContext();
    try {
      SarifOptions options = SarifOptions.parse(args, classOutputDir(context));
      options.problems().forEach(problem -> warn(context, problem));
      FindingCollector collector =
          new FindingCollector(options.root(), ReportedDescriptions.install(context));
      DiagnosticTap.install(Log.instance(context), collector::accept);
      task.addTaskListener(new WriteWhenDone(context, options, collector));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      warn(context, "cannot collect findings on this JDK (" + e + "); no SARIF will be written");
    }
  }

  /**
   * The class output directory: {@code -d} on the command line, or the file manager's
   * CLASS_OUTPUT (Maven and Gradle set it through the API); null when neither is known.
   */
  private static String classOutputDir(Context context) {
    String d = Options.instance(context).get(Option.D);
    if (d != null) {
      return d;
    }
    try {
      if (context.get(JavaFileManager.class) instanceof StandardJavaFileManager files) {
        Iterable<? extends Path> output = files.getLocationAsPaths(StandardLocation.CLASS_OUTPUT);
        if (output != null) {
          for (Path path : output) {
            return path.toString();
          }
        }
      }
    } catch (RuntimeException e) {
      // fall back to the working directory
    }
    return null;
  }

  /** Writes the log when the COMPILATION event finishes (once, after every round). */
  private static final class WriteWhenDone implements TaskListener {
    private final Context context;
    private final SarifOptions options;
    private final FindingCollector collector;
    private boolean written;

    WriteWhenDone(Context context, SarifOptions options, FindingCollector collector) {
      this.context = context;
      this.options = options;
      this.collector = collector;
    }

    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() != TaskEvent.Kind.COMPILATION || written) {
        return;
      }
      written = true;
      try {
        SarifWriter.write(new SarifRun("errorprone", collector.findings(),
            collector.notifications(), true), options.out());
      } catch (IOException | RuntimeException | LinkageError e) {
        warn(context, "could not write " + options.out() + ": " + e);
      }
    }
  }

  /** A warning in javac's output; a note under -Werror, so that SARIF never fails the build. */
  private static void warn(Context context, String message) {
    String text = "[" + NAME + "] " + message;
    try {
      Diagnostic.Kind kind = Options.instance(context).isSet(Option.WERROR)
          ? Diagnostic.Kind.NOTE : Diagnostic.Kind.WARNING;
      JavacProcessingEnvironment.instance(context).getMessager().printMessage(kind, text);
    } catch (RuntimeException | LinkageError e) {
      System.err.println("warning: " + text);
    }
  }
}
