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
import javax.tools.Diagnostic;

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
      SarifOptions options = SarifOptions.parse(args, Options.instance(context).get(Option.D));
      options.problems().forEach(problem -> warn(context, problem));
      FindingCollector collector =
          new FindingCollector(options.root(), ReportedDescriptions.install(context));
      DiagnosticTap.install(Log.instance(context), collector::accept);
      task.addTaskListener(new WriteWhenDone(context, options, collector));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      warn(context, "cannot collect findings on this JDK (" + e + "); no SARIF will be written");
    }
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
