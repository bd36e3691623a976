package org.apache.lucene.index;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.store.Directory;

/**
 * Stand-in for Lucene's {@code org.apache.lucene.index.DirectoryReader}, so that the corpus
 * compiles without Lucene: {@code open(directory)} opens the index's files, which {@code close()}
 * releases ({@code IndexReader} is {@code Closeable}).
 */
public abstract class DirectoryReader implements Closeable {
  protected DirectoryReader() {}

  public abstract int numDocs();

  public static DirectoryReader open(Directory directory) throws IOException {
    return new DirectoryReader() {
      @Override
      public int numDocs() {
        return 0;
      }

      @Override
      public void close() {}
    };
  }
}
