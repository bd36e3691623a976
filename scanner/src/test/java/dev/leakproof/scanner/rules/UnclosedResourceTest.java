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
 * What only the scanner decides: library types and factories known from imports without their
 * jars, and calls the symbol solver cannot resolve. What the rule reports is the corpus's
 * {@code cases/resource} family, run by {@code ScannerConformanceTest}. Each test writes a class
 * whose lines that must be flagged end in {@code // flag}; every other line must stay silent.
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

  /**
   * Helpers that close their argument under a common name (Ant's {@code FileUtils.close}, Hadoop's
   * {@code IOUtils.cleanup}, Spring's {@code FileCopyUtils.copy}), known by the file's imports
   * without the libraries' jars; Spring's {@code StreamUtils.copy} leaves the stream open.
   */
  @Test
  void closingHelpersOfKnownClassesCloseWithoutTheirJars() {
    assertFlags("""
        package p;
        import java.io.*;
        import org.apache.tools.ant.util.FileUtils;
        import static org.apache.hadoop.io.IOUtils.closeStream;
        class T {
          int antClose(File f) throws IOException {
            InputStream in = new FileInputStream(f);
            try { return in.read(); } finally { FileUtils.close(in); }
          }
          int hadoopStaticImport(File f) throws IOException {
            InputStream in = new FileInputStream(f);
            try { return in.read(); } finally { closeStream(in); }
          }
          int hadoopCleanupQualified(File f) throws IOException {
            InputStream in = new FileInputStream(f);
            try { return in.read(); } finally { org.apache.hadoop.io.IOUtils.cleanup(null, in); }
          }
        }
        """);
    assertFlags("""
        package p;
        import java.io.*;
        import org.springframework.util.FileCopyUtils;
        import org.springframework.util.StreamUtils;
        class T {
          void copyLeavesItOpen(File f, OutputStream out) throws IOException {
            InputStream in = new FileInputStream(f); // flag
            StreamUtils.copy(in, out);
          }
          void copyClosesIt(File f, OutputStream out) throws IOException {
            InputStream in = new FileInputStream(f);
            FileCopyUtils.copy(in, out);
          }
        }
        """);
  }

  @Test
  void staysSilentOnAnUnresolvedGetterLikeCall() {
    assertFlags("""
        package p;
        import java.io.*;
        class T {
          void unresolved(File f) throws IOException {
            FileInputStream in = new com.example.Missing(f).current(); // a getter-like name: no convention
          }
        }
        """);
  }

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
        import org.eclipse.jgit.treewalk.TreeWalk;
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
          boolean treeOverACallersReader(Repository repository, ObjectReader reader) throws IOException {
            TreeWalk walk = new TreeWalk(repository, reader);
            return walk.next();
          }
          boolean treeOfTheRepository(Repository repository) throws IOException {
            TreeWalk walk = new TreeWalk(repository); // flag
            return walk.next();
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
   * web3j's {@code HttpService}: OkHttp's {@code client.newCall(request).execute()} in a file
   * scanned without OkHttp's jar. The client's declared type, as the imports qualify it, and the
   * table of library result types ({@code LibraryResultTypes}) say {@code newCall} returns an
   * {@code okhttp3.Call}, whose {@code execute()} opens the response. The same chain on a client
   * of another library (not imported from {@code okhttp3}) and a closed response stay silent.
   */
  @Test
  void okHttpsChainedNewCallIsTypedWithoutTheJar() {
    assertFlags("""
        package p;
        import java.io.IOException;
        import okhttp3.OkHttpClient;
        import okhttp3.Request;
        import okhttp3.Response;
        class T {
          private OkHttpClient httpClient;
          private other.Client otherClient;
          int status(Request request) throws IOException {
            okhttp3.Response response = httpClient.newCall(request).execute(); // flag
            return response.code();
          }
          int closed(Request request) throws IOException {
            try (Response response = httpClient.newCall(request).execute()) {
              return response.code();
            }
          }
          int other(Request request) throws IOException {
            Response response = otherClient.newCall(request).execute();
            return response.code();
          }
        }
        """);
  }

  /**
   * The libraries' instance factories (Jedis, Hibernate, JPA, OkHttp, Android) in a file scanned
   * without their jars: the receiver's declared type, as the imports qualify it, names the
   * factory; the local's declared type names the resource and picks the words (a JPA 2
   * {@code EntityManager} is not {@code AutoCloseable}). A current session, a same-named call on
   * another receiver, a count no overload takes and HttpClient's {@code execute(request,
   * handler)} (stored as the handler's value, not a response) stay silent.
   */
  @Test
  void libraryInstanceFactoriesWithoutTheirJarsNameTheDeclaredType() {
    String source = """
        package p;
        import android.database.Cursor;
        import android.database.sqlite.SQLiteDatabase;
        import javax.persistence.EntityManager;
        import javax.persistence.EntityManagerFactory;
        import org.apache.http.client.methods.CloseableHttpResponse;
        import org.apache.http.impl.client.CloseableHttpClient;
        import org.hibernate.Session;
        import org.hibernate.SessionFactory;
        import redis.clients.jedis.Jedis;
        import redis.clients.jedis.JedisPool;
        class T {
          String jedis(JedisPool pool, String key) {
            Jedis jedis = pool.getResource(); // flag
            return jedis.get(key);
          }
          Object manager(EntityManagerFactory factory, Object id) {
            EntityManager manager = factory.createEntityManager(); // flag
            return manager.find(Object.class, id);
          }
          boolean cursor(SQLiteDatabase database) {
            Cursor cursor = database.rawQuery("select 1", null); // flag
            return cursor.moveToFirst();
          }
          Object current(SessionFactory sessions, Object id) {
            Session session = sessions.getCurrentSession();
            return session.get("Order", id);
          }
          Object otherReceiver(java.util.function.Supplier<Jedis> pool, String key) {
            Jedis jedis = pool.get();
            return jedis.get(key);
          }
          boolean noSuchOverload(SQLiteDatabase database) {
            Cursor cursor = database.rawQuery("select 1");
            return cursor.moveToFirst();
          }
          Object response(CloseableHttpClient client, Object request) throws Exception {
            CloseableHttpResponse response = client.execute(request); // flag
            return response.getEntity();
          }
          String handled(CloseableHttpClient client, Object request, Object handler)
              throws Exception {
            String body = client.execute(request, handler);
            return body;
          }
        }
        """;
    assertFlags(source);
    List<String> sentences = findings(source).stream().map(Finding::message).toList();
    assertTrue(sentences.get(0).startsWith("The `Jedis` in `jedis` is not closed on every path:"
        + " use try-with-resources"), sentences.get(0));
    assertTrue(sentences.get(1).startsWith("The `EntityManager` in `manager` is not closed on"
        + " every path: call close() in a finally block"), sentences.get(1));
    assertTrue(sentences.get(2).startsWith("The `Cursor` in `cursor`"), sentences.get(2));
    assertTrue(sentences.get(3).startsWith("The `CloseableHttpResponse` in `response`"),
        sentences.get(3));
  }

  /**
   * CXF's {@code getUserResources} (real-leak cxf-b5) scanned without CXF's jars: the call of
   * the class's own overload does not resolve (another overload names {@code Bus}), and of the
   * same-name one-argument methods only the one whose parameter can hold an {@code InputStream}
   * is read, not the {@code String} one that returns its argument; that one reads the stream into
   * a {@code Document}, directly or through an inline reader given at once to the call.
   */
  @Test
  void ownOverloadsReadOnlyWhereTheParameterCanHoldTheArgument() {
    String source = """
        package p;
        import java.io.FileInputStream;
        import java.io.InputStream;
        import java.io.InputStreamReader;
        import java.io.StringReader;
        import java.nio.charset.StandardCharsets;
        import org.apache.cxf.Bus;
        import org.apache.cxf.staxutils.StaxUtils;
        import org.w3c.dom.Document;
        class T {
          static Object users(String loc, Bus bus) throws Exception {
            InputStream is = new FileInputStream(loc); // flag
            return users(is);
          }
          static Object users(String loc) {
            return new StringReader(loc);
          }
          static Object users(InputStream is) throws Exception {
            Document doc = StaxUtils.read(READ);
            return doc.getDocumentElement();
          }
        }
        """;
    assertFlags(source.replace("READ", "is"));
    assertFlags(source.replace("READ", "new InputStreamReader(is, StandardCharsets.UTF_8)"));
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

  /**
   * A local whose type no engine can resolve ({@code Gadget} is on no class path and in no
   * scanned file) is a resource once the method itself closes it: the code says it holds
   * something, so a path that skips the close is reported. One the method never closes stays
   * silent: its type is unknown and nothing says it holds anything.
   */
  @Test
  void anUnresolvableTypeIsAResourceOnlyWhenTheMethodClosesIt() {
    String source = """
        package p;
        import com.example.unknown.Gadget;
        class T {
          int closedOnTheNormalPathOnly(String name) throws Exception {
            Gadget gadget = Gadget.make(name); // flag
            int first = gadget.read();
            gadget.close();
            return first;
          }
          int neverClosed(String name) throws Exception {
            Gadget gadget = Gadget.make(name);
            return gadget.read();
          }
        }
        """;
    assertFlags(source);
    String message = findings(source).get(0).message();
    assertTrue(message.contains("is closed, but not if `read()` throws"), message);
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

  /**
   * JGit's {@code new FileWriter(getFile(fh.getNewPath(), true))} without JGit's jar: the call of
   * the file's own {@code getFile} does not resolve ({@code FileHeader} is unknown), so the
   * declarations of that name and arity say its type: a {@code File}, not the {@code
   * FileDescriptor} that {@code FileWriter} would adopt without owning. Declarations that disagree
   * (a {@code File} and a {@code FileDescriptor} overload) leave it unknown: silent. (A wrapper that also opens a file, {@code
   * new PrintWriter(getFile(..))}, is judged by its argument as a stream first, and stays silent.)
   */
  @Test
  void argumentOfTheFilesOwnMethodTypedByItsDeclaration() {
    assertFlags("""
        package p;
        import java.io.*;
        import org.eclipse.jgit.patch.FileHeader;
        class T {
          void copy(FileHeader fh, String text) throws IOException {
            FileWriter fw = new FileWriter(getFile(fh.getNewPath(), true)); // flag
            fw.write(text);
            fw.close();
          }
          void copyOverloaded(FileHeader fh, String text) throws IOException {
            FileWriter out = new FileWriter(target(fh.getNewPath())); // flag
            out.write(text);
            out.close();
          }
          void adopt(FileHeader fh, String text) throws IOException {
            FileWriter fw = new FileWriter(descriptor(fh.getNewPath(), true));
            fw.write(text);
            fw.close();
          }
          void ambiguous(FileHeader fh, String text) throws IOException {
            FileWriter fw = new FileWriter(either(fh.getNewPath()));
            fw.write(text);
            fw.close();
          }
          private File getFile(String path, boolean create) {
            return new File(path);
          }
          private File target(String path) {
            return new File(path);
          }
          private File target(File dir) {
            return dir;
          }
          private FileDescriptor descriptor(String path, boolean create) {
            return FileDescriptor.out;
          }
          private File either(String path) {
            return new File(path);
          }
          private FileDescriptor either(int fd) {
            return FileDescriptor.out;
          }
        }
        """);
  }
}
