package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Silent: a private helper closes the stream only when asked to and returns with it open
 * otherwise (a normal exit that leaves its parameter open, as in Ant's BZip2.pack, Concat and
 * SQLExec helpers). Every engine takes a helper that closes its parameter on some path as its
 * owner, so the path where it keeps the stream open is not followed back into the caller. The
 * SpotBugs plugin once threw on this callee and logged "could not analyze" for its callers,
 * losing their findings; its corpus test fails on any such error.
 */
class StreamHandedToHelperThatClosesItOnOneBranch {
  void load(File file, boolean keep) throws IOException {
    InputStream in = new FileInputStream(file);
    closeUnless(in, keep);
  }

  private static void closeUnless(InputStream in, boolean keep) throws IOException {
    if (keep) {
      return;
    }
    in.close();
  }
}
