package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Flagged: a private helper closes the stream only when asked to and returns with it open
 * otherwise (a normal exit that leaves its parameter open, as in Ant's BZip2.pack, Concat and
 * SQLExec helpers), so {@code load(file, true)} leaves the stream open with nobody holding it.
 * Every engine still takes a helper that closes its parameter on some path as its owner, so the
 * path where it keeps the stream open is not followed back into the caller: a known gap in each
 * (test-cases/known-gaps.tsv). The SpotBugs plugin once threw on this callee and logged "could
 * not analyze" for its callers, losing their findings; its corpus test fails on any such error.
 */
class StreamHandedToHelperThatClosesItOnOneBranch {
  void load(File file, boolean keep) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    closeUnless(in, keep);
  }

  private static void closeUnless(InputStream in, boolean keep) throws IOException {
    if (keep) {
      return;
    }
    in.close();
  }
}
