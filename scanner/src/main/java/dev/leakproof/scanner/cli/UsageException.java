package dev.leakproof.scanner.cli;

/** A command line the scanner cannot act on; the message says what is wrong. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
