package cases.resource;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Silent: a static helper of another class in another file ({@code wrapSystemOut()} of {@link
 * StandardStreamWrapperFromOwnHelper}) returns a wrapper of {@code System.out}, so the first value
 * of {@code out} holds no handle of the method's own; replacing it with a file's stream loses
 * nothing, and the {@code finally} closes what replaced it. From Ant 1.10.15 {@code
 * SQLExec.execute}, whose {@code KeepAliveOutputStream.wrapSystemOut()} is in another file (that
 * case calls the same helpers from their own file). Flagged look-alike: the same method over the
 * other class's helper that returns a fresh file stream, whose first value is lost when it is
 * replaced.
 */
class StandardStreamWrapperFromOtherClass {
  void report(File output) throws IOException {
    PrintStream out = StandardStreamWrapperFromOwnHelper.wrapSystemOut();
    try {
      if (output != null) {
        out = new PrintStream(new BufferedOutputStream(new FileOutputStream(output)));
      }
      out.println("done");
    } finally {
      out.close();
    }
  }

  void reportToLog(File log, File output) throws IOException {
    PrintStream out = StandardStreamWrapperFromOwnHelper.openLog(log); // expect: UnclosedResource "not closed on every path"
    try {
      if (output != null) {
        out = new PrintStream(new BufferedOutputStream(new FileOutputStream(output)));
      }
      out.println("done");
    } finally {
      out.close();
    }
  }
}
