package cases.resource;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Silent: a Lucene token stream taken from {@code Analyzer.tokenStream} and closed on every path,
 * in try-with-resources or in a finally block (the look-alikes of {@link
 * LuceneTokenStreamNeverClosed}).
 */
class LuceneTokenStreamClosed {
  int tokensInTryWithResources(Analyzer analyzer, Reader body) throws IOException {
    try (TokenStream stream = analyzer.tokenStream("body", body)) {
      stream.reset();
      int count = 0;
      while (stream.incrementToken()) {
        count++;
      }
      stream.end();
      return count;
    }
  }

  int tokensClosedInFinally(Analyzer analyzer, String text) throws IOException {
    TokenStream stream = analyzer.tokenStream("body", text);
    try {
      stream.reset();
      int count = 0;
      while (stream.incrementToken()) {
        count++;
      }
      stream.end();
      return count;
    } finally {
      stream.close();
    }
  }
}
