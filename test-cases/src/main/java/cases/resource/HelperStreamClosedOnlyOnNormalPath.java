package cases.resource;

import java.io.IOException;
import java.io.InputStream;

/**
 * Flagged: a stream that a private helper of the class hands out (here a document's export, which
 * no table knows), closed only when parse() does not throw. The method closes it, so it owns it
 * (PDFBox preflight shipped this leak in MetadataValidationProcess.validate). Bytecode calls a
 * private helper with invokespecial (at --release 8), a public one with invokevirtual: both are
 * calls. Look-alike: the helper's stream closed in a finally.
 */
class HelperStreamClosedOnlyOnNormalPath {
  int firstByte(Document document) throws IOException {
    InputStream in = exported(document); // expect: UnclosedResource "closed, but not if `parse()` throws"
    int value = parse(in);
    in.close();
    return value;
  }

  int firstByteSafely(Document document) throws IOException {
    InputStream in = exported(document);
    try {
      return parse(in);
    } finally {
      in.close();
    }
  }

  private InputStream exported(Document document) throws IOException {
    if (document == null) {
      throw new IOException("no document");
    }
    return document.export();
  }

  private static int parse(InputStream in) throws IOException {
    return in.read();
  }

  /** Stands for a project type that exports its content as a stream. */
  interface Document {
    InputStream export() throws IOException;
  }
}
