package cases.resource;

import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.submodule.SubmoduleWalk;

/**
 * Flagged: a call that returns its own receiver ({@code Writer.append}, {@code
 * PrintWriter.format}, {@code PrintStream.printf}, a method whose every return is {@code return
 * this}) hands back the same writer, not a new owner: dropping the chain, or keeping
 * its result in a local that is never closed, leaks the file (JGit shipped {@code
 * SubmoduleWalk.forIndex(repo).setFilter(filter).next()}). Look-alikes: the chain as a
 * try-with-resources resource, the chain's result returned to the caller, the chain closed at
 * once, and a writer closed through its own chain.
 */
class ChainedCallReturnsTheSameWriter {
  void touch(File file) throws IOException {
    new PrintWriter(file).append("x").flush(); // expect: UnclosedResource "not closed on every path"
  }

  void header(File file) throws IOException {
    PrintWriter out = new PrintWriter(file).append("# header"); // expect: UnclosedResource "not closed on every path"
    out.println();
    out.flush();
  }

  void twoParts(File file, String a, String b) throws IOException {
    Writer out = new FileWriter(file); // expect: UnclosedResource "not closed on every path"
    out.append(a).append(b);
  }

  void formatted(File file, int n) throws IOException {
    new PrintStream(file).printf("%d%n", n).flush(); // expect: UnclosedResource "not closed on every path"
  }

  boolean submoduleExists(Repository repository, String path) throws IOException {
    return SubmoduleWalk.forIndex(repository).setFilter(path).next(); // expect: UnclosedResource "not closed on every path"
  }

  boolean anySubmodule(Repository repository) throws IOException {
    return SubmoduleWalk.forIndex(repository).reset().next(); // expect: UnclosedResource "not closed on every path"
  }

  void inTry(File file) throws IOException {
    try (PrintWriter out = new PrintWriter(file).append("# header")) {
      out.println();
    }
  }

  PrintWriter opened(File file) throws IOException {
    return new PrintWriter(file).append("# header");
  }

  SubmoduleWalk submodules(Repository repository, String path) throws IOException {
    return SubmoduleWalk.forIndex(repository).setFilter(path);
  }

  boolean submoduleClosed(Repository repository, String path) throws IOException {
    try (SubmoduleWalk walk = SubmoduleWalk.forIndex(repository)) {
      return walk.setFilter(path).next();
    }
  }

  void closedAtOnce(File file) throws IOException {
    new PrintWriter(file).append("x").close();
  }

  void closedThroughChain(File file, String text) throws IOException {
    PrintWriter out = new PrintWriter(file);
    out.append(text).close();
  }
}
