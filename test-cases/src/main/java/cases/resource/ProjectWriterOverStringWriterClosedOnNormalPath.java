package cases.resource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;

/**
 * Silent: a project writer (a type no table knows) built over a local StringWriter holds only
 * memory, so closing it only on the normal path leaks nothing (Tomcat's OneLineFormatter).
 */
class ProjectWriterOverStringWriterClosedOnNormalPath {
  String stackTrace(Throwable thrown) {
    StringWriter text = new StringWriter();
    PrintWriter printer = new IndentingWriter(text);
    thrown.printStackTrace(printer);
    printer.close();
    return text.toString();
  }

  /** Stands for a project PrintWriter subclass. */
  static final class IndentingWriter extends PrintWriter {
    IndentingWriter(Writer out) {
      super(out);
    }
  }
}
