package cases.resource;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Silent: a process's standard input, written and closed by hand on the normal path only. The
 * stream is a view of the {@code Process}, which owns the pipe (the JDK closes it when the
 * process exits); a write that fails leaves nothing of the method's own open. From Ant 1.10.15
 * {@code Cab.execute} ({@code p.getOutputStream()} fed to {@code listcab}). Flagged look-alike:
 * the same over a project type's stream no table knows, which the method owns because it closes
 * it.
 */
class ProcessStreamClosedOnNormalPath {
  void feed(Process process, byte[] input) throws IOException {
    OutputStream stdin = process.getOutputStream();
    stdin.write(input);
    stdin.flush();
    stdin.close();
  }

  void feedPipe(Pipe pipe, byte[] input) throws IOException {
    OutputStream out = pipe.openOutput(); // expect: UnclosedResource "closed, but not if"
    out.write(input);
    out.close();
  }

  /** A project's source of streams no table knows. */
  interface Pipe {
    OutputStream openOutput() throws IOException;
  }
}
