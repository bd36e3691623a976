package dev.leakproof.scanner.engine;

/**
 * Told how a scan advances, for a progress display. Called from the scanning threads: an
 * implementation must be thread-safe and quick.
 */
public interface ScanProgress {
  ScanProgress NONE = new ScanProgress() {};

  /** The files are collected: {@code total} will be analysed. */
  default void started(int total) {}

  /** One more file is done (analysed or not). */
  default void fileDone() {}
}
