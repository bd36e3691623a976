package dev.leakproof.scanner.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs one task per file on a few worker threads, each owning a {@link FileAnalyser} and taking
 * the files a folder at a time ({@link FolderQueue}), and makes sure the scan ends. A file normally stops itself at its {@link FileBudget}, but some work
 * never asks the budget: JavaParser's lookahead on some broken, deeply nested code is
 * exponential and reads no more text. A file whose worker has used the budget and half again
 * (in CPU time) is given up on: it becomes a notification, its worker is abandoned, and a fresh
 * worker takes over the remaining files. Java cannot stop a thread, so the abandoned one runs
 * on (a daemon: it never keeps the JVM alive) and its late result is dropped.
 */
final class ScanWorkers {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long WATCH_MILLIS = 200;

  /** What a worker does with file {@code i}, and the notification when it is given up on. */
  interface Task {
    FileAnalyser.Outcome analyse(FileAnalyser analyser, int file);

    FileAnalyser.Outcome givenUp(int file, String reason);
  }

  private final int files;
  /** Which file each worker analyses next: a folder at a time. */
  private final FolderQueue queue;
  private final int threads;
  private final Supplier<FileAnalyser> analysers;
  private final Task task;
  private final long giveUpNanos;
  private final Runnable fileDone;

  private final FileAnalyser.Outcome[] outcomes;
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final CountDownLatch done;
  private final List<Worker> workers = new ArrayList<>();
  private int started;

  ScanWorkers(int files, FolderQueue queue, int threads, Duration budget,
      Supplier<FileAnalyser> analysers, Task task, Runnable fileDone) {
    this.files = files;
    this.queue = queue;
    this.threads = Math.min(threads, Math.max(1, files));
    this.analysers = analysers;
    this.task = task;
    this.giveUpNanos = giveUpNanos(budget);
    this.fileDone = fileDone;
    this.outcomes = new FileAnalyser.Outcome[files];
    this.done = new CountDownLatch(files);
  }

  /** Every file's outcome, in file order. */
  FileAnalyser.Outcome[] run() {
    for (int t = 0; t < threads; t++) {
      startWorker();
    }
    try {
      while (!done.await(WATCH_MILLIS, TimeUnit.MILLISECONDS) && fatal.get() == null) {
        giveUpOnStuckFiles();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scan interrupted", e);
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

  private void startWorker() {
    Worker worker = new Worker();
    Thread thread = new Thread(null, worker, "leakproof-scan-" + started++,
        Scanner.WORKER_STACK_BYTES);
    thread.setDaemon(true);
    worker.thread = thread;
    workers.add(worker);
    thread.start();
  }

  private void giveUpOnStuckFiles() {
    for (Worker worker : List.copyOf(workers)) {
      synchronized (worker) {
        if (worker.abandoned || worker.file < 0
            || cpuNanos(worker.thread) - worker.fileStartNanos <= giveUpNanos) {
          continue;
        }
        worker.abandoned = true;
        int file = worker.file;
        finish(file, task.givenUp(file, worker.analyser.budgetExceededMessage(
            ", and did not stop")));
      }
      workers.remove(worker);
      if (queue.hasMore()) {
        startWorker();
      }
    }
  }

  private void finish(int file, FileAnalyser.Outcome outcome) {
    outcomes[file] = outcome;
    fileDone.run();
    done.countDown();
  }

  /** After how much CPU time on one file its worker is given up on: the budget and half again. */
  static long giveUpNanos(Duration budget) {
    return budget.toNanos() + Math.max(budget.toNanos() / 2, 1_000_000_000L);
  }

  /** The CPU time {@code thread} has used (wall time where the JVM cannot tell). */
  @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; the scanner runs on 17
  static long cpuNanos(Thread thread) {
    long nanos = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(thread.getId())
        : -1;
    return nanos >= 0 ? nanos : System.nanoTime();
  }

  private final class Worker implements Runnable {
    Thread thread;
    volatile FileAnalyser analyser;
    /** The file being analysed, or -1; guarded by this worker's lock. */
    int file = -1;
    long fileStartNanos;
    boolean abandoned;

    @Override
    public void run() {
      analyser = analysers.get();
      FolderQueue.Taker taker = queue.taker();
      for (int i = taker.next(); i >= 0 && fatal.get() == null; i = taker.next()) {
        synchronized (this) {
          if (abandoned) {
            return;
          }
          file = i;
          fileStartNanos = cpuNanos(thread);
        }
        FileAnalyser.Outcome outcome;
        try {
          outcome = task.analyse(analyser, i);
        } catch (Throwable e) {
          fatal.compareAndSet(null, e); // out of memory and the like: stop every worker
          synchronized (this) {
            file = -1;
          }
          done.countDown();
          return;
        }
        synchronized (this) {
          if (abandoned) {
            return; // given up on already: its notification stands
          }
          file = -1;
          finish(i, outcome);
        }
      }
    }
  }
}
