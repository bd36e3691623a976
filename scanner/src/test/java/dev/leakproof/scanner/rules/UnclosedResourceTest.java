package dev.leakproof.scanner.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.finding.Finding;
import dev.leakproof.scanner.engine.ScanResult;
import dev.leakproof.scanner.engine.SourceRule;
import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test writes a class whose lines that must be flagged end in {@code // flag}; every other
 * line must stay silent.
 */
class UnclosedResourceTest {
  private static final List<SourceRule> RULE = List.of(new UnclosedResource());

  @TempDir Path dir;

  private List<Finding> findings(String source) {
    SourceTree tree = new SourceTree(dir);
    tree.write("p/T.java", source);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    return result.findings();
  }

  private void assertFlags(String source) {
    List<Integer> expected = SourceTree.markedLines(source);
    List<Integer> actual = findings(source).stream().map(f -> f.region().startLine()).toList();
    assertEquals(expected, actual, source);
  }

  @Test
  void flagsResourcesLeakedOnSomePath() {
    assertFlags("""
        package p;
        import java.io.*;
        import java.net.Socket;
        import java.nio.file.*;
        import java.sql.*;
        class T {
          int never(File f) throws IOException {
            FileInputStream in = new FileInputStream(f); // flag
            return in.read();
          }
          int earlyReturn(File f) throws IOException {
            FileInputStream in = new FileInputStream(f); // flag
            if (in.read() == 0) {
              return 0;
            }
            in.close();
            return 1;
          }
          int normalPathOnly(File f) throws IOException {
            FileReader r = new FileReader(f); // flag
            int c = r.read();
            r.close();
            return c;
          }
          long lines(Path p) throws IOException {
            return Files.lines(p).filter(s -> s.isEmpty()).count(); // flag
          }
          void inline(File f) throws IOException {
            new FileOutputStream(f).write(1); // flag
          }
          String wrapped(File f) throws IOException {
            BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(f))); // flag
            return r.readLine();
          }
          void loop(File[] files) throws IOException {
            for (File f : files) {
              FileInputStream in = new FileInputStream(f); // flag
              if (in.read() < 0) {
                break;
              }
              in.close();
            }
          }
          void jdbc(Connection c) throws SQLException {
            Statement s = c.createStatement(); // flag
            s.execute("x");
          }
          int resultsReadHereOnly(Connection c) throws SQLException {
            Statement s = c.createStatement(); // flag
            s.execute("x");
            java.sql.ResultSet rows = s.getResultSet();
            rows.next();
            int count = rows.getInt(1);
            rows.close();
            return count;
          }
          boolean keysReadHereOnly(Connection c) throws SQLException {
            java.sql.PreparedStatement s = c.prepareStatement("x", 1); // flag
            s.executeUpdate();
            return s.getGeneratedKeys().next();
          }
          void closeOfAnotherMayThrow(Connection c, Statement other) throws SQLException {
            Statement s = null;
            try {
              s = c.createStatement(); // flag
              s.execute("x");
            } finally {
              other.close();
              closeSilently(s);
            }
          }
          static void closeSilently(AutoCloseable c) {}
          int rethrown(File f) {
            try {
              FileInputStream in = new FileInputStream(f); // flag
              int b = in.read();
              in.close();
              return b;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          void statementAndItsResultSetsLeakOnceAtTheStatement(Connection c) throws SQLException {
            Statement s = c.createStatement(); // flag
            java.sql.ResultSet rows = s.executeQuery("x");
            rows.next();
            rows = s.executeQuery("y");
            rows.next();
            c.createStatement().executeQuery("z").next(); // flag
          }
          void resultSetOfACallersStatement(Statement callers) throws SQLException {
            java.sql.ResultSet rows = callers.executeQuery("x"); // flag
            rows.next();
          }
          void namesakeResultSetsInSiblingBranches(Connection c, boolean b) throws SQLException {
            if (b) {
              Statement s = c.createStatement(); // flag
              if (s.execute("x")) { java.sql.ResultSet rs = s.getResultSet(); rs.next(); rs.close(); }
            } else {
              Statement t = c.createStatement(); // flag
              if (t.execute("x")) { java.sql.ResultSet rs = t.getResultSet(); rs.next(); rs.close(); }
            }
          }
          void dropped(File f) throws IOException {
            Socket s = new Socket("h", 1); // flag
            s = null;
          }
        }
        """);
  }

  @Test
  void namesTheCallWhoseExceptionLeaksAResourceClosedOnlyOnTheNormalPath() {
    List<Finding> found = findings("""
        package p;
        import java.io.*;
        class T {
          int normalPathOnly(File f) throws IOException {
            FileReader r = new FileReader(f);
            int c = r.read();
            r.close();
            return c;
          }
          int rethrown(File f) {
            try {
              FileInputStream in = new FileInputStream(f);
              int b = in.read();
              in.close();
              return b;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        }
        """);
    assertEquals(2, found.size());
    assertTrue(found.get(1).message().contains("closed, but not if `read()` throws"),
        found.get(1).message());
    assertTrue(found.get(0).message().contains("closed, but not if `read()` throws"),
        found.get(0).message());
  }

  @Test
  void namesTheCallThatMostPlausiblyThrows() {
    List<Finding> found = findings("""
        package p;
        import java.io.*;
        class T {
          long copied(java.net.URL url) throws IOException {
            InputStream in = new BufferedInputStream(url.openStream());
            long last = System.nanoTime();
            long count = 0;
            while (in.read() >= 0) {
              count++;
            }
            in.close();
            return count + last;
          }
          int entries(File f, String limit) throws IOException {
            java.util.zip.ZipFile zip = new java.util.zip.ZipFile(f);
            int max = Integer.parseInt(limit);
            int size = zip.size();
            zip.close();
            return Math.min(max, size);
          }
        }
        """);
    assertEquals(2, found.size());
    assertTrue(found.get(0).message().contains("closed, but not if `read()` throws"),
        found.get(0).message());
    assertTrue(found.get(1).message().contains("closed, but not if `size()` throws"),
        found.get(1).message());
  }

  @Test
  void staysSilentWhenEveryPathReleasesOrOwnershipMoves() {
    assertFlags("""
        package p;
        import java.io.*;
        import java.nio.file.*;
        import java.util.*;
        import java.util.function.Consumer;
        class T implements Closeable {
          private InputStream field;
          int twr(File f) throws IOException {
            try (FileInputStream in = new FileInputStream(f)) { return in.read(); }
          }
          int java9Twr(File f) throws IOException {
            FileInputStream in = new FileInputStream(f);
            try (in) { return in.read(); }
          }
          int fin(File f) throws IOException {
            FileInputStream in = new FileInputStream(f);
            try { return in.read(); } finally { in.close(); }
          }
          int nullChecked(File f) throws IOException {
            FileInputStream in = null;
            try {
              in = new FileInputStream(f);
              return in.read();
            } finally {
              if (in != null) { in.close(); }
            }
          }
          int quiet(File f) throws IOException {
            FileInputStream in = new FileInputStream(f);
            try { return in.read(); } finally { closeQuietly(in); }
          }
          static void closeQuietly(Closeable c) {}
          InputStream returned(File f) throws IOException {
            InputStream in = new FileInputStream(f);
            return in;
          }
          BufferedReader wrappedReturned(File f) throws IOException {
            return new BufferedReader(new FileReader(f));
          }
          void stored(File f) throws IOException {
            field = new FileInputStream(f);
          }
          void passed(File f, Consumer<InputStream> c) throws IOException {
            InputStream in = new FileInputStream(f);
            c.accept(in);
          }
          void rewrapped(File f) throws IOException {
            InputStream in = new FileInputStream(f);
            try (Reader r = new InputStreamReader(in)) { r.read(); }
          }
          byte[] inMemory(byte[] d) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(b);
            out.write(d);
            new PrintWriter(new StringWriter()).println();
            return b.toByteArray();
          }
          String stdin() {
            Scanner s = new Scanner(System.in);
            Scanner t = new Scanner("a b");
            return s.nextLine() + t.next();
          }
          List<String> readAll(Path p) throws IOException {
            return Files.readAllLines(p);
          }
          long collection(List<String> l) {
            return l.stream().filter(s -> s.isEmpty()).count();
          }
          void closedInLoop(File[] files) throws IOException {
            for (File f : files) {
              FileInputStream in = new FileInputStream(f);
              try { in.read(); } finally { in.close(); }
            }
          }
          void caught(File f) {
            FileInputStream in = null;
            try {
              in = new FileInputStream(f);
              in.read();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } finally {
              if (in != null) { try { in.close(); } catch (IOException ignored) {} }
            }
          }
          void unresolved(File f) throws IOException {
            FileInputStream in = new com.example.Missing(f).current(); // a getter-like name: no convention
          }
          void quietHelpersDoNotThrow(java.sql.Connection c, java.sql.Statement other) throws java.sql.SQLException {
            java.sql.Statement s = null;
            try {
              s = c.createStatement();
              s.execute("x");
            } finally {
              closeSilently(other);
              closeSilently(s);
            }
          }
          static void closeSilently(AutoCloseable c) {}
          java.sql.ResultSet resultKeepsItsStatementOpen(java.sql.Connection c) throws java.sql.SQLException {
            java.sql.Statement s = c.createStatement();
            java.sql.ResultSet r = s.executeQuery("x");
            return r;
          }
          java.sql.ResultSet lastResultsOfAScript(java.sql.Connection c, java.util.List<String> script) throws java.sql.SQLException {
            java.sql.Statement s = c.createStatement();
            java.sql.ResultSet last = null;
            for (String sql : script) {
              if (s.execute(sql)) {
                if (last != null) { last.close(); }
                last = s.getResultSet();
              }
            }
            return last;
          }
          java.sql.ResultSet keysOrNothing(java.sql.Connection c, boolean insert) throws java.sql.SQLException {
            java.sql.PreparedStatement s = c.prepareStatement("x", 1);
            if (!insert) { return null; }
            s.executeUpdate();
            java.sql.ResultSet keys = s.getGeneratedKeys();
            keys.next();
            return null;
          }
          void resultsCollected(java.sql.Connection c, java.util.List<java.sql.ResultSet> out) throws java.sql.SQLException {
            java.sql.Statement s = c.createStatement();
            s.execute("x");
            out.add(s.getResultSet());
          }
          java.sql.ResultSet rowsField;
          void resultsKeptInAField(java.sql.Connection c) throws java.sql.SQLException {
            java.sql.Statement s = c.createStatement();
            s.execute("x");
            java.sql.ResultSet rows = s.getResultSet();
            rowsField = rows;
          }
          void childrenOfATryWithResourcesParent(String url) throws java.sql.SQLException {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.Statement s = c.createStatement()) {
              java.sql.PreparedStatement p = c.prepareStatement("x");
              java.sql.ResultSet r = s.executeQuery("y");
              r.next();
              p.execute();
            }
          }
          java.sql.ResultSet queryTiedToTheStatement(java.sql.Connection c) throws java.sql.SQLException {
            java.sql.PreparedStatement p = c.prepareStatement("x");
            return p.executeQuery();
          }
          IOSupplier opener(Path p) {
            return () -> Files.newInputStream(p);
          }
          interface IOSupplier { InputStream get() throws IOException; }
          int resultSetClosedWithItsStatement(java.sql.Connection c) throws java.sql.SQLException {
            java.sql.Statement s = c.createStatement();
            try {
              java.sql.ResultSet r = s.executeQuery("x");
              s.executeQuery("dropped, closed with s");
              r.next();
              return r.getInt(1);
            } finally {
              s.close();
            }
          }
          void statementsClosedWithTheirConnection(String url) throws java.sql.SQLException {
            java.sql.Connection c = java.sql.DriverManager.getConnection(url);
            try {
              java.sql.PreparedStatement p = c.prepareStatement("x");
              p.execute();
            } finally {
              c.close();
            }
          }
          static abstract class OwnStatement implements java.sql.Statement {
            void run() throws java.sql.SQLException { executeQuery("x"); this.executeQuery("y"); }
          }
          @Override public void close() throws IOException { field.close(); }
        }
        """);
  }

  /**
   * Library types and factories the tables know by fully qualified name, in a file scanned
   * without the library's jars: the imports say which class a name is, so a project class of the
   * same simple name (in another package, not imported) stays unknown.
   */
  @Test
  void librariesKnownByTheirImportsWithoutTheirJars() {
    assertFlags("""
        package p;
        import java.io.File;
        import java.io.InputStream;
        import java.io.IOException;
        import org.apache.avro.file.DataFileReader;
        import org.apache.avro.file.SeekableInput;
        import org.apache.hadoop.conf.Configuration;
        import org.apache.hadoop.hbase.client.Connection;
        import org.apache.hadoop.hbase.client.ConnectionFactory;
        import org.eclipse.jgit.lib.ObjectId;
        import org.eclipse.jgit.lib.ObjectReader;
        import org.eclipse.jgit.lib.Repository;
        import org.eclipse.jgit.revwalk.RevWalk;
        import org.eclipse.jgit.submodule.SubmoduleWalk;
        class T {
          Object commit(Repository repository, ObjectId id) throws IOException {
            RevWalk walk = new RevWalk(repository); // flag
            return walk.parseCommit(id);
          }
          Object commitClosed(Repository repository, ObjectId id) throws IOException {
            try (RevWalk walk = new RevWalk(repository)) {
              return walk.parseCommit(id);
            }
          }
          Object commitOverACallersReader(ObjectReader reader, ObjectId id) throws IOException {
            RevWalk walk = new RevWalk(reader);
            return walk.parseCommit(id);
          }
          boolean submodules(Repository repository) throws IOException {
            SubmoduleWalk walk = SubmoduleWalk.forIndex(repository); // flag
            return walk.next();
          }
          Object regions(Configuration conf) throws IOException {
            Connection connection = ConnectionFactory.createConnection(conf); // flag
            return connection.getAdmin();
          }
          Object schema(File file) throws IOException {
            DataFileReader<Object> reader = new DataFileReader<>(file, null); // flag
            return reader.getSchema();
          }
          Object document(File file) throws IOException {
            org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file); // flag
            return fs.getRoot();
          }
          Object documentInMemory(InputStream in) throws IOException {
            org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(in);
            return fs.getRoot();
          }
          Object schemaOfACallersInput(SeekableInput input) throws IOException {
            DataFileReader<Object> reader = new DataFileReader<>(input, null);
            return reader.getSchema();
          }
        }
        """);
    assertFlags("""
        package p;
        import java.io.IOException;
        class T {
          Object sameSimpleNamesOfAnotherPackage(Repository repository) throws IOException {
            RevWalk walk = new RevWalk(repository);
            return ConnectionFactory.createConnection(walk);
          }
          static final class Repository {}
          static final class RevWalk { RevWalk(Repository r) {} }
          static final class ConnectionFactory { static Object createConnection(Object o) { return o; } }
        }
        """);
  }

  /**
   * Library factories that open by their first argument's type, and instance factories known by
   * the receiver's declared type, in a file scanned without the libraries' jars.
   */
  @Test
  void libraryFactoriesByArgumentAndReceiverTypeWithoutTheirJars() {
    assertFlags("""
        package p;
        import java.io.File;
        import java.io.FileInputStream;
        import java.io.IOException;
        import java.io.InputStream;
        import org.apache.poi.openxml4j.opc.OPCPackage;
        import org.apache.tika.io.TikaInputStream;
        import org.eclipse.jgit.lib.ObjectReader;
        import org.eclipse.jgit.lib.Repository;
        class T {
          int ofFile(String name) throws IOException {
            InputStream stream = TikaInputStream.get(new File(name)); // flag
            return stream.read();
          }
          int ofOpenedStream(File file) throws IOException {
            TikaInputStream stream = TikaInputStream.get(new FileInputStream(file)); // flag
            return stream.read();
          }
          int ofCallersStream(InputStream in) throws IOException {
            TikaInputStream stream = TikaInputStream.get(in);
            return stream.read();
          }
          int ofBytes(byte[] data) throws IOException {
            TikaInputStream stream = TikaInputStream.get(data);
            return stream.read();
          }
          Object parts(String path) throws Exception {
            OPCPackage pkg = OPCPackage.open(path); // flag
            return pkg.getParts();
          }
          Object partsInMemory(InputStream in) throws Exception {
            OPCPackage pkg = OPCPackage.open(in);
            return pkg.getParts();
          }
          boolean has(Repository repository, Object id) throws IOException {
            ObjectReader reader = repository.newObjectReader(); // flag
            return reader.has(id);
          }
          boolean hasClosed(Repository repository, Object id) throws IOException {
            try (ObjectReader reader = repository.newObjectReader()) {
              return reader.has(id);
            }
          }
        }
        """);
  }

  /**
   * A call the solver cannot resolve, named as creating something and stored in a local
   * declared with a JDK resource type, acquires; getters, other verbs, types of the file's own
   * package and in-memory or shared types do not.
   */
  @Test
  void unresolvedCallsNamedAsCreatingAJdkResource() {
    assertFlags("""
        package p;
        import java.io.*;
        import java.net.Socket;
        import java.sql.Connection;
        import org.apache.jena.atlas.io.IO;
        class T {
          int read(String name) throws IOException {
            InputStream in = IO.openFileEx(name); // flag
            return in.read();
          }
          boolean connected(Pool pool) throws Exception {
            Socket socket;
            socket = pool.createSocket(); // flag
            return socket.isConnected();
          }
          boolean valid(Pool pool) throws Exception {
            java.sql.Connection connection = pool.newConnection(); // flag
            return connection.isValid(1);
          }
          int readView(Part part) throws IOException {
            InputStream in = part.getInputStream();
            return in.read();
          }
          int readConverted(Part part) throws IOException {
            InputStream in = part.toStream();
            return in.read();
          }
          void print(Part part) throws IOException {
            PrintStream out = part.openLog();
            out.println();
          }
          int readOwnType(Part part) throws IOException {
            Handle handle = part.openHandle();
            return handle.read();
          }
          int readClosed(String name) throws IOException {
            try (InputStream in = IO.openFileEx(name)) {
              return in.read();
            }
          }
          InputStream handedBack(String name) throws IOException {
            InputStream in = IO.openFileEx(name);
            return in;
          }
        }
        """);
  }

  /** In a library's own sources its classes need no import: the file's package names them. */
  @Test
  void libraryFactoriesOfTheFilesOwnPackage() {
    SourceTree tree = new SourceTree(dir);
    String library = """
        package org.apache.parquet.hadoop;
        import java.io.IOException;
        import org.apache.parquet.io.InputFile;
        class ParquetFileWriter {
          void appendFile(InputFile file) throws IOException {
            ParquetFileReader.open(file).appendTo(this); // flag
          }
        }
        """;
    tree.write("org/apache/parquet/hadoop/ParquetFileWriter.java", library);
    assertEquals(SourceTree.markedLines(library),
        tree.scan(RULE).findings().stream().map(f -> f.region().startLine()).toList(),
        "a factory of the file's own package, no import needed");
  }

  @Test
  void aCallTheSolverCannotResolveIsNoHandOver() {
    // Buffers is not on the class path, so in.read(buffers.next()) does not resolve: the call is
    // still on the stream, which is never closed or handed over.
    assertFlags("""
        package p;
        import com.example.unknown.Buffers;
        import java.io.*;
        class T {
          int first(File f, Buffers buffers) throws IOException {
            FileInputStream in = new FileInputStream(f); // flag
            return in.read(buffers.next());
          }
          int closed(File f, Buffers buffers) throws IOException {
            try (FileInputStream in = new FileInputStream(f)) {
              return in.read(buffers.next());
            }
          }
        }
        """);
  }

  /** Guava's idiom: a Closer made in a catch block and closed in finally; register() cannot throw. */
  @Test
  void guavaCloserRegisterIsNotAThrowingCall() {
    SourceTree tree = new SourceTree(dir);
    tree.write("com/google/common/io/Closer.java", """
        package com.google.common.io;
        public final class Closer implements java.io.Closeable {
          public static Closer create() { return new Closer(); }
          public <C extends java.io.Closeable> C register(C closeable) { return closeable; }
          public RuntimeException rethrow(Throwable e) throws java.io.IOException { return null; }
          @Override public void close() throws java.io.IOException {}
        }
        """);
    String source = """
        package p;
        import com.google.common.io.Closer;
        import java.io.*;
        class T {
          long skip(InputStream in) throws IOException {
            try {
              return in.skip(10);
            } catch (Throwable e) {
              Closer closer = Closer.create();
              closer.register(in);
              try {
                throw closer.rethrow(e);
              } finally {
                closer.close();
              }
            }
          }
          long skipWithOwnCloser(InputStream in) throws IOException {
            try {
              return in.skip(10);
            } catch (Throwable e) {
              p.OwnCloser closer = p.OwnCloser.create(); // flag
              closer.register(in);
              try {
                throw closer.rethrow(e);
              } finally {
                closer.close();
              }
            }
          }
        }
        """;
    tree.write("p/T.java", source);
    tree.write("p/OwnCloser.java", """
        package p;
        public final class OwnCloser implements java.io.Closeable {
          public static OwnCloser create() { return new OwnCloser(); }
          public <C extends java.io.Closeable> C register(C c) throws java.io.IOException { return c; }
          public RuntimeException rethrow(Throwable e) { return null; }
          @Override public void close() {}
        }
        """);
    ScanResult result = tree.scan(RULE);
    assertEquals(List.of(), result.notifications());
    assertEquals(List.of("p/T.java:" + SourceTree.markedLines(source).get(0)),
        result.findings().stream()
            .map(f -> f.region().path() + ":" + f.region().startLine()).toList());
  }
}
