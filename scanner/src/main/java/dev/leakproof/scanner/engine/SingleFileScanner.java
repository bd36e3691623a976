package dev.leakproof.scanner.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the source rules on one file whose text another tool already read (the Checkstyle
 * adapter). Files are analysed one at a time, each on a thread with a stack as deep as the
 * scanner's own workers, so a deeply nested file is a notification here too, whatever the
 * caller's thread. Not thread-safe: one instance per caller thread; {@link #close} ends it.
 */
public final class SingleFileScanner implements AutoCloseable {
  private final FileAnalyser analyser;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(null, task, "leakproof-file", Scanner.WORKER_STACK_BYTES);
    thread.setDaemon(true);
    return thread;
  });

  public SingleFileScanner(List<SourceRule> rules, ClassPath classPath) {
    this.analyser = new FileAnalyser(List.copyOf(rules), classPath,
        TextPrefilter.forRules(rules));
  }

  /**
   * The findings and notifications of {@code text} as the contents of {@code file}; their
   * paths are {@code path}.
   */
  public ScanResult analyse(Path file, String path, String text) {
    Future<FileAnalyser.Outcome> outcome = worker.submit(() -> analyser.analyse(file, path,
        text.startsWith("\uFEFF") ? text.substring(1) : text));
    FileAnalyser.Outcome done;
    try {
      done = outcome.get();
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

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
