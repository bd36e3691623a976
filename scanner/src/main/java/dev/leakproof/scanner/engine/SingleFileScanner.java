package dev.leakproof.scanner.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the source rules on one file whose text another tool already read (the Checkstyle
 * adapter). Files are analysed one at a time, each on a thread with a stack as deep as the
 * scanner's own workers, so a deeply nested file is a notification here too, whatever the
 * caller's thread; a file that does not stop at its budget is given up on as the scanner does
 * (see {@link ScanWorkers}). Not thread-safe: one instance per caller thread; {@link #close}
 * ends it.
 */
public final class SingleFileScanner implements AutoCloseable {
  private final List<SourceRule> rules;
  private final ClassPath classPath;
  private FileAnalyser analyser;
  private ExecutorService worker;
  private volatile Thread workerThread;
  private volatile long taskStartNanos;

  public SingleFileScanner(List<SourceRule> rules, ClassPath classPath) {
    this.rules = List.copyOf(rules);
    this.classPath = classPath;
    startWorker();
  }

  private void startWorker() {
    analyser = new FileAnalyser(classPath, TextPrefilter.forRules(rules), FileBudget.DEFAULT);
    worker = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(null, task, "leakproof-file", Scanner.WORKER_STACK_BYTES);
      thread.setDaemon(true);
      workerThread = thread;
      return thread;
    });
  }

  /**
   * The findings and notifications of {@code text} as the contents of {@code file}; their
   * paths are {@code path}.
   */
  public ScanResult analyse(Path file, String path, String text) {
    FileAnalyser current = analyser;
    taskStartNanos = 0;
    Future<FileAnalyser.Outcome> outcome = worker.submit(() -> {
      taskStartNanos = ScanWorkers.cpuNanos(Thread.currentThread());
      return current.analyse(file, path, text.startsWith("\uFEFF") ? text.substring(1) : text);
    });
    FileAnalyser.Outcome done;
    try {
      done = awaitOrGiveUp(outcome, current, path);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis of " + path + " interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      done = FileAnalyser.Outcome.notAnalysed(path, 0,
          "internal error (a Leakproof bug, please report it): " + cause);
    }
    return new ScanResult(done.findings(), done.notifications(), done.analysed() ? 1 : 0,
        done.analysed() ? 0 : 1, done.internalErrors());
  }

  private FileAnalyser.Outcome awaitOrGiveUp(Future<FileAnalyser.Outcome> outcome,
      FileAnalyser current, String path) throws InterruptedException, ExecutionException {
    long giveUp = ScanWorkers.giveUpNanos(FileBudget.DEFAULT);
    while (true) {
      try {
        return outcome.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        Thread thread = workerThread;
        if (thread != null && taskStartNanos != 0
            && ScanWorkers.cpuNanos(thread) - taskStartNanos > giveUp) {
          String reason = current.budgetExceededMessage(", and did not stop");
          worker.shutdownNow(); // cannot stop it, but it takes no more files
          startWorker();
          return FileAnalyser.Outcome.notAnalysed(path, 0, reason);
        }
      }
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
