package dev.leakproof.scanner.engine;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Notification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The source engine: finds the files under the given paths and analyses each on its own (parse,
 * run the rules, drop the tree), on several threads. Results come back in file order, so the
 * same input always gives the same output whatever the threads did.
 */
public final class Scanner {
  /** Deeply nested expressions (long generated concatenations) need a deep stack to parse. */
  static final long WORKER_STACK_BYTES = 32L * 1024 * 1024;

  private final List<SourceRule> rules;
  private final int threads;
  private final ClassPath classPath;
  private final SourceFilter filter;
  private final ScanProgress progress;
  private final TextPrefilter prefilter;

  public Scanner(List<SourceRule> rules, int threads) {
    this(rules, threads, ClassPath.EMPTY, SourceFilter.ALL, ScanProgress.NONE,
        TextPrefilter.forRules(rules));
  }

  private Scanner(List<SourceRule> rules, int threads, ClassPath classPath, SourceFilter filter,
      ScanProgress progress, TextPrefilter prefilter) {
    this.rules = List.copyOf(rules);
    this.threads = Math.max(1, threads);
    this.classPath = classPath;
    this.filter = filter;
    this.progress = progress;
    this.prefilter = prefilter;
  }

  /** This scanner, also resolving types from {@code classPath}'s jars. */
  public Scanner withClassPath(ClassPath classPath) {
    return new Scanner(rules, threads, classPath, filter, progress, prefilter);
  }

  /** This scanner, scanning only the files {@code filter} accepts. */
  public Scanner withFilter(SourceFilter filter) {
    return new Scanner(rules, threads, classPath, filter, progress, prefilter);
  }

  /** This scanner, telling {@code progress} how far it is. */
  public Scanner withProgress(ScanProgress progress) {
    return new Scanner(rules, threads, classPath, filter, progress, prefilter);
  }

  /**
   * This scanner, parsing every file (true) or only those whose text may hold a finding of its
   * rules (false, the default; see {@link TextPrefilter}). The findings are the same either way.
   */
  public Scanner parsingEveryFile(boolean everyFile) {
    return new Scanner(rules, threads, classPath, filter, progress,
        everyFile ? TextPrefilter.NONE : TextPrefilter.forRules(rules));
  }

  /**
   * Whether a file with {@code text} is parsed when scanning with {@code rules} (for tools that
   * measure the text prefilter).
   */
  public static boolean parses(List<SourceRule> rules, String text) {
    return TextPrefilter.forRules(rules).mayReport(text);
  }

  /** How the scanner configures JavaParser (for tools that compare against a plain parse). */
  public static ParserConfiguration parserConfiguration() {
    return FileAnalyser.configuration();
  }

  /** Every rule, one thread per available processor. */
  public static Scanner withAllRules() {
    return new Scanner(SourceRules.all(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * Scans {@code inputs} (files and folders); finding and notification paths are relative to
   * {@code root}.
   */
  public ScanResult scan(List<Path> inputs, Path root) {
    Path base = root.toAbsolutePath().normalize();
    SourceCollector.Sources sources = SourceCollector.collect(inputs);
    List<Path> files = sources.files().stream()
        .filter(file -> filter.accepts(relative(base, file))).toList();
    progress.started(files.size());
    FileAnalyser.Outcome[] outcomes = analyseAll(files, base);

    List<Finding> findings = new ArrayList<>();
    List<Notification> notifications = new ArrayList<>();
    for (String problem : classPath.problems()) {
      notifications.add(new Notification(FileAnalyser.NOTE, "", 0, problem));
    }
    for (SourceCollector.Skipped skipped : sources.skipped()) {
      if (skipped.level().equals(FileAnalyser.ERROR) || filter.accepts(relative(base,
          skipped.path()))) {
        notifications.add(new Notification(skipped.level(), relative(base, skipped.path()), 0,
            skipped.message()));
      }
    }
    int analysed = 0;
    int failed = 0;
    int crashes = 0;
    for (FileAnalyser.Outcome outcome : outcomes) {
      findings.addAll(outcome.findings());
      notifications.addAll(outcome.notifications());
      if (outcome.analysed()) {
        analysed++;
      } else {
        failed++;
      }
      crashes += outcome.internalErrors();
    }
    return new ScanResult(findings, notifications, analysed, failed, crashes);
  }

  private FileAnalyser.Outcome[] analyseAll(List<Path> files, Path base) {
    FileAnalyser.Outcome[] outcomes = new FileAnalyser.Outcome[files.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> fatal = new AtomicReference<>();
    Runnable work = () -> {
      FileAnalyser analyser = new FileAnalyser(rules, classPath, prefilter);
      for (int i = next.getAndIncrement(); i < files.size() && fatal.get() == null;
          i = next.getAndIncrement()) {
        Path file = files.get(i);
        String path = relative(base, file);
        try {
          outcomes[i] = analyser.analyse(file, path);
        } catch (RuntimeException e) {
          outcomes[i] = FileAnalyser.Outcome.notAnalysed(path, 0,
              "internal error (a Leakproof bug, please report it): " + e);
        } catch (Throwable e) {
          fatal.compareAndSet(null, e); // out of memory and the like: stop every worker
        }
        progress.fileDone();
      }
    };
    int count = Math.min(threads, Math.max(1, files.size()));
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      Thread worker = new Thread(null, work, "leakproof-scan-" + t, WORKER_STACK_BYTES);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("scan interrupted", e);
      }
    }
    forgetSolvers();
    Throwable error = fatal.get();
    if (error instanceof Error e) {
      throw e;
    }
    if (error != null) {
      throw new IllegalStateException(error);
    }
    return outcomes;
  }

  /**
   * Drops JavaParser's static facade per type solver. Its map is weak in the solver, but each
   * facade holds its solver, so the entries (and every solver's caches of parsed neighbour files)
   * would outlive the scan: a JVM that scans again would keep them all. Facades are cheap to
   * rebuild; {@code get} synchronizes on the class, so clearing does too.
   */
  private static void forgetSolvers() {
    synchronized (JavaParserFacade.class) {
      JavaParserFacade.clearInstances();
    }
  }

  /** {@code file} relative to {@code base} with {@code /}, or absolute when outside it. */
  static String relative(Path base, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
