package org.apache.poi.openxml4j.opc;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in for POI 5.2's {@code org.apache.poi.openxml4j.opc.PackagePart}, so that the corpus
 * compiles without POI: {@code getInputStream()} opens a new stream over the part (for a part of
 * a zip package, the zip entry's stream).
 */
public abstract class PackagePart {
  public InputStream getInputStream() throws IOException {
    throw new UnsupportedOperationException("stand-in");
  }

  public abstract String getContentType();
}
