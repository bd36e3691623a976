package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * Silent: between opening the stream and the try whose finally closes it, the method only builds
 * a string ({@code StringBuilder.append}), which fails only when the heap runs out. Flagged: the
 * look-alike also asks for the file's canonical path there, which can throw.
 */
class ClosedInFinallyAfterBuildingAMessage {
  int firstByte(File file, String name, StringBuilder log) throws IOException {
    FileInputStream in = new FileInputStream(file);
    log.append("reading ").append(name).append('\n');
    try {
      return in.read();
    } finally {
      in.close();
    }
  }

  int firstByteLoggingTheCanonicalPath(File file, StringBuilder log) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource "closed, but not if `getCanonicalPath()` throws"
    log.append("reading ").append(file.getCanonicalPath());
    try {
      return in.read();
    } finally {
      in.close();
    }
  }
}
