package com.fasterxml.jackson.core;

import java.io.Closeable;
import java.io.IOException;

/**
 * Stand-in for jackson-core's {@code com.fasterxml.jackson.core.JsonParser}, so that the corpus
 * compiles without Jackson: an abstract, closeable token reader whose subclasses read a file, a
 * stream or memory.
 */
public abstract class JsonParser implements Closeable {
  /** Moves to the next token; reading the source may fail. */
  public abstract String nextToken() throws IOException;
}
