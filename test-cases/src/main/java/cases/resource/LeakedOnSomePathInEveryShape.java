package cases.resource;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Scanner;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/** Flagged: one method for each shape of a resource not closed on every path, named after it. */
class LeakedOnSomePathInEveryShape {
  int neverClosed(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    return in.read();
  }

  int closedOnlyOnNormalPath(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    int b = in.read();
    in.close();
    return b;
  }

  boolean earlyReturn(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    if (in.read() < 0) {
      return false;
    }
    in.close();
    return true;
  }

  void droppedAtOnce(File file) throws IOException {
    new FileOutputStream(file); // expect: UnclosedResource
  }

  void usedInline(File file) throws IOException {
    new FileOutputStream(file).write(1); // expect: UnclosedResource
  }

  long filesLines(Path path) throws IOException {
    return Files.lines(path).count(); // expect: UnclosedResource
  }

  List<String> filesLinesCollected(Path path) throws IOException {
    return Files.lines(path).filter(s -> !s.isEmpty()).collect(Collectors.toList()); // expect: UnclosedResource
  }

  String wrappedNeverClosed(File file) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(new FileInputStream(file))); // expect: UnclosedResource
    return reader.readLine();
  }

  String wrappedOnTwoLines(File file) throws IOException {
    BufferedReader reader = new BufferedReader( // expect: UnclosedResource
        new FileReader(file));
    return reader.readLine();
  }

  void closedInsideLoopOnly(File file, int n) throws IOException {
    FileOutputStream out = new FileOutputStream(file); // expect: UnclosedResource
    for (int i = 0; i < n; i++) {
      out.write(i);
      if (i == 3) {
        out.close();
        return;
      }
    }
  }

  void throwSkipsClose(File file, boolean bad) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    if (bad) {
      throw new IOException("bad");
    }
    in.close();
  }

  long copied(java.net.URL url) throws IOException {
    InputStream in = new java.io.BufferedInputStream(url.openStream()); // expect: UnclosedResource
    long last = System.nanoTime();
    long count = 0;
    while (in.read() >= 0) {
      count++;
    }
    in.close();
    return count + last;
  }

  int entries(File file, String limit) throws IOException {
    java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file); // silent: only unchecked throws (parseInt, size()) before the close
    int max = Integer.parseInt(limit);
    int size = zip.size();
    zip.close();
    return Math.min(max, size);
  }

  int caughtButNotClosed(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    try {
      int b = in.read();
      in.close();
      return b;
    } catch (IOException e) {
      return -1;
    }
  }

  void socketViewUsed(String host) throws IOException {
    Socket socket = new Socket(host, 80); // expect: UnclosedResource
    socket.getOutputStream().write(1);
  }

  void printWriterOnFileName(String name) throws IOException {
    PrintWriter out = new PrintWriter(name); // expect: UnclosedResource
    out.println("x");
  }

  String scannerOnFile(File file) throws IOException {
    Scanner scanner = new Scanner(file); // expect: UnclosedResource
    return scanner.nextLine();
  }

  int statementAndResultsNeverClosed(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement("select 1"); // expect: UnclosedResource
    ResultSet rows = statement.executeQuery(); // the statement's finding speaks for it
    rows.next();
    return rows.getInt(1);
  }

  int resultsReadHereOnly(Connection connection) throws SQLException {
    java.sql.Statement statement = connection.createStatement(); // expect: UnclosedResource
    statement.execute("select 1");
    ResultSet rows = statement.getResultSet();
    rows.next();
    int count = rows.getInt(1);
    rows.close(); // closing the results does not close the statement
    return count;
  }

  boolean generatedKeysReadHereOnly(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement("insert", 1); // expect: UnclosedResource
    statement.executeUpdate();
    return statement.getGeneratedKeys().next();
  }

  boolean statementOnEitherBranch(Connection connection, boolean updatable) throws SQLException {
    java.sql.Statement statement;
    if (updatable) {
      statement = connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, // expect: UnclosedResource
          ResultSet.CONCUR_UPDATABLE);
    } else {
      statement = connection.createStatement(); // expect: UnclosedResource
    }
    return statement.execute("select 1");
  }

  void namesakeResultsInSiblingBranches(Connection connection, boolean b) throws SQLException {
    if (b) {
      java.sql.Statement s = connection.createStatement(); // expect: UnclosedResource
      if (s.execute("x")) {
        ResultSet rs = s.getResultSet();
        rs.close();
      }
    } else {
      java.sql.Statement t = connection.createStatement(); // expect: UnclosedResource
      if (t.execute("x")) {
        ResultSet rs = t.getResultSet();
        rs.close();
      }
    }
  }

  int statementOverwrittenWhileItsResultsAreRead(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement("select 1"); // expect: UnclosedResource
    ResultSet rows = statement.executeQuery(); // the first statement's finding speaks for it
    rows.next();
    statement = connection.prepareStatement("select 2"); // expect: UnclosedResource
    statement.execute();
    return rows.getInt(1);
  }

  boolean resultsOfCallersStatement(PreparedStatement statement) throws SQLException {
    ResultSet rows = statement.executeQuery(); // expect: UnclosedResource
    return rows.next();
  }

  int callOnTwoLines(Connection connection, String column) throws SQLException {
    PreparedStatement statement = connection.prepareStatement( // expect: UnclosedResource
        "select " + column);
    return statement.executeUpdate();
  }

  void closedOneAfterTheOther(File x, File y) throws IOException {
    InputStream a = new FileInputStream(x); // expect: UnclosedResource
    InputStream b = new FileInputStream(y); // expect: UnclosedResource
    try {
      a.read();
      b.read();
    } finally {
      a.close();
      b.close();
    }
  }

  void reassignedInLoop(File[] files) throws IOException {
    for (File file : files) {
      InputStream in = new FileInputStream(file); // expect: UnclosedResource
      in.read();
    }
  }

  String gzipNotClosed(File file) throws IOException {
    InputStreamReader reader = new InputStreamReader( // expect: UnclosedResource
        new GZIPInputStream(new FileInputStream(file)));
    return String.valueOf((char) reader.read());
  }

  void writerWrittenNotClosed(Path path) throws IOException {
    BufferedWriter writer = Files.newBufferedWriter(path); // expect: UnclosedResource
    writer.write("x");
    writer.flush();
  }

  void outputStreamWriterNotClosed(File file) throws IOException {
    OutputStreamWriter writer = new OutputStreamWriter(new FileOutputStream(file), "UTF-8"); // expect: UnclosedResource
    writer.write("x");
  }

  void tryWithResourcesAroundGzipOnly(File file) throws IOException {
    // the gzip constructor reads the header: when it throws, nothing closes the file stream
    try (InputStream in = new GZIPInputStream(new FileInputStream(file))) { // expect: UnclosedResource
      in.read();
    }
  }

  void closeOfAnotherMayThrow(Connection connection, Statement other) throws SQLException {
    Statement statement = null;
    try {
      statement = connection.createStatement(); // expect: UnclosedResource
      statement.execute("x");
    } finally {
      other.close();
      closeSilently(statement);
    }
  }

  int rethrownUnchecked(File file) {
    try {
      FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
      int b = in.read();
      in.close();
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void statementAndItsResultSetsLeakOnceAtTheStatement(Connection connection) throws SQLException {
    Statement statement = connection.createStatement(); // expect: UnclosedResource
    ResultSet rows = statement.executeQuery("x");
    rows.next();
    rows = statement.executeQuery("y");
    rows.next();
  }

  void dropped(String host) throws IOException {
    Socket socket = new Socket(host, 1); // expect: UnclosedResource
    socket = null;
  }

  void breakSkipsClose(File[] files) throws IOException {
    for (File file : files) {
      FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
      if (in.read() < 0) {
        break;
      }
      in.close();
    }
  }

  static void closeSilently(AutoCloseable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (Exception ignored) {
      // nothing to do
    }
  }
}
