package dev.leakproof.scanner.engine;

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
  private static final long WORKER_STACK_BYTES = 32L * 1024 * 1024;

  private final List<SourceRule> rules;
  private final int threads;

  public Scanner(List<SourceRule> rules, int threads) {
    this.rules = List.copyOf(rules);
    this.threads = Math.max(1, threads);
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
    List<Path> files = sources.files();
    FileAnalyser.Outcome[] outcomes = analyseAll(files, base);

    List<Finding> findings = new ArrayList<>();
    List<Notification> notifications = new ArrayList<>();
    for (SourceCollector.Unreadable folder : sources.unreadableFolders()) {
      notifications.add(new Notification(FileAnalyser.ERROR, relative(base, folder.folder()), 0,
          "cannot analyse: cannot list the folder: " + folder.reason()));
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
      FileAnalyser analyser = new FileAnalyser(rules);
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
    Throwable error = fatal.get();
    if (error instanceof Error e) {
      throw e;
    }
    if (error != null) {
      throw new IllegalStateException(error);
    }
    return outcomes;
  }

  /** {@code file} relative to {@code base} with {@code /}, or absolute when outside it. */
  static String relative(Path base, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
