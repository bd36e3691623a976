package dev.leakproof.scanner.engine;

import com.github.javaparser.ParserConfiguration;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Notification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
  private final Duration fileBudget;
  private final CacheFile cache;

  /** Where {@link #withCache} keeps results, and who hears about problems with it. */
  private record CacheFile(Path file, Consumer<String> warnings) {}

  public Scanner(List<SourceRule> rules, int threads) {
    this(rules, threads, ClassPath.EMPTY, SourceFilter.ALL, ScanProgress.NONE,
        TextPrefilter.forRules(rules), FileBudget.DEFAULT, null);
  }

  private Scanner(List<SourceRule> rules, int threads, ClassPath classPath, SourceFilter filter,
      ScanProgress progress, TextPrefilter prefilter, Duration fileBudget, CacheFile cache) {
    this.rules = List.copyOf(rules);
    this.threads = Math.max(1, threads);
    this.classPath = classPath;
    this.filter = filter;
    this.progress = progress;
    this.prefilter = prefilter;
    this.fileBudget = fileBudget;
    this.cache = cache;
  }

  /** This scanner, also resolving types from {@code classPath}'s jars. */
  public Scanner withClassPath(ClassPath classPath) {
    return new Scanner(rules, threads, classPath, filter, progress, prefilter, fileBudget, cache);
  }

  /** This scanner, scanning only the files {@code filter} accepts. */
  public Scanner withFilter(SourceFilter filter) {
    return new Scanner(rules, threads, classPath, filter, progress, prefilter, fileBudget, cache);
  }

  /** This scanner, telling {@code progress} how far it is. */
  public Scanner withProgress(ScanProgress progress) {
    return new Scanner(rules, threads, classPath, filter, progress, prefilter, fileBudget, cache);
  }

  /**
   * This scanner, parsing every file (true) or only those whose text may hold a finding of its
   * rules (false, the default; see {@link TextPrefilter}). The findings are the same either way.
   */
  public Scanner parsingEveryFile(boolean everyFile) {
    return new Scanner(rules, threads, classPath, filter, progress,
        everyFile ? TextPrefilter.none(rules) : TextPrefilter.forRules(rules), fileBudget, cache);
  }

  /**
   * This scanner, giving each file at most {@code budget} of CPU time (default 20 s): a file
   * that takes longer becomes a notification naming the phase, and the scan goes on.
   */
  public Scanner withFileBudget(Duration budget) {
    return new Scanner(rules, threads, classPath, filter, progress, prefilter, budget, cache);
  }

  /**
   * This scanner, keeping per-file results in {@code file} between scans and analysing only
   * files whose results may have changed (see {@link ResultCache}); a cache it cannot use, or
   * cannot write, is one line to {@code warnings}. The results are those of a scan without it.
   */
  public Scanner withCache(Path file, Consumer<String> warnings) {
    return new Scanner(rules, threads, classPath, filter, progress, prefilter, fileBudget,
        new CacheFile(file, warnings));
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
    FileAnalyser.Outcome[] outcomes = cache == null ? analyseAll(files, base)
        : CachedAnalysis.outcomes(files, file -> relative(base, file), cache.file(),
            ResultCache.key(rules, classPath) + base + '\n', cache.warnings(), progress::fileDone,
            stale -> analyseAll(stale, base));

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
    if (files.isEmpty()) {
      // A re-scan with nothing changed: no workers, no parser set up (a tenth of its samples).
      return new FileAnalyser.Outcome[0];
    }
    ScanWorkers.Task task = new ScanWorkers.Task() {
      @Override
      public FileAnalyser.Outcome analyse(FileAnalyser analyser, int i) {
        String path = relative(base, files.get(i));
        try {
          return analyser.analyse(files.get(i), path);
        } catch (RuntimeException e) {
          return FileAnalyser.Outcome.notAnalysed(path, 0,
              "internal error (a Leakproof bug, please report it): " + e);
        }
      }

      @Override
      public FileAnalyser.Outcome givenUp(int i, String reason) {
        return FileAnalyser.Outcome.notAnalysed(relative(base, files.get(i)), 0, reason);
      }
    };
    SharedParses sharedParses = new SharedParses();
    try {
      return new ScanWorkers(files.size(), FolderQueue.of(files), threads, fileBudget,
          () -> new FileAnalyser(classPath, prefilter, fileBudget, cache != null, sharedParses),
          task,
          progress::fileDone).run();
    } finally {
      forgetSolvers();
    }
  }

  /**
   * Drops JavaParser's static facade per type solver. Its map is weak in the solver, but each
   * facade holds its solver, so the entries (and every solver's caches of parsed neighbour files)
   * would outlive the scan: a JVM that scans again would keep them all. Facades are cheap to
   * rebuild; {@code get} synchronizes on the class, so clearing does too.
   */
  private static void forgetSolvers() {
    FileAnalyser.forgetResolutions();
  }

  /** {@code file} relative to {@code base} with {@code /}, or absolute when outside it. */
  static String relative(Path base, Path file) {
    String underBase = plainlyUnder(base, file);
    if (underBase != null) {
      return underBase;
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  /**
   * {@link #relative} by the strings alone, for the usual case of an absolute file found under
   * {@code base} (already absolute and normalized) with no name starting with a dot (so no
   * {@code .} or {@code ..} that normalizing would change); null otherwise. Asked two or three
   * times per file, the paths' own arithmetic was a sixth of a re-scan's Java samples with
   * nothing changed (scanner/bench/README.md, stop 36).
   */
  private static String plainlyUnder(Path base, Path file) {
    if (!file.isAbsolute()) {
      return null;
    }
    String path = file.toString();
    String root = base.toString();
    char separator = file.getFileSystem().getSeparator().charAt(0);
    if (path.length() <= root.length() + 1 || !path.startsWith(root)
        || path.charAt(root.length()) != separator
        || path.indexOf(separator + ".", root.length()) >= 0) {
      return null;
    }
    return path.substring(root.length() + 1).replace('\\', '/');
  }
}
