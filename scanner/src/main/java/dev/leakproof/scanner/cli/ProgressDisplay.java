package dev.leakproof.scanner.cli;

import dev.leakproof.scanner.engine.ScanProgress;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "leakproof: 1234/5678 files" on one terminal line, redrawn a few times a second, shown only
 * once a scan has run for {@link #DELAY_MILLIS} (short scans stay quiet) and erased at the end.
 * Used only when standard error is a terminal.
 */
final class ProgressDisplay implements ScanProgress, AutoCloseable {
  static final long DELAY_MILLIS = 2000;
  private static final long REDRAW_MILLIS = 250;

  private final PrintStream err;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total = -1;
  private final Thread painter;
  private volatile boolean running = true;
  private int shownWidth;

  ProgressDisplay(PrintStream err) {
    this.err = err;
    this.painter = new Thread(this::paint, "leakproof-progress");
    painter.setDaemon(true);
    painter.start();
  }

  @Override
  public void started(int totalFiles) {
    total = totalFiles;
  }

  @Override
  public void fileDone() {
    done.incrementAndGet();
  }

  private void paint() {
    long start = System.nanoTime();
    try {
      while (running) {
        Thread.sleep(REDRAW_MILLIS);
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (running && elapsed >= DELAY_MILLIS) {
          draw(total < 0 ? "leakproof: collecting files…"
              : "leakproof: " + done.get() + "/" + total + " files");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void draw(String line) {
    String padded = line + " ".repeat(Math.max(0, shownWidth - line.length()));
    err.print("\r" + padded);
    err.flush();
    shownWidth = line.length();
  }

  /** Stops redrawing and clears the line, so the summary starts on a clean line. */
  @Override
  public void close() {
    running = false;
    painter.interrupt();
    try {
      painter.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (shownWidth > 0) {
        err.print("\r" + " ".repeat(shownWidth) + "\r");
        err.flush();
      }
    }
  }
}
