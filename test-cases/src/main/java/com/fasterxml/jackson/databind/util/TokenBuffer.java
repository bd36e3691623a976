package com.fasterxml.jackson.databind.util;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in for jackson-databind's {@code com.fasterxml.jackson.databind.util.TokenBuffer}, so
 * that the corpus compiles without Jackson: tokens kept in memory, replayed by a parser whose
 * {@code close()} only marks it closed, as Jackson's {@code TokenBuffer.Parser} does.
 */
public class TokenBuffer {
  private final List<String> tokens = new ArrayList<>();

  public void writeToken(String token) {
    tokens.add(token);
  }

  /** A parser over the buffered tokens; {@code source} gives only its codec and location. */
  public JsonParser asParser(JsonParser source) {
    return new Parser(tokens);
  }

  private static final class Parser extends JsonParser {
    private final List<String> tokens;
    private int next;
    private boolean closed;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    @Override
    public String nextToken() throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      return next < tokens.size() ? tokens.get(next++) : null;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
