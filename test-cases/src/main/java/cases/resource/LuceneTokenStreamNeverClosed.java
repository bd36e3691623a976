package cases.resource;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Flagged: a Lucene token stream taken from {@code Analyzer.tokenStream} and never closed. The
 * analyzer reuses one stream per thread, so the next call on that thread fails ("TokenStream
 * contract violation: close() call missing") and the reader stays open. Its look-alikes are in
 * {@link LuceneTokenStreamClosed}.
 */
class LuceneTokenStreamNeverClosed {
  int tokensNeverClosed(Analyzer analyzer, String text) throws IOException {
    TokenStream stream = analyzer.tokenStream("body", text); // expect: UnclosedResource
    stream.reset();
    int count = 0;
    while (stream.incrementToken()) {
      count++;
    }
    stream.end();
    return count;
  }
}
