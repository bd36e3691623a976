package org.apache.lucene.analysis;

import java.io.Closeable;
import java.io.Reader;

/**
 * Stand-in for Lucene's {@code org.apache.lucene.analysis.Analyzer}, so that the corpus compiles
 * without Lucene: {@code tokenStream(field, reader | text)} hands out the token stream it reuses
 * per thread, which the caller must close before asking for the next one.
 */
public abstract class Analyzer implements Closeable {
  protected Analyzer() {}

  protected abstract TokenStream createStream(String fieldName);

  public final TokenStream tokenStream(String fieldName, Reader reader) {
    return createStream(fieldName);
  }

  public final TokenStream tokenStream(String fieldName, String text) {
    return createStream(fieldName);
  }

  @Override
  public void close() {}
}
