package org.apache.lucene.analysis;

import java.io.Closeable;
import java.io.IOException;

/**
 * Stand-in for Lucene's {@code org.apache.lucene.analysis.TokenStream}, so that the corpus
 * compiles without Lucene: the consumer resets it, reads tokens, ends it and calls {@code close()}
 * "to release any resource when finished using the TokenStream".
 */
public abstract class TokenStream implements Closeable {
  protected TokenStream() {}

  public void reset() throws IOException {}

  public abstract boolean incrementToken() throws IOException;

  public void end() throws IOException {}

  @Override
  public void close() throws IOException {}
}
