package cases.resource;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Silent: every resource is closed on every path (try-with-resources in every shape, a finally,
 * a wrapper's close, every branch) or handed to an owner (returned,
 * stored in a field, a collection or an array, passed to a consumer, captured by a lambda); JDBC
 * children closed with their parent or handed on with it; in-memory streams and standard input.
 */
class ReleasedOnEveryPathOrHandedOver implements Closeable {
  private InputStream field;
  private static OutputStream shared;
  private final List<Closeable> owned = new ArrayList<>();

  String tryWithResources(Path path) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(path)) {
      return reader.readLine();
    }
  }

  void tryWithResourcesMultiple(File from, File to) throws IOException {
    try (InputStream in = new FileInputStream(from);
        OutputStream out = new FileOutputStream(to);
        BufferedReader reader = new BufferedReader(new FileReader(from))) {
      int b;
      while ((b = in.read()) != -1) {
        out.write(b);
      }
      reader.readLine();
    }
  }

  int tryWithResourcesNested(File a, File b) throws IOException {
    try (InputStream first = new FileInputStream(a)) {
      try (InputStream second = new FileInputStream(b)) {
        return first.read() + second.read();
      } catch (IOException e) {
        return -1;
      }
    } finally {
      System.out.println("done");
    }
  }

  int tryWithResourcesAndCatch(File file) {
    try (InputStream in = new FileInputStream(file)) {
      return in.read();
    } catch (IOException e) {
      return -1;
    }
  }

  long tryWithResourcesStream(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  int tryWithResourcesEarlyExits(File file, int limit) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      int total = 0;
      for (int i = 0; i < limit; i++) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        if (b == 0) {
          continue;
        }
        if (b == 255) {
          return -1;
        }
        if (b == 254) {
          throw new IllegalStateException("bad byte");
        }
        total += b;
      }
      return total;
    }
  }

  void tryWithResourcesGzip(File file) throws IOException {
    // the file stream its own resource: closed too when the gzip header cannot be read
    try (FileInputStream raw = new FileInputStream(file);
        InputStream in = new GZIPInputStream(raw)) {
      in.read();
    }
  }

  int closedInFinally(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    try {
      if (in.read() == 0) {
        return 0;
      }
      return in.read();
    } finally {
      in.close();
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }

  void closedRightAway(File file) throws IOException {
    FileOutputStream out = new FileOutputStream(file);
    out.close();
  }

  InputStream returned(File file) throws IOException {
    return new FileInputStream(file);
  }

  BufferedReader returnedWrapped(File file) throws IOException {
    FileReader reader = new FileReader(file);
    return new BufferedReader(reader);
  }

  InputStream returnedAfterUse(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      in.skip(4);
    } catch (IOException e) {
      in.close(); // skip() failing before the hand-over would leak it otherwise
      throw e;
    }
    return in;
  }

  void storedInField(File file) throws IOException {
    field = new FileInputStream(file);
  }

  void storedInStaticField(File file) throws IOException {
    shared = new FileOutputStream(file);
  }

  void storedInCollection(File file) throws IOException {
    owned.add(new FileInputStream(file));
  }

  void storedInArray(File file, InputStream[] slots) throws IOException {
    slots[0] = new FileInputStream(file);
  }

  void passedAway(File file, Consumer<InputStream> owner) throws IOException {
    InputStream in = new FileInputStream(file);
    owner.accept(in);
  }

  Runnable capturedByLambda(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    return () -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  void closedThroughWrapper(File file) throws IOException {
    FileInputStream raw = new FileInputStream(file);
    BufferedReader reader = new BufferedReader(new InputStreamReader(raw));
    try {
      reader.readLine();
    } finally {
      reader.close();
    }
  }

  void acceptedAndClosed(ServerSocket server) throws IOException {
    try (Socket client = server.accept()) {
      client.getOutputStream().write(1);
    }
  }

  int jdbcInOneHeader(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement statement = connection.prepareStatement("select 1");
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  int resultsClosedWithTheirStatement(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select 1")) {
      ResultSet rows = statement.executeQuery();
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  ResultSet statementHandedOnWithItsResults(Connection connection) throws SQLException {
    // The caller closes the statement through rows.getStatement().
    Statement statement = connection.createStatement();
    return statement.executeQuery("select 1");
  }

  ResultSet keysOrNothing(Connection connection, boolean insert) throws SQLException {
    PreparedStatement statement = connection.prepareStatement("insert", 1);
    if (!insert) {
      return null; // the declared result type says the statement goes to the caller
    }
    statement.executeUpdate();
    return statement.getGeneratedKeys();
  }

  void resultsCollected(Connection connection, List<ResultSet> results) throws SQLException {
    Statement statement = connection.createStatement();
    statement.execute("select 1");
    results.add(statement.getResultSet());
  }

  void resultsKeptInAField(Connection connection) throws SQLException {
    Statement statement = connection.createStatement();
    statement.execute("select 1");
    ResultSet rows = statement.getResultSet();
    this.rows = rows;
  }

  private ResultSet rows;

  Object loggedThenClosedInCatch(String name) {
    RandomAccessFile file = null;
    try {
      file = new RandomAccessFile(name, "rw");
      file.setLength(16);
      return keep(file);
    } catch (IOException e) {
      System.err.println("cannot map " + name + ": " + e);
      closeQuietly(file);
    }
    return null;
  }

  private static Object keep(RandomAccessFile file) {
    return file;
  }

  byte[] inMemory(int id) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(id);
    StringWriter text = new StringWriter();
    new PrintWriter(text).print(id);
    return bytes.toByteArray();
  }

  String standardInput() {
    return new Scanner(System.in).nextLine();
  }

  List<String> readAll(Path path) throws IOException {
    return Files.readAllLines(path);
  }

  void closedOnEveryBranch(File file, boolean flag) throws IOException {
    FileInputStream in = new FileInputStream(file);
    if (flag) {
      in.close();
    } else {
      in.close();
    }
  }

  String storedOnOnePathOnly(Connection connection, String sql) throws SQLException {
    Statement statement = connection.createStatement();
    if (sql.isEmpty()) {
      return "nothing"; // leaks, but the method hands the statement over elsewhere: silent
    }
    this.executing = statement;
    statement.execute(sql);
    return "ok";
  }

  private Statement executing;

  int resultsClosedWithStatementInFinally(Connection connection) throws SQLException {
    Statement statement = connection.createStatement();
    try {
      ResultSet rows = statement.executeQuery("select 1");
      rows.next();
      return rows.getInt(1);
    } finally {
      statement.close();
    }
  }

  void synchronizedUse(File file) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      synchronized (this) {
        in.read();
      }
    }
  }

  void rewrappedInTryWithResources(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    try (Reader reader = new InputStreamReader(in)) {
      reader.read();
    }
  }

  String scannerOverAString() {
    return new Scanner("a b").next();
  }

  long collectionStream(List<String> lines) {
    return lines.stream().filter(s -> s.isEmpty()).count();
  }

  void closedInLoop(File[] files) throws IOException {
    for (File file : files) {
      FileInputStream in = new FileInputStream(file);
      try {
        in.read();
      } finally {
        in.close();
      }
    }
  }

  void caughtAndClosedQuietlyInFinally(File file) {
    FileInputStream in = null;
    try {
      in = new FileInputStream(file);
      in.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (in != null) {
        try {
          in.close();
        } catch (IOException ignored) {
          // nothing to do
        }
      }
    }
  }

  void childrenOfATryWithResourcesParent(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      PreparedStatement prepared = connection.prepareStatement("x");
      ResultSet rows = statement.executeQuery("y");
      rows.next();
      prepared.execute();
    }
  }

  ResultSet queryTiedToTheStatement(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement("x");
    return statement.executeQuery();
  }

  Supplier<InputStream> lambdaReturns(final Path path) {
    return () -> {
      try {
        return Files.newInputStream(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  interface Opener {
    InputStream open() throws IOException;
  }

  Opener opener(final Path path) {
    return () -> Files.newInputStream(path);
  }

  int resultSetClosedWithItsStatement(Connection connection) throws SQLException {
    Statement statement = connection.createStatement();
    try {
      ResultSet rows = statement.executeQuery("x");
      statement.executeQuery("dropped, closed with the statement");
      rows.next();
      return rows.getInt(1);
    } finally {
      statement.close();
    }
  }

  void statementsClosedWithTheirConnection(String url) throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    try {
      PreparedStatement statement = connection.prepareStatement("x");
      statement.execute();
    } finally {
      connection.close();
    }
  }

  void quietHelpersDoNotThrow(Connection connection, Statement other) throws SQLException {
    Statement statement = null;
    try {
      statement = connection.createStatement();
      statement.execute("x");
    } finally {
      closeQuietly(other);
      closeQuietly(statement);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (Exception ignored) {
      // nothing to do
    }
  }

  abstract static class OwnStatement implements Statement {
    void run() throws SQLException {
      super.toString();
      executeQuery("x");
      this.executeQuery("y");
    }
  }

  @Override
  public void close() throws IOException {
    field.close();
  }
}

/** A wrapper of our own owns the stream handed to its super constructor. */
class OwnFileStreamOfReleasedOnEveryPath extends FileInputStream {
  OwnFileStreamOfReleasedOnEveryPath(File file) throws IOException {
    super(file);
  }
}
