package cases.resource;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A stream the method closes through the wrapper it builds over it in a later statement, which
 * leaks only when that wrapper's constructor fails ({@code new GZIPInputStream(in)} reads the
 * header): flagged as the wrapper's failure in every engine, whose fix (the stream as its own
 * try-with-resources resource) is the one that helps; "closed, but not if it throws: use
 * try-with-resources" would not, as the wrapper is already closed where it should be. Silent when
 * the wrapper cannot fail or the stream is its own try-with-resources resource; a leak blamed on
 * another call keeps its words.
 */
class WrapperClosedButFailingToBeBuilt {
  int gzipClosedInFinally(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "in `in` is not closed if `new GZIPInputStream(…)` throws"
    GZIPInputStream gzip = new GZIPInputStream(in);
    try {
      return gzip.read();
    } finally {
      gzip.close();
    }
  }

  int gzipInTryWithResources(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "in `in` is not closed if `new GZIPInputStream(…)` throws"
    try (GZIPInputStream gzip = new GZIPInputStream(in)) {
      return gzip.read();
    }
  }

  int bufferCannotFail(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    BufferedInputStream buffered = new BufferedInputStream(in);
    try {
      return buffered.read();
    } finally {
      buffered.close();
    }
  }

  int streamIsItsOwnResource(File file) throws IOException {
    try (InputStream in = new FileInputStream(file);
        GZIPInputStream gzip = new GZIPInputStream(in)) {
      return gzip.read();
    }
  }

  int anotherCallFailsFirst(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "but not if `skip()` throws"
    in.skip(2);
    GZIPInputStream gzip = new GZIPInputStream(in);
    try {
      return gzip.read();
    } finally {
      gzip.close();
    }
  }
}
