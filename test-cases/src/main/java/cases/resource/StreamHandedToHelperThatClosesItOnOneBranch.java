package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Flagged: a private helper closes the stream only when asked to and returns with it open
 * otherwise (a normal exit that leaves its parameter open, as in Ant's BZip2.pack, Concat and
 * SQLExec helpers), so {@code load(file, true)} leaves the stream open with nobody holding it.
 * The helper's ownership summary is its fourth answer, "closes on some normal exits only": the
 * call only borrows the stream, and the finding names the helper. Silent look-alikes: the caller
 * closes the stream itself after the same helper (a second close is harmless), and a helper
 * that closes it on every branch takes it over. The SpotBugs plugin once threw on this callee
 * and logged "could not analyze" for its callers, losing their findings; its corpus test fails
 * on any such error.
 */
class StreamHandedToHelperThatClosesItOnOneBranch {
  void load(File file, boolean keep) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    closeUnless(in, keep);
  }

  void loadAndCloseHere(File file, boolean keep) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      closeUnless(in, keep);
    } finally {
      in.close();
    }
  }

  void loadClosedOnEveryBranch(File file, boolean quietly) throws IOException {
    InputStream in = new FileInputStream(file);
    closeEitherWay(in, quietly);
  }

  private static void closeUnless(InputStream in, boolean keep) throws IOException {
    if (keep) {
      return;
    }
    in.close();
  }

  private static void closeEitherWay(InputStream in, boolean quietly) throws IOException {
    if (quietly) {
      try {
        in.close();
      } catch (IOException ignored) {
        // closing quietly
      }
      return;
    }
    in.close();
  }
}
