package dev.leakproof.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.logging.Log;

/** Text written to it goes to the Maven log, one log line per line. */
final class LogStream extends OutputStream {
  enum Level { INFO, WARN }

  private static final String MESSAGE_PREFIX = "leakproof: ";

  private final Log log;
  private final Level level;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private String lastMessage = "";

  LogStream(Log log, Level level) {
    this.log = log;
    this.level = level;
  }

  @Override
  public void write(int b) {
    if (b == '\n') {
      emit();
    } else if (b != '\r') {
      line.write(b);
    }
  }

  private void emit() {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (text.startsWith(MESSAGE_PREFIX)) {
      lastMessage = text.substring(MESSAGE_PREFIX.length());
    }
    if (level == Level.WARN && !text.isEmpty()) {
      log.warn(text);
    } else {
      log.info(text);
    }
  }

  /** The last "leakproof: …" line without its prefix: after a usage error, its message. */
  String lastMessage() {
    return lastMessage;
  }

  @Override
  public void close() {
    if (line.size() > 0) {
      emit();
    }
  }
}
