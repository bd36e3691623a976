package dev.leakproof.checks.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which JDK APIs open an operating-system resource (a file descriptor, a socket, a database
 * session), which {@code AutoCloseable}s hold none, which types wrap another resource and take
 * ownership of it, and which calls release one. The knowledge behind {@code UnclosedResource},
 * shared by the source engines (Error Prone, the JavaParser scanner) and the bytecode engine
 * (SpotBugs).
 *
 * <p>Everything is string-based so any engine can ask: type names are fully qualified binary
 * names; dotted ({@code java.io.FileInputStream}) and internal ({@code java/io/FileInputStream})
 * forms are both accepted. Parameter types are erased: {@code java.lang.String}, {@code int},
 * {@code byte[]}.
 *
 * <p>How an engine decides that an expression acquires a resource:
 *
 * <ol>
 *   <li>{@code new T(args)}: ask {@link #constructor(String, List)} (or {@link
 *       #constructorFromDescriptor(String, String)} on bytecode). {@link ConstructorKind#OPENS}
 *       acquires; {@link ConstructorKind#WRAPS} acquires exactly when its first argument
 *       acquires, and is then the <em>same</em> resource (one finding, at the outermost {@code
 *       new}); {@link ConstructorKind#HOLDS_NOTHING} and {@link ConstructorKind#NOT_KNOWN}
 *       acquire nothing.
 *   <li>{@code receiver.m(args)}: {@link #acquires(String, String)} with the class that declares
 *       {@code m}, or the receiver's static type (bytecode) — engines that know the supertypes
 *       should also ask for each supertype, so a {@code HikariDataSource.getConnection()} is found
 *       through {@code javax.sql.DataSource}. {@link #wrapsViaFactory(String, String)} marks
 *       factories that wrap their first argument ({@code Channels.newInputStream(channel)}).
 *   <li>Anything else acquires nothing: views of a resource owned elsewhere ({@code
 *       socket.getInputStream()}, {@code System.in}) are deliberately absent from every list.
 * </ol>
 *
 * <p>A resource is released by {@link #isCloseMethod(String) close()} on it, by a release method
 * of its type ({@link ReleaseMethods}: {@code revWalk.dispose()}, {@code deflater.end()}), or by
 * passing it to a helper named like {@link #isQuietCloseHelper(String) closeQuietly} or a known
 * class's closing helper ({@link #closesArguments}).
 */
public final class ResourceApis {

  /** What {@code new T(...)} means for resources. */
  public enum ConstructorKind {
    /** Opens a new OS resource that the caller must close. */
    OPENS,
    /**
     * Takes ownership of its first argument: closing the new object closes the argument. It holds
     * a resource exactly when that argument does.
     */
    WRAPS,
    /** Holds no OS resource ({@code ByteArrayInputStream}, {@code Scanner(String)}, {@code Formatter()}). */
    HOLDS_NOTHING,
    /** Not a type (or constructor) this class knows: acquire nothing, stay silent. */
    NOT_KNOWN
  }

  /** Types whose every instance holds an OS resource, whoever created it. */
  private static final Set<String> RESOURCE_TYPES =
      Set.of(
          "java.io.FileInputStream",
          "java.io.FileOutputStream",
          "java.io.FileReader",
          "java.io.FileWriter",
          "java.io.RandomAccessFile",
          "java.nio.channels.FileChannel",
          "java.nio.channels.SocketChannel",
          "java.nio.channels.ServerSocketChannel",
          "java.nio.channels.DatagramChannel",
          "java.nio.channels.AsynchronousFileChannel",
          "java.nio.channels.AsynchronousSocketChannel",
          "java.nio.channels.AsynchronousServerSocketChannel",
          "java.nio.channels.Selector",
          "java.nio.file.DirectoryStream",
          "java.nio.file.WatchService",
          "java.net.Socket",
          "java.net.ServerSocket",
          "java.net.DatagramSocket",
          "java.net.MulticastSocket",
          "java.sql.Connection",
          "java.sql.Statement",
          "java.sql.PreparedStatement",
          "java.sql.CallableStatement",
          "java.sql.ResultSet",
          "java.util.zip.ZipFile",
          "java.util.jar.JarFile");

  /**
   * Library types whose constructor opens a resource the caller must close, with the first
   * parameter types that make it open (the others borrow or hold memory only). Matched by fully
   * qualified name, so a project's own class of the same simple name is not taken for them. Read
   * from each library's sources:
   *
   * <ul>
   *   <li>JGit {@code RevWalk(Repository)}, {@code TreeWalk(Repository)}: "An ObjectReader will be
   *       created by the walker, and will be closed when the walker is closed"; given an {@code
   *       ObjectReader} they borrow it ("The reader is not closed when the walker is closed").
   *   <li>Avro {@code DataFileReader(File, DatumReader)}: {@code this(new SeekableFileInput(file),
   *       ...)}, a file stream the reader closes; over a {@code SeekableInput} it reads the
   *       caller's input.
   *   <li>Apache POI {@code POIFSFileSystem(File)}, {@code NPOIFSFileSystem(File)}: "you will need
   *       to call close() when you're done to have the underlying file closed, as the file is kept
   *       open during normal operation"; over an {@code InputStream} they read it into memory.
   * </ul>
   */
  private static final Map<String, Set<String>> LIBRARY_OPENING_CONSTRUCTORS =
      Map.of(
          "org.eclipse.jgit.revwalk.RevWalk", Set.of("org.eclipse.jgit.lib.Repository"),
          "org.eclipse.jgit.revwalk.ObjectWalk", Set.of("org.eclipse.jgit.lib.Repository"),
          "org.eclipse.jgit.treewalk.TreeWalk", Set.of("org.eclipse.jgit.lib.Repository"),
          "org.apache.avro.file.DataFileReader", Set.of("java.io.File"),
          "org.apache.poi.poifs.filesystem.POIFSFileSystem", Set.of("java.io.File"),
          "org.apache.poi.poifs.filesystem.NPOIFSFileSystem", Set.of("java.io.File"));

  /**
   * Parameter types that make a constructor of {@link #LIBRARY_OPENING_CONSTRUCTORS} borrow, in
   * whatever position: JGit's {@code TreeWalk(Repository, ObjectReader)} reads through the
   * caller's reader and does not close it (its {@code close()} closes only a reader it created).
   */
  private static final Set<String> LIBRARY_BORROWED_PARAMETERS =
      Set.of("org.eclipse.jgit.lib.ObjectReader");

  /**
   * {@code AutoCloseable}s that hold only heap memory (or nothing): {@code close()} releases
   * nothing, so leaving them open is no leak.
   */
  private static final Set<String> NON_RESOURCE_TYPES =
      Set.of(
          "java.io.ByteArrayInputStream",
          "java.io.ByteArrayOutputStream",
          "java.io.StringReader",
          "java.io.StringWriter",
          "java.io.CharArrayReader",
          "java.io.CharArrayWriter",
          "java.io.StringBufferInputStream",
          "java.util.stream.BaseStream",
          "java.util.stream.Stream",
          "java.util.stream.IntStream",
          "java.util.stream.LongStream",
          "java.util.stream.DoubleStream",
          // StAX readers and writers: "This method does not close the underlying input source" /
          // "This must not close the underlying output stream" (javax.xml.stream XMLStreamReader,
          // XMLEventReader and XMLStreamWriter close()): the stream under them is the resource.
          "javax.xml.stream.XMLStreamReader",
          "javax.xml.stream.XMLEventReader",
          "javax.xml.stream.XMLStreamWriter",
          // Jackson's views of a ByteBuffer (jackson-databind util.ByteBufferBackedInputStream and
          // ByteBufferBackedOutputStream: read and write the buffer, close() is InputStream's no-op).
          "com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream",
          "com.fasterxml.jackson.databind.util.ByteBufferBackedOutputStream",
          // JGit's util.io.MessageWriter: a Writer over a ByteArrayOutputStream its constructor
          // makes; close() "Do nothing, we are buffered with no resources" (JGit 5.13 source).
          "org.eclipse.jgit.util.io.MessageWriter",
          // Ant's LogOutputStream: a LineOrientedOutputStream, which buffers the current line in a
          // ByteArrayOutputStream and hands each line to the task's log; close() logs what is
          // left and calls OutputStream's no-op close() (Ant 1.10.15 source).
          "org.apache.tools.ant.taskdefs.LogOutputStream");

  /**
   * Types whose stream-like constructors take ownership of their first argument. Some also open
   * a file themselves when given a file name, a {@code File} or a {@code Path} (see {@link
   * #FILE_OPENING_WRAPPERS}).
   */
  private static final Set<String> WRAPPER_TYPES =
      Set.of(
          "java.io.BufferedInputStream",
          "java.io.BufferedOutputStream",
          "java.io.BufferedReader",
          "java.io.BufferedWriter",
          "java.io.LineNumberReader",
          "java.io.PushbackInputStream",
          "java.io.PushbackReader",
          "java.io.FilterInputStream",
          "java.io.FilterOutputStream",
          "java.io.FilterReader",
          "java.io.FilterWriter",
          "java.io.InputStreamReader",
          "java.io.OutputStreamWriter",
          "java.io.DataInputStream",
          "java.io.DataOutputStream",
          "java.io.ObjectInputStream",
          "java.io.ObjectOutputStream",
          "java.io.PrintWriter",
          "java.io.PrintStream",
          "java.util.zip.GZIPInputStream",
          "java.util.zip.GZIPOutputStream",
          "java.util.zip.ZipInputStream",
          "java.util.zip.ZipOutputStream",
          "java.util.zip.InflaterInputStream",
          "java.util.zip.DeflaterOutputStream",
          "java.util.zip.CheckedInputStream",
          "java.util.zip.CheckedOutputStream",
          "java.util.jar.JarInputStream",
          "java.util.jar.JarOutputStream",
          "java.security.DigestInputStream",
          "java.security.DigestOutputStream",
          "javax.crypto.CipherInputStream",
          "javax.crypto.CipherOutputStream",
          "java.util.Scanner",
          "java.util.Formatter");

  /**
   * Wrapper types that open a file themselves when their first parameter names one. For {@code
   * Scanner} a {@code String} is the text to scan, not a file name, so it is absent here.
   */
  private static final Map<String, Set<String>> FILE_OPENING_WRAPPERS =
      Map.of(
          "java.io.PrintWriter", Set.of("java.lang.String", "java.io.File"),
          "java.io.PrintStream", Set.of("java.lang.String", "java.io.File"),
          "java.util.Formatter", Set.of("java.lang.String", "java.io.File"),
          "java.util.Scanner", Set.of("java.io.File", "java.nio.file.Path"));

  /**
   * JDK types a value of which, handed out by a call that says it creates it ({@code
   * ResourceFactories#acquiresByConvention}), is a resource the caller must close: the stream,
   * reader, writer and channel abstractions and every {@link #RESOURCE_TYPES resource} or {@link
   * #WRAPPER_TYPES wrapper} type, except {@code Scanner} and {@code Formatter} (mostly over
   * strings) and {@code PrintStream} ({@code System.out} is one).
   */
  private static final Set<String> OWNED_RESULT_TYPES = java.util.stream.Stream.of(
          RESOURCE_TYPES.stream(),
          WRAPPER_TYPES.stream().filter(t -> !Set.of("java.util.Scanner", "java.util.Formatter",
              "java.io.PrintStream").contains(t)),
          java.util.stream.Stream.of("java.io.InputStream", "java.io.OutputStream",
              "java.io.Reader", "java.io.Writer", "java.nio.channels.ByteChannel",
              "java.nio.channels.ReadableByteChannel", "java.nio.channels.WritableByteChannel",
              "java.nio.channels.SeekableByteChannel", "java.nio.channels.NetworkChannel"))
      .flatMap(s -> s)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> OWNED_RESULT_SIMPLE_NAMES = OWNED_RESULT_TYPES.stream()
      .map(name -> name.substring(name.lastIndexOf('.') + 1))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** First-parameter types through which a wrapper takes ownership of another closeable. */
  private static final Set<String> WRAPPABLE_PARAMETER_TYPES =
      Set.of(
          "java.io.InputStream",
          "java.io.OutputStream",
          "java.io.Reader",
          "java.io.Writer",
          "java.io.PrintStream",
          "java.io.FilterInputStream",
          "java.lang.Readable",
          "java.lang.Appendable",
          "java.nio.channels.ReadableByteChannel",
          "java.nio.channels.WritableByteChannel");

  /** {@code DatabaseMetaData} methods that return a {@code ResultSet} (JDBC 4.3). */
  private static final Set<String> DATABASE_METADATA_QUERIES =
      Set.of("getAttributes", "getBestRowIdentifier", "getCatalogs", "getClientInfoProperties",
          "getColumnPrivileges", "getColumns", "getCrossReference", "getExportedKeys",
          "getFunctionColumns", "getFunctions", "getImportedKeys", "getIndexInfo",
          "getPrimaryKeys", "getProcedureColumns", "getProcedures", "getPseudoColumns",
          "getSchemas", "getSuperTables", "getSuperTypes", "getTablePrivileges", "getTableTypes",
          "getTables", "getTypeInfo", "getUDTs", "getVersionColumns");

  /** Kafka Streams session-store queries, each returning an iterator to close. */
  private static final Set<String> KAFKA_SESSION_QUERIES =
      Set.of("findSessions", "backwardFindSessions", "fetch", "backwardFetch");

  /** Factory methods, by declaring class, that return a newly opened resource. */
  private static final Map<String, Set<String>> ACQUIRING_FACTORIES =
      Map.ofEntries(
          Map.entry(
              "java.nio.file.Files",
              Set.of(
                  "newInputStream",
                  "newOutputStream",
                  "newBufferedReader",
                  "newBufferedWriter",
                  "newByteChannel",
                  "newDirectoryStream",
                  "lines",
                  "list",
                  "walk",
                  "find")),
          Map.entry("java.nio.file.FileSystem", Set.of("newWatchService")),
          Map.entry("java.nio.channels.FileChannel", Set.of("open")),
          Map.entry("java.nio.channels.SocketChannel", Set.of("open")),
          Map.entry("java.nio.channels.ServerSocketChannel", Set.of("open")),
          Map.entry("java.nio.channels.DatagramChannel", Set.of("open")),
          Map.entry("java.nio.channels.AsynchronousFileChannel", Set.of("open")),
          Map.entry("java.nio.channels.AsynchronousSocketChannel", Set.of("open")),
          Map.entry("java.nio.channels.AsynchronousServerSocketChannel", Set.of("open")),
          Map.entry("java.nio.channels.Selector", Set.of("open")),
          // What the channels' own open() calls: "The new channel is created by invoking the
          // openSocketChannel method of the system-wide default SelectorProvider object"
          // (SocketChannel.open(), and alike ServerSocketChannel, DatagramChannel, Selector);
          // SelectorProvider.openSocketChannel(): "Opens a socket channel. @return The new
          // channel" (java.nio.channels.spi.SelectorProvider, JDK 25 Javadoc).
          Map.entry("java.nio.channels.spi.SelectorProvider", Set.of("openSocketChannel",
              "openServerSocketChannel", "openDatagramChannel", "openSelector")),
          Map.entry("java.net.ServerSocket", Set.of("accept")),
          Map.entry("java.net.URL", Set.of("openStream")),
          // A resource of the class path opened as a stream: a file, or an entry of a jar the
          // loader keeps open; either way the stream holds a handle or an inflater until closed.
          Map.entry("java.lang.Class", Set.of("getResourceAsStream")),
          Map.entry("java.lang.ClassLoader", Set.of("getResourceAsStream")),
          Map.entry("javax.servlet.ServletContext", Set.of("getResourceAsStream")),
          Map.entry("jakarta.servlet.ServletContext", Set.of("getResourceAsStream")),
          // An entry's stream holds an inflater (and keeps the archive busy) until closed;
          // closing the archive closes it too (CLOSED_WITH_PARENT_FACTORIES).
          Map.entry("java.util.zip.ZipFile", Set.of("getInputStream")),
          // JarFile overrides it (verifying the entry), so bytecode names JarFile, not ZipFile
          Map.entry("java.util.jar.JarFile", Set.of("getInputStream")),
          // An ImageInputStream/ImageOutputStream the caller closes: over a File it opens a
          // RandomAccessFile, over a stream it may keep a cache file of its own.
          Map.entry("javax.imageio.ImageIO",
              Set.of("createImageInputStream", "createImageOutputStream")),
          Map.entry("java.net.URLConnection", Set.of("getInputStream", "getOutputStream")),
          Map.entry("java.net.HttpURLConnection", Set.of("getInputStream", "getOutputStream")),
          Map.entry("javax.net.ssl.HttpsURLConnection", Set.of("getInputStream", "getOutputStream")),
          // A pool whose threads never end by themselves: a fixed or scheduled pool keeps its
          // core threads alive, idle or not, until shutdown() ("The threads in the pool will exist
          // until it is explicitly shutdown", Executors.newFixedThreadPool). Left out: a cached
          // pool and a work-stealing pool end idle threads themselves (60 s keep-alive; daemon
          // ForkJoinPool workers), a virtual-thread executor holds no thread once its tasks end,
          // and newSingleThreadExecutor's wrapper shuts the pool down when it is collected.
          Map.entry("java.util.concurrent.Executors", Set.of("newFixedThreadPool",
              "newScheduledThreadPool", "newSingleThreadScheduledExecutor")),
          Map.entry("java.sql.DriverManager", Set.of("getConnection")),
          Map.entry("javax.sql.DataSource", Set.of("getConnection")),
          Map.entry("java.sql.Connection", Set.of("createStatement", "prepareStatement", "prepareCall")),
          Map.entry("java.sql.Statement", Set.of("executeQuery")),
          Map.entry("java.sql.PreparedStatement", Set.of("executeQuery")),
          Map.entry("java.sql.CallableStatement", Set.of("executeQuery")),
          // Catalog queries: each runs a statement of the driver's own and returns its result set,
          // which the caller closes ("ResultSet - each row is a table description"; no statement
          // of the caller's to close it with).
          Map.entry("java.sql.DatabaseMetaData", DATABASE_METADATA_QUERIES),
          // Libraries' static factories, by fully qualified name, each read from the library:
          // HBase "The caller is responsible for calling Connection#close() on the returned
          // connection instance"; Parquet open "@return an open ParquetFileReader"; JGit
          // SubmoduleWalk.forIndex "The caller is responsible for calling close()".
          Map.entry("org.apache.hadoop.hbase.client.ConnectionFactory", Set.of("createConnection")),
          Map.entry("org.apache.parquet.hadoop.ParquetFileReader", Set.of("open")),
          Map.entry("org.eclipse.jgit.submodule.SubmoduleWalk", Set.of("forIndex", "forPath")),
          // JGit Git.open(dir): builds the repository itself and returns new Git(db, true),
          // "Closing this instance will close the repo" (5.13/6.x Git.java); a Git over a
          // repository the caller gives it owns nothing (NonOwningHolders).
          Map.entry("org.eclipse.jgit.api.Git", Set.of("open")),
          // JGit Repository.newObjectReader/newObjectInserter: "a new reader/inserter" over the
          // object database (6.5.0 Repository.java 230-245), an AutoCloseable whose close()
          // "Release[s] any resources used by this reader" (ObjectReader.java 541, pack files
          // and inflaters; ObjectInserter.java 427).
          Map.entry("org.eclipse.jgit.lib.Repository",
              Set.of("newObjectReader", "newObjectInserter")),
          // Lucene DirectoryReader.open(Directory | IndexWriter | IndexCommit, ..): "Returns a
          // IndexReader reading the index in the given Directory" (10.x DirectoryReader.java),
          // a new reader over the index's files, which IndexReader.close() "Closes files
          // associated with this index"; its openIfChanged: "a new DirectoryReader instance which
          // you must eventually close". Not openIfChanged here: it takes the old reader, which it
          // leaves open ("The provided reader is not closed"), and a hand-over it is not.
          Map.entry("org.apache.lucene.index.DirectoryReader", Set.of("open")),
          // Libraries' instance factories whose result the caller owns, each read from the
          // library (the result types are AutoCloseable except JPA 2's EntityManager, released
          // by its close() all the same):
          // - Jedis JedisPool.getResource() (3.x-5.x JedisPool.java): takes a connection from the
          //   pool and sets itself as its data source, so that Jedis.close() "returns it to the
          //   pool"; dropped, the pool runs dry. JedisSentinelPool likewise.
          // - Hibernate SessionFactory.openSession() / openStatelessSession(): "Open a Session"
          //   whose close() "End[s] the session by releasing the JDBC connection" (5.x
          //   SessionFactory.java, SharedSessionContract.close). Not getCurrentSession(): the
          //   session bound to the current context, which the context closes.
          // - JPA EntityManagerFactory.createEntityManager(): "returns a new application-managed
          //   EntityManager instance ... each time it is invoked"; EntityManager.close(): "Close
          //   an application-managed entity manager" (javax.persistence 2.2, jakarta 3.x).
          // - OkHttp Call.execute(): "To avoid leaking resources callers must close the Response
          //   or its ResponseBody" (okhttp3 Call.kt / Call.java 3.x).
          // - Android SQLiteDatabase.query/rawQuery and ContentResolver.query: a new Cursor
          //   "positioned before the first entry"; Cursor.close() "Closes the Cursor, releasing
          //   all of its resources" (android.database.Cursor).
          // Apache HttpClient's CloseableHttpClient.execute: after these, with the result type
          // (FACTORY_RESULT_TYPES) that tells the overloads returning the response from those
          // taking a ResponseHandler, which close the response themselves.
          Map.entry("redis.clients.jedis.JedisPool", Set.of("getResource")),
          Map.entry("redis.clients.jedis.JedisSentinelPool", Set.of("getResource")),
          Map.entry("org.hibernate.SessionFactory", Set.of("openSession", "openStatelessSession")),
          Map.entry("javax.persistence.EntityManagerFactory", Set.of("createEntityManager")),
          Map.entry("jakarta.persistence.EntityManagerFactory", Set.of("createEntityManager")),
          Map.entry("okhttp3.Call", Set.of("execute")),
          Map.entry("android.database.sqlite.SQLiteDatabase",
              Set.of("query", "rawQuery", "queryWithFactory", "rawQueryWithFactory")),
          Map.entry("android.content.ContentResolver", Set.of("query")),
          // Lucene Analyzer.tokenStream(field, Reader | String): "After calling this method, the
          // consumer must follow the workflow described in TokenStream" (10.x Analyzer.java),
          // whose last step is "The consumer calls close() to release any resource when finished
          // using the TokenStream" (TokenStream.java). The analyzer reuses the stream per thread
          // and field: the next call's Tokenizer.setReader throws "TokenStream contract
          // violation: close() call missing" if it was not closed, and the reader stays open.
          Map.entry("org.apache.lucene.analysis.Analyzer", Set.of("tokenStream")),
          // Apache HttpClient's execute(request): "In order to ensure proper release of system
          // resources one must close either the content stream associated with the entity or the
          // response itself" (HttpClient 4.5 tutorial, 1.1.5); the response holds a pooled
          // connection until then. Only the overloads returning the response acquire
          // (FACTORY_RESULT_TYPES): those taking a ResponseHandler consume and close it themselves
          // (4.5 CloseableHttpClient.execute: "EntityUtils.consume(entity)" in a finally) and
          // return the handler's result. HttpClient 5's classic client likewise.
          Map.entry("org.apache.http.impl.client.CloseableHttpClient", Set.of("execute")),
          Map.entry("org.apache.hc.client5.http.impl.classic.CloseableHttpClient",
              Set.of("execute")),
          // The JDK's HttpClient (Java 11) with BodyHandlers.ofInputStream(): "To ensure that
          // all resources associated with the corresponding exchange are properly released the
          // caller must eventually obtain and close the returned stream" (JDK 25
          // HttpResponse.java 628-631; BodySubscribers.ofInputStream: "either read all bytes
          // until EOF is reached, or call InputStream#close", 1213-1216). The response is no
          // Closeable; its body() is the stream to close. body() returns the type argument
          // ("the body after it was read (such as byte[], or String, or Path) or ... an object
          // with which the body is read, such as an InputStream", 157-160), so only a call whose
          // result is an InputStream acquires (FACTORY_RESULT_TYPES, the type at the call site).
          Map.entry("java.net.http.HttpResponse", Set.of("body")),
          // Activation's data source: "Note that a new InputStream object must be returned each
          // time this method is called" (and the same of getOutputStream; javax.activation
          // DataSource, Java EE 5 to Jakarta Activation 2.1): a FileDataSource opens a
          // FileInputStream, a URLDataSource the URL's stream. DataHandler.getInputStream:
          // "the DataHandler calls the DataSource.getInputStream method and returns the result
          // to the caller", or else it "creates a pipe and a thread" and returns the pipe's end.
          Map.entry("javax.activation.DataSource", Set.of("getInputStream", "getOutputStream")),
          Map.entry("jakarta.activation.DataSource", Set.of("getInputStream", "getOutputStream")),
          Map.entry("javax.activation.DataHandler", Set.of("getInputStream")),
          Map.entry("jakarta.activation.DataHandler", Set.of("getInputStream")),
          // POI's package part: getInputStream() returns getInputStreamImpl(), which for a part of
          // a zip package is "the getInputStream() method from java.util.zip.ZipFile class which
          // return an InputStream to this part zip entry" (poi-ooxml 5.2.0 PackagePart.java
          // 494-509, ZipPackagePart.java 102-107): a new entry stream per call, the caller's to
          // close (POI's own callers moved to try-with-resources, 5.2.0).
          Map.entry("org.apache.poi.openxml4j.opc.PackagePart", Set.of("getInputStream")),
          // Kafka Streams' session stores: each query returns a KeyValueIterator ("Users must
          // call its close method explicitly upon completeness to release resources"), and each
          // query's Javadoc says "This iterator must be closed after use" (kafka-streams 3.6.0
          // ReadOnlySessionStore.java, SessionStore.java, KeyValueIterator.java): over RocksDB it
          // holds a native iterator until closed.
          Map.entry("org.apache.kafka.streams.state.ReadOnlySessionStore", KAFKA_SESSION_QUERIES),
          Map.entry("org.apache.kafka.streams.state.SessionStore", KAFKA_SESSION_QUERIES));

  /**
   * The result type a factory of {@link #ACQUIRING_FACTORIES} must return to acquire, by {@code
   * owner#name}, where overloads of the same name return something else: HttpClient's {@code
   * execute(request)} returns the response to close, {@code execute(request, handler)} the
   * handler's result (erased to {@code Object}); {@code HttpResponse.body()} returns the
   * response's type argument, a stream to close only for {@code HttpResponse<InputStream>}. The
   * result type is the call's type where it is used (a type variable's argument, not its
   * erasure). A factory not listed acquires whatever it returns.
   */
  private static final Map<String, String> FACTORY_RESULT_TYPES = Map.of(
      "org.apache.http.impl.client.CloseableHttpClient#execute",
      "org.apache.http.client.methods.CloseableHttpResponse",
      "org.apache.hc.client5.http.impl.classic.CloseableHttpClient#execute",
      "org.apache.hc.client5.http.impl.classic.CloseableHttpResponse",
      "java.net.http.HttpResponse#body",
      "java.io.InputStream");

  /**
   * Factory names that return a stream the caller owns whoever declares them. {@code
   * getResourceAsStream} opens a class-path resource by one contract in the JDK ({@code Class},
   * {@code ClassLoader}), the servlet API ({@code ServletContext}) and the helpers libraries build
   * on them (CXF {@code ClassLoaderUtils}, Log4j {@code Loader}, a project's own static helper): a
   * new stream, or null. Matching the name lets a source engine that cannot resolve the helper
   * (a file scanned without its project's jars) still see the acquisition.
   */
  private static final Set<String> ACQUIRING_WHATEVER_THE_OWNER = Set.of("getResourceAsStream");

  /**
   * Statement methods that return a {@code ResultSet} reading through the statement: the result
   * set keeps its statement reachable ({@code ResultSet.getStatement()}), so whoever receives it
   * can close the statement. {@code executeQuery} also acquires (its result set must be closed);
   * {@code getResultSet} and {@code getGeneratedKeys} deliberately do not, since closing the
   * statement closes what they return.
   */
  private static final Set<String> RESULT_SET_FACTORIES =
      Set.of("executeQuery", "getResultSet", "getGeneratedKeys");

  private static final Map<String, Set<String>> OWNING_VIEW_FACTORIES =
      Map.of(
          "java.sql.Statement", RESULT_SET_FACTORIES,
          "java.sql.PreparedStatement", RESULT_SET_FACTORIES,
          "java.sql.CallableStatement", RESULT_SET_FACTORIES);

  /**
   * JDBC factories whose result the receiver closes along with itself: closing a connection
   * closes the statements it made, closing a statement closes its current result set. When the
   * receiver is a local of the method, its own verdict covers the child (closed with it, or
   * reported once, at the parent).
   */
  private static final Map<String, Set<String>> CLOSED_WITH_PARENT_FACTORIES =
      Map.of(
          "java.util.zip.ZipFile", Set.of("getInputStream"),
          // JarFile overrides getInputStream (to verify signed entries); ZipFile.close() still
          // closes every stream it returned. Listed on its own: the SpotBugs plugin does not look
          // up the supertypes of a JDK owner.
          "java.util.jar.JarFile", Set.of("getInputStream"),
          "java.sql.Connection", Set.of("createStatement", "prepareStatement", "prepareCall"),
          "java.sql.Statement", Set.of("executeQuery"),
          "java.sql.PreparedStatement", Set.of("executeQuery"),
          "java.sql.CallableStatement", Set.of("executeQuery"));

  /** The type of every value {@link #OWNING_VIEW_FACTORIES} return. */
  private static final String OWNING_VIEW_TYPE = "java.sql.ResultSet";

  /**
   * Libraries' static factories that open a resource given some first-parameter types (a file, a
   * path, a URL), by {@code owner#name}. Read from each library:
   *
   * <ul>
   *   <li>Tika {@code TikaInputStream.get(File)}, {@code get(Path)}, {@code get(URL)}, {@code
   *       get(URI)}: "Note that you must always explicitly close the returned stream to prevent
   *       leaking open file handles" (tika-core 1.5 {@code TikaInputStream.java} 204, 296, 335);
   *       {@code get(byte[])} holds memory only.
   *   <li>Apache POI {@code OPCPackage.open(String)}, {@code open(File)} (with or without a
   *       {@code PackageAccess}): {@code new ZipPackage(path, access)} keeps the zip file open
   *       until {@code close()} or {@code revert()} (poi-ooxml 5.2.0 {@code OPCPackage.java}
   *       176-297, 430); over an {@code InputStream} it reads the package into memory.
   * </ul>
   */
  private static final Map<String, Set<String>> ARGUMENT_OPENING_FACTORIES = Map.of(
      "org.apache.tika.io.TikaInputStream#get",
      Set.of("java.io.File", "java.nio.file.Path", "java.net.URL", "java.net.URI"),
      "org.apache.poi.openxml4j.opc.OPCPackage#open", Set.of("java.lang.String", "java.io.File"));

  /**
   * Libraries' static factories that wrap a stream given as their first argument and close it with
   * themselves: Tika {@code TikaInputStream.get(InputStream)}, "The given stream instance will be
   * closed along with any other resources associated with the returned TikaInputStream instance
   * when the close() method is called" (tika-core 1.5 {@code TikaInputStream.java} 142).
   */
  private static final Map<String, Set<String>> ARGUMENT_WRAPPING_FACTORIES = Map.of(
      "org.apache.tika.io.TikaInputStream#get", Set.of("java.io.InputStream"));

  /** Factory methods that wrap their first argument, like a wrapper constructor. */
  private static final Map<String, Set<String>> WRAPPING_FACTORIES =
      Map.of(
          "java.nio.channels.Channels",
          Set.of("newInputStream", "newOutputStream", "newReader", "newWriter"));

  /** Classes whose acquiring or wrapping factories are static methods (called on the class). */
  private static final Set<String> STATIC_FACTORY_OWNERS =
      Set.of(
          "org.apache.tika.io.TikaInputStream",
          "org.apache.poi.openxml4j.opc.OPCPackage",
          "org.apache.hadoop.hbase.client.ConnectionFactory",
          "org.apache.parquet.hadoop.ParquetFileReader",
          "org.eclipse.jgit.submodule.SubmoduleWalk",
          "org.eclipse.jgit.api.Git",
          "org.apache.lucene.index.DirectoryReader",
          "java.nio.file.Files",
          "java.nio.channels.FileChannel",
          "java.nio.channels.SocketChannel",
          "java.nio.channels.ServerSocketChannel",
          "java.nio.channels.DatagramChannel",
          "java.nio.channels.AsynchronousFileChannel",
          "java.nio.channels.AsynchronousSocketChannel",
          "java.nio.channels.AsynchronousServerSocketChannel",
          "java.nio.channels.Selector",
          "java.nio.channels.Channels",
          "java.sql.DriverManager",
          "java.util.concurrent.Executors",
          "javax.imageio.ImageIO");

  /**
   * How many arguments each instance factory of {@link #ACQUIRING_FACTORIES} takes, by {@code
   * owner#name}, in every overload the owner declares or inherits ({@code
   * ResourceApisTest} compares the JDK's with its classes): a call of that name with another count
   * is another method ({@code consumer.accept(x)}, an overload of a subclass), which the table
   * does not know. A source engine can so rule a call out by its name and argument count before
   * resolving anything. Static factories are not listed (a source engine knows them by the class
   * they are called on), nor {@link #ACQUIRING_WHATEVER_THE_OWNER} names (any count).
   */
  private static final Map<String, Set<Integer>> INSTANCE_FACTORY_ARGUMENT_COUNTS =
      Map.ofEntries(
          Map.entry("java.nio.file.FileSystem#newWatchService", Set.of(0)),
          Map.entry("java.net.ServerSocket#accept", Set.of(0)),
          Map.entry("java.net.URL#openStream", Set.of(0)),
          // SelectorProvider: openSocketChannel(), openServerSocketChannel(),
          // openDatagramChannel() with or without a ProtocolFamily (JDK 16; 7 for datagrams),
          // openSelector().
          Map.entry("java.nio.channels.spi.SelectorProvider#openSocketChannel", Set.of(0, 1)),
          Map.entry("java.nio.channels.spi.SelectorProvider#openServerSocketChannel",
              Set.of(0, 1)),
          Map.entry("java.nio.channels.spi.SelectorProvider#openDatagramChannel", Set.of(0, 1)),
          Map.entry("java.nio.channels.spi.SelectorProvider#openSelector", Set.of(0)),
          Map.entry("java.util.zip.ZipFile#getInputStream", Set.of(1)),
          Map.entry("java.util.jar.JarFile#getInputStream", Set.of(1)),
          Map.entry("java.net.URLConnection#getInputStream", Set.of(0)),
          Map.entry("java.net.URLConnection#getOutputStream", Set.of(0)),
          Map.entry("java.net.HttpURLConnection#getInputStream", Set.of(0)),
          Map.entry("java.net.HttpURLConnection#getOutputStream", Set.of(0)),
          Map.entry("javax.net.ssl.HttpsURLConnection#getInputStream", Set.of(0)),
          Map.entry("javax.net.ssl.HttpsURLConnection#getOutputStream", Set.of(0)),
          Map.entry("javax.sql.DataSource#getConnection", Set.of(0, 2)),
          Map.entry("java.sql.Connection#createStatement", Set.of(0, 2, 3)),
          Map.entry("java.sql.Connection#prepareStatement", Set.of(1, 2, 3, 4)),
          Map.entry("java.sql.Connection#prepareCall", Set.of(1, 3, 4)),
          Map.entry("java.sql.Statement#executeQuery", Set.of(1)),
          Map.entry("java.sql.PreparedStatement#executeQuery", Set.of(0, 1)),
          Map.entry("java.sql.CallableStatement#executeQuery", Set.of(0, 1)),
          Map.entry("java.sql.DatabaseMetaData#getAttributes", Set.of(4)),
          Map.entry("java.sql.DatabaseMetaData#getBestRowIdentifier", Set.of(5)),
          Map.entry("java.sql.DatabaseMetaData#getCatalogs", Set.of(0)),
          Map.entry("java.sql.DatabaseMetaData#getClientInfoProperties", Set.of(0)),
          Map.entry("java.sql.DatabaseMetaData#getColumnPrivileges", Set.of(4)),
          Map.entry("java.sql.DatabaseMetaData#getColumns", Set.of(4)),
          Map.entry("java.sql.DatabaseMetaData#getCrossReference", Set.of(6)),
          Map.entry("java.sql.DatabaseMetaData#getExportedKeys", Set.of(3)),
          Map.entry("java.sql.DatabaseMetaData#getFunctionColumns", Set.of(4)),
          Map.entry("java.sql.DatabaseMetaData#getFunctions", Set.of(3)),
          Map.entry("java.sql.DatabaseMetaData#getImportedKeys", Set.of(3)),
          Map.entry("java.sql.DatabaseMetaData#getIndexInfo", Set.of(5)),
          Map.entry("java.sql.DatabaseMetaData#getPrimaryKeys", Set.of(3)),
          Map.entry("java.sql.DatabaseMetaData#getProcedureColumns", Set.of(4)),
          Map.entry("java.sql.DatabaseMetaData#getProcedures", Set.of(3)),
          Map.entry("java.sql.DatabaseMetaData#getPseudoColumns", Set.of(4)),
          Map.entry("java.sql.DatabaseMetaData#getSchemas", Set.of(0, 2)),
          Map.entry("java.sql.DatabaseMetaData#getSuperTables", Set.of(3)),
          Map.entry("java.sql.DatabaseMetaData#getSuperTypes", Set.of(3)),
          Map.entry("java.sql.DatabaseMetaData#getTablePrivileges", Set.of(3)),
          Map.entry("java.sql.DatabaseMetaData#getTableTypes", Set.of(0)),
          Map.entry("java.sql.DatabaseMetaData#getTables", Set.of(4)),
          Map.entry("java.sql.DatabaseMetaData#getTypeInfo", Set.of(0)),
          Map.entry("java.sql.DatabaseMetaData#getUDTs", Set.of(4)),
          Map.entry("java.sql.DatabaseMetaData#getVersionColumns", Set.of(3)),
          // JGit 6.5.0 Repository.java 230-245: no parameters.
          Map.entry("org.eclipse.jgit.lib.Repository#newObjectReader", Set.of(0)),
          Map.entry("org.eclipse.jgit.lib.Repository#newObjectInserter", Set.of(0)),
          // Activation (javax 1.1 to jakarta 2.1): getInputStream(), getOutputStream(), no
          // overloads.
          Map.entry("javax.activation.DataSource#getInputStream", Set.of(0)),
          Map.entry("javax.activation.DataSource#getOutputStream", Set.of(0)),
          Map.entry("jakarta.activation.DataSource#getInputStream", Set.of(0)),
          Map.entry("jakarta.activation.DataSource#getOutputStream", Set.of(0)),
          Map.entry("javax.activation.DataHandler#getInputStream", Set.of(0)),
          Map.entry("jakarta.activation.DataHandler#getInputStream", Set.of(0)),
          // POI PackagePart.getInputStream(): no overloads (3.x to 5.x).
          Map.entry("org.apache.poi.openxml4j.opc.PackagePart#getInputStream", Set.of(0)),
          // Kafka Streams 3.6.0: ReadOnlySessionStore findSessions(key, from, to) and (keyFrom,
          // keyTo, from, to) with long or Instant bounds, backwardFindSessions the same, fetch
          // and backwardFetch (key) or (keyFrom, keyTo); SessionStore adds findSessions(from, to).
          Map.entry("org.apache.kafka.streams.state.ReadOnlySessionStore#findSessions",
              Set.of(3, 4)),
          Map.entry("org.apache.kafka.streams.state.ReadOnlySessionStore#backwardFindSessions",
              Set.of(3, 4)),
          Map.entry("org.apache.kafka.streams.state.ReadOnlySessionStore#fetch", Set.of(1, 2)),
          Map.entry("org.apache.kafka.streams.state.ReadOnlySessionStore#backwardFetch",
              Set.of(1, 2)),
          Map.entry("org.apache.kafka.streams.state.SessionStore#findSessions", Set.of(2, 3, 4)),
          Map.entry("org.apache.kafka.streams.state.SessionStore#backwardFindSessions",
              Set.of(3, 4)),
          Map.entry("org.apache.kafka.streams.state.SessionStore#fetch", Set.of(1, 2)),
          Map.entry("org.apache.kafka.streams.state.SessionStore#backwardFetch", Set.of(1, 2)),
          // The libraries' instance factories above, each overload read from its API: Jedis
          // getResource(); Hibernate openSession(), openStatelessSession() and
          // openStatelessSession(Connection); JPA createEntityManager(), (Map),
          // (SynchronizationType), (SynchronizationType, Map); OkHttp execute(); Android
          // SQLiteDatabase query 7-10, rawQuery 2-3, queryWithFactory 10-11,
          // rawQueryWithFactory 4-5, ContentResolver query 4-6 (API 33).
          Map.entry("redis.clients.jedis.JedisPool#getResource", Set.of(0)),
          Map.entry("redis.clients.jedis.JedisSentinelPool#getResource", Set.of(0)),
          Map.entry("org.hibernate.SessionFactory#openSession", Set.of(0)),
          Map.entry("org.hibernate.SessionFactory#openStatelessSession", Set.of(0, 1)),
          Map.entry("javax.persistence.EntityManagerFactory#createEntityManager", Set.of(0, 1, 2)),
          Map.entry("jakarta.persistence.EntityManagerFactory#createEntityManager",
              Set.of(0, 1, 2)),
          Map.entry("okhttp3.Call#execute", Set.of(0)),
          Map.entry("android.database.sqlite.SQLiteDatabase#query", Set.of(7, 8, 9, 10)),
          Map.entry("android.database.sqlite.SQLiteDatabase#rawQuery", Set.of(2, 3)),
          Map.entry("android.database.sqlite.SQLiteDatabase#queryWithFactory", Set.of(10, 11)),
          Map.entry("android.database.sqlite.SQLiteDatabase#rawQueryWithFactory", Set.of(4, 5)),
          Map.entry("android.content.ContentResolver#query", Set.of(4, 5, 6)),
          // Lucene 10.x Analyzer.tokenStream(String, Reader) and (String, String).
          Map.entry("org.apache.lucene.analysis.Analyzer#tokenStream", Set.of(2)),
          // HttpClient 4.5 and 5.x CloseableHttpClient.execute: (request), (request, context),
          // (host, request), (host, request, context) return the response; the counts of the
          // handler overloads (2 to 4) overlap, which FACTORY_RESULT_TYPES tells apart.
          Map.entry("org.apache.http.impl.client.CloseableHttpClient#execute", Set.of(1, 2, 3)),
          Map.entry("org.apache.hc.client5.http.impl.classic.CloseableHttpClient#execute",
              Set.of(1, 2, 3)),
          Map.entry("java.net.http.HttpResponse#body", Set.of(0)));

  /** Method names of static helpers that close their argument and swallow the exception. */
  /**
   * Methods that use a stream passed to them and leave it open: passing a resource to one is no
   * hand-over, the caller still owns it. Each entry is checked against the library's own
   * documentation (the source line that says so, in the version named):
   *
   * <ul>
   *   <li>{@code java.util.Properties} {@code load}, {@code store}, {@code storeToXML}, {@code
   *       list}: "The specified stream remains open after this method returns" (JDK 25
   *       {@code Properties.java} lines 372, 398, 844, 895, 1045, 1106). Not {@code loadFromXML}:
   *       "The specified stream is closed after this method returns" (line 976).
   *   <li>{@code InputStream.transferTo}, {@code Reader.transferTo}: "This method does not close
   *       either stream" ({@code InputStream.java} 765, {@code Reader.java} 613).
   *   <li>{@code java.nio.file.Files.copy} with a stream: "It is strongly recommended that the
   *       input stream be promptly closed if an I/O error occurs" / "the output stream" ({@code
   *       Files.java} 2786, 2874): the caller closes it.
   *   <li>{@code javax.imageio.ImageIO.read}, {@code write}: "This method <em>does not</em> close
   *       the provided {@code InputStream}" / {@code OutputStream} ({@code ImageIO.java} 1296,
   *       1439, 1517).
   *   <li>commons-io {@code IOUtils}: "Wherever possible, the methods in this class do
   *       <em>not</em> flush or close the stream" (2.22.0 {@code IOUtils.java} class comment);
   *       its {@code closeQuietly} is a {@link #isQuietCloseHelper quiet-close helper}.
   *   <li>Guava {@code ByteStreams} {@code copy} "Does not close or flush either stream", {@code
   *       toByteArray}, {@code exhaust}, {@code readFully}, {@code skipFully} "Does not close the
   *       stream" (33.7.1 {@code ByteStreams.java} 99, 234, 287, 793); {@code CharStreams} {@code
   *       copy}, {@code toString}, {@code readLines} ({@code CharStreams.java} 124, 152, 168).
   *   <li>{@code java.security.KeyStore.load}, {@code store}: hand the stream to the provider's
   *       {@code engineLoad}/{@code engineStore} and never close it (JDK 25 {@code KeyStore.java}
   *       1519-1542; {@code sun.security.provider.JavaKeyStore} only flushes the output, line 629,
   *       and closes only the byte-array streams it makes itself, lines 738, 777).
   *   <li>{@code java.security.cert.CertificateFactory} {@code generateCertificate(s)}, {@code
   *       generateCertPath}, {@code generateCRL(s)}: read the stream (lines 356-557), and {@code
   *       sun.security.provider.X509Factory} never calls {@code close}.
   * </ul>
   */
  private static final Map<String, Set<String>> BORROWING_METHODS = Map.of(
      "java.util.Properties", Set.of("load", "store", "storeToXML", "list"),
      "java.io.InputStream", Set.of("transferTo"),
      "java.io.Reader", Set.of("transferTo"),
      "java.nio.file.Files", Set.of("copy"),
      "javax.imageio.ImageIO", Set.of("read", "write"),
      "java.security.KeyStore", Set.of("load", "store"),
      "java.security.cert.CertificateFactory", Set.of("generateCertificate",
          "generateCertificates", "generateCertPath", "generateCRL", "generateCRLs"),
      "org.apache.commons.io.IOUtils", Set.of("copy", "copyLarge", "toString", "toByteArray",
          "toCharArray", "readLines", "write", "contentEquals", "readFully", "read", "skip",
          "skipFully"),
      "com.google.common.io.ByteStreams", Set.of("copy", "toByteArray", "exhaust", "readFully",
          "skipFully"),
      "com.google.common.io.CharStreams", Set.of("copy", "toString", "readLines"));

  /**
   * Methods returning a stream that belongs to the receiver, which releases it itself: a
   * servlet container closes a response's writer and a request's stream when the exchange ends,
   * closing a socket closes its streams, destroying a process its pipes. Closing one by hand on
   * some path is courtesy, not ownership, so {@code UnlistedValues#ownsUnlistedValue}
   * does not apply to them.
   */
  private static final Map<String, Set<String>> VIEWS_OWNED_BY_RECEIVER = Map.of(
      "javax.servlet.ServletResponse", Set.of("getWriter", "getOutputStream"),
      "jakarta.servlet.ServletResponse", Set.of("getWriter", "getOutputStream"),
      "javax.servlet.ServletRequest", Set.of("getInputStream", "getReader"),
      "jakarta.servlet.ServletRequest", Set.of("getInputStream", "getReader"),
      "java.net.Socket", Set.of("getInputStream", "getOutputStream"),
      "java.lang.Process", Set.of("getInputStream", "getOutputStream", "getErrorStream",
          "inputReader", "outputWriter", "errorReader"));

  /**
   * Calls that cannot throw, by declaring type: a resource is not "closed, but not if this
   * throws" because of them. Guava's {@code Closer.register} only adds its argument to a list
   * (the idiom creates the closer in a catch block and closes it in a finally). Building a
   * string ({@code StringBuilder}/{@code StringBuffer} {@code append}, {@code length}, {@code
   * toString}, which {@code javac} also emits for {@code +} at {@code --release 8}) and asking a
   * {@code StringTokenizer} whether tokens remain fail only when the heap runs out, which no
   * {@code finally} a finding could ask for would survive either. {@code
   * Throwable.addSuppressed} is what {@code javac} emits for try-with-resources when a close fails
   * while an exception is already on its way; it throws only for a null or self argument, which
   * the desugaring never passes: in bytecode it would otherwise read as a call between an outer
   * resource's acquisition and its close. XNIO's {@code IoUtils.safeClose} overloads each catch
   * {@code Throwable} around the close and log it (xnio-api 3.8.16 bytecode: every overload's
   * exception table ends in a {@code java/lang/Throwable} handler), so a second {@code safeClose}
   * in a {@code finally} is always reached. {@code getFD()} of {@code RandomAccessFile}, {@code
   * FileInputStream} and {@code FileOutputStream} declares {@code IOException} but is {@code if (fd
   * != null) return fd; throw new IOException();} over a {@code final} descriptor every constructor
   * sets (JDK sources): it cannot throw on an object that exists (JGit's {@code PackInserter}
   * opens a {@code RandomAccessFile} into a field and asks its descriptor next).
   */
  private static final Set<String> STRING_BUILDING = Set.of("append", "length", "toString");

  private static final Map<String, Set<String>> CALLS_THAT_CANNOT_THROW =
      Map.of(
          "com.google.common.io.Closer", Set.of("register"),
          "java.lang.StringBuilder", STRING_BUILDING,
          "java.lang.StringBuffer", STRING_BUILDING,
          "java.lang.AbstractStringBuilder", STRING_BUILDING,
          "java.lang.Throwable", Set.of("addSuppressed"),
          "java.util.StringTokenizer", Set.of("hasMoreTokens", "hasMoreElements", "countTokens"),
          "java.io.RandomAccessFile", Set.of("getFD"),
          "java.io.FileInputStream", Set.of("getFD"),
          "java.io.FileOutputStream", Set.of("getFD"),
          "org.xnio.IoUtils", Set.of("safeClose"));

  private static final Set<String> NAMES_OF_CALLS_THAT_CANNOT_THROW =
      CALLS_THAT_CANNOT_THROW.values().stream().flatMap(Set::stream)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> QUIET_CLOSE_HELPERS =
      Set.of("closeQuietly", "closeSilently", "closeQuiet", "quietClose", "silentClose", "closeUnchecked");

  /**
   * Static helpers, by declaring class, that close the resources passed to them (in any argument
   * position) under a name too common to trust alone ({@code close}, {@code cleanup}, {@code
   * copy}). Read from each library's sources and javadoc:
   *
   * <ul>
   *   <li>Ant {@code org.apache.tools.ant.util.FileUtils.close(InputStream|OutputStream|Reader|
   *       Writer|Channel|URLConnection|AutoCloseable)}: "Close a stream without throwing any
   *       exception if something went wrong. Do not attempt to close it if the argument is null."
   *   <li>commons-io {@code IOUtils.close(Closeable...)}: "Closes the given Closeable as a
   *       null-safe operation" (2.7+, rethrows what {@code close()} throws).
   *   <li>Guava {@code Closeables.close(Closeable, boolean swallowIOException)}: "Closes a
   *       Closeable, with control over whether an IOException may be thrown".
   *   <li>Hadoop {@code org.apache.hadoop.io.IOUtils.cleanup(Log, Closeable...)}, {@code
   *       cleanupWithLogger(Logger, Closeable...)}: "Close the Closeable objects and ignore any
   *       Throwable or null pointers"; {@code closeStream(Closeable)}: "Closes the stream ignoring
   *       Throwable"; {@code closeSocket(Socket)}: "Closes the socket ignoring IOException";
   *       ZooKeeper's {@code org.apache.zookeeper.common.IOUtils} copies {@code cleanup} and
   *       {@code closeStream}.
   *   <li>Jetty {@code org.eclipse.jetty.util.IO.close(Closeable|InputStream|OutputStream|Reader|
   *       Writer)}: "Closes an arbitrary closable, and logs exceptions at ignore level".
   *   <li>Kafka {@code org.apache.kafka.common.utils.Utils.closeAll(Closeable...)}: closes each,
   *       rethrowing the first failure after trying all; {@code closeQuietly(AutoCloseable,
   *       String)}: "Closes closeable and if an exception is thrown, it is logged".
   *   <li>XNIO {@code org.xnio.IoUtils.safeClose(AutoCloseable|Closeable|Closeable...|Socket|
   *       DatagramSocket|Selector|ServerSocket|ZipFile|Handler)}: "Close a resource, logging an
   *       error if an error occurs" (Undertow closes its channels and connections with it).
   *   <li>Spring {@code org.springframework.util.FileCopyUtils.copy(InputStream, OutputStream)},
   *       {@code copy(Reader, Writer)}: "Closes both streams when done"; {@code
   *       copyToByteArray(InputStream)}, {@code copyToString(Reader)}: "Closes the stream when
   *       done". (Spring's {@code StreamUtils}, by contrast, leaves its streams open.)
   * </ul>
   */
  private static final Map<String, Set<String>> CLOSING_HELPERS_BY_CLASS =
      Map.of(
          "org.apache.tools.ant.util.FileUtils", Set.of("close"),
          "org.apache.commons.io.IOUtils", Set.of("close"),
          "com.google.common.io.Closeables", Set.of("close"),
          "org.apache.hadoop.io.IOUtils",
          Set.of("cleanup", "cleanupWithLogger", "closeStream", "closeSocket"),
          "org.apache.zookeeper.common.IOUtils", Set.of("cleanup", "closeStream"),
          "org.eclipse.jetty.util.IO", Set.of("close"),
          "org.apache.kafka.common.utils.Utils", Set.of("closeAll", "closeQuietly"),
          "org.xnio.IoUtils", Set.of("safeClose"),
          "org.springframework.util.FileCopyUtils",
          Set.of("copy", "copyToByteArray", "copyToString"));

  private static final Set<String> CLOSING_HELPER_NAMES_BY_CLASS =
      CLOSING_HELPERS_BY_CLASS.values().stream().flatMap(Set::stream)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> KNOWN_TYPE_SIMPLE_NAMES =
      java.util.stream.Stream.of(RESOURCE_TYPES, NON_RESOURCE_TYPES, WRAPPER_TYPES,
              LIBRARY_OPENING_CONSTRUCTORS.keySet())
          .flatMap(Set::stream)
          .map(name -> name.substring(name.lastIndexOf('.') + 1))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> LIBRARY_TYPE_SIMPLE_NAMES =
      LIBRARY_OPENING_CONSTRUCTORS.keySet().stream()
          .map(name -> name.substring(name.lastIndexOf('.') + 1))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> NON_RESOURCE_SIMPLE_NAMES =
      NON_RESOURCE_TYPES.stream()
          .map(name -> name.substring(name.lastIndexOf('.') + 1))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> STREAM_SIMPLE_NAMES =
      java.util.stream.Stream.of(RESOURCE_TYPES, WRAPPER_TYPES, WRAPPABLE_PARAMETER_TYPES)
          .flatMap(Set::stream)
          .map(name -> name.substring(name.lastIndexOf('.') + 1))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> FACTORY_METHOD_NAMES =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(ACQUIRING_FACTORIES, WRAPPING_FACTORIES)
                  .flatMap(m -> m.values().stream())
                  .flatMap(Set::stream),
              java.util.stream.Stream.of(ARGUMENT_OPENING_FACTORIES, ARGUMENT_WRAPPING_FACTORIES)
                  .flatMap(m -> m.keySet().stream())
                  .map(key -> key.substring(key.indexOf('#') + 1)))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> CLOSED_WITH_PARENT_METHOD_NAMES =
      methodNames(CLOSED_WITH_PARENT_FACTORIES);

  private static final Set<String> VIEWS_OWNED_BY_RECEIVER_METHOD_NAMES =
      methodNames(VIEWS_OWNED_BY_RECEIVER);

  private static Set<String> methodNames(Map<String, Set<String>> byOwner) {
    return byOwner.values().stream().flatMap(Set::stream)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static final Set<String> TYPES_WHOSE_CONSTRUCTOR_MAY_OPEN =
      java.util.stream.Stream.of(RESOURCE_TYPES, FILE_OPENING_WRAPPERS.keySet(),
              LIBRARY_OPENING_CONSTRUCTORS.keySet())
          .flatMap(Set::stream)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private ResourceApis() {}

  /**
   * The result types of the thread-pool factories above ({@code Executors.newFixedThreadPool}
   * and the like), by simple name as a finding names them: such a resource is released by {@code
   * shutdown()} ({@link ReleaseMethods}), and the finding says so.
   */
  private static final Set<String> THREAD_POOL_SIMPLE_NAMES =
      Set.of("ExecutorService", "ScheduledExecutorService");

  /**
   * The result types of the factories above that are released by {@code close()} but are not
   * {@code AutoCloseable}, by simple name as a finding names them: JPA 2's {@code EntityManager}
   * (Jakarta Persistence made it {@code AutoCloseable} only in 3.1).
   */
  private static final Set<String> CLOSED_ONLY_BY_CALL_SIMPLE_NAMES = Set.of("EntityManager");

  /** Whether a resource of this simple name is closed by a call, never by try-with-resources. */
  public static boolean isClosedOnlyByCallSimpleName(String simpleName) {
    return CLOSED_ONLY_BY_CALL_SIMPLE_NAMES.contains(simpleName);
  }

  /** Whether a resource of this simple name is a pool of threads, released by shutting it down. */
  public static boolean isThreadPoolSimpleName(String simpleName) {
    return THREAD_POOL_SIMPLE_NAMES.contains(simpleName);
  }

  /**
   * Whether every instance of {@code fqcn} holds an OS resource ({@code FileInputStream}, {@code
   * Socket}, {@code java.sql.Connection}, {@code ZipFile}, ...). Conditional holders such as
   * {@code Scanner}, {@code PrintWriter} or a {@code Stream} are not: ask {@link #constructor} or
   * {@link #acquires} about the expression that made them.
   */
  public static boolean isResourceType(String fqcn) {
    return RESOURCE_TYPES.contains(dotted(fqcn));
  }

  /**
   * Whether a value declared as {@code fqcn} (a JDK stream, reader, writer, channel, socket, JDBC
   * object or archive) is a resource when a call that creates it hands it out; see {@code
   * ResourceFactories#acquiresByConvention}.
   */
  public static boolean isOwnedResultType(String fqcn) {
    return fqcn != null && OWNED_RESULT_TYPES.contains(dotted(fqcn));
  }

  /**
   * Simple names of the {@link #isOwnedResultType} types ({@code InputStream}, {@code
   * Connection}): a cheap syntactic filter before a source engine qualifies a declared type.
   */
  public static boolean isOwnedResultSimpleName(String simpleName) {
    return OWNED_RESULT_SIMPLE_NAMES.contains(simpleName);
  }

  /**
   * Whether the static field {@code owner.name} is one of the process's standard streams ({@code
   * System.out}, {@code System.err}, {@code System.in}): open for the life of the JVM and owned
   * by no method, so a wrapper of one holds nothing its holder must close (Ant's {@code
   * KeepAliveOutputStream.wrapSystemOut()}).
   *
   * @param owner the field's class, qualified ({@code java.lang.System}) or as written ({@code
   *     System})
   */
  public static boolean isStandardStream(String owner, String name) {
    return (owner.equals("java.lang.System") || owner.equals("System"))
        && (name.equals("out") || name.equals("err") || name.equals("in"));
  }

  /**
   * Whether {@code fqcn} is an {@code AutoCloseable} that holds no OS resource: in-memory streams,
   * readers and writers, and {@code java.util.stream} streams (unless a {@code Files} factory made
   * them, which {@link #acquires} tells).
   */
  public static boolean isNonResource(String fqcn) {
    return NON_RESOURCE_TYPES.contains(dotted(fqcn));
  }

  /**
   * Whether {@code fqcn} can wrap another closeable and take ownership of it ({@code
   * BufferedReader}, {@code InputStreamReader}, {@code GZIPInputStream}, {@code PrintWriter},
   * {@code Scanner}, ...). A wrapper around a non-resource is not a resource.
   */
  public static boolean isWrapperType(String fqcn) {
    return WRAPPER_TYPES.contains(dotted(fqcn));
  }

  /**
   * Whether {@code fqcn} is a library type some of whose constructors open a resource ({@code
   * RevWalk(Repository)}, {@code DataFileReader(File, ..)}): which ones, {@link #constructor}
   * tells from the first parameter's type.
   */
  public static boolean isLibraryTypeThatMayOpen(String fqcn) {
    return LIBRARY_OPENING_CONSTRUCTORS.containsKey(dotted(fqcn));
  }

  /**
   * Whether {@code fqcn} is a wrapper that also opens a file itself when given a file name, a
   * {@code File} or a {@code Path} ({@code PrintWriter}, {@code PrintStream}, {@code Formatter},
   * {@code Scanner}); every other wrapper's constructors only wrap.
   */
  public static boolean opensWhenGivenAFile(String fqcn) {
    return FILE_OPENING_WRAPPERS.containsKey(dotted(fqcn));
  }

  /**
   * What the constructor of {@code ownerFqcn} with these erased parameter types does: opens a
   * resource, wraps its first argument, or holds nothing.
   */
  public static ConstructorKind constructor(String ownerFqcn, List<String> parameterTypes) {
    String owner = dotted(ownerFqcn);
    String first = parameterTypes.isEmpty() ? null : dotted(parameterTypes.get(0));
    if ("java.io.FileDescriptor".equals(first)) {
      // new FileInputStream(fd) adopts a descriptor someone else opened and must close.
      return ConstructorKind.HOLDS_NOTHING;
    }
    if (RESOURCE_TYPES.contains(owner)) {
      return ConstructorKind.OPENS;
    }
    Set<String> opening = LIBRARY_OPENING_CONSTRUCTORS.get(owner);
    if (opening != null) {
      boolean borrows = parameterTypes.stream()
          .anyMatch(type -> LIBRARY_BORROWED_PARAMETERS.contains(dotted(type)));
      // new POIFSFileSystem(): no first parameter, nothing opened (and Set.of(..) rejects a null)
      return first != null && opening.contains(first) && !borrows
          ? ConstructorKind.OPENS : ConstructorKind.NOT_KNOWN;
    }
    if (NON_RESOURCE_TYPES.contains(owner)) {
      return ConstructorKind.HOLDS_NOTHING;
    }
    if (!WRAPPER_TYPES.contains(owner)) {
      return ConstructorKind.NOT_KNOWN;
    }
    if (first == null) {
      return ConstructorKind.HOLDS_NOTHING; // new Formatter()
    }
    if (FILE_OPENING_WRAPPERS.getOrDefault(owner, Set.of()).contains(first)) {
      return ConstructorKind.OPENS;
    }
    if (WRAPPABLE_PARAMETER_TYPES.contains(first) || WRAPPER_TYPES.contains(first)) {
      return ConstructorKind.WRAPS;
    }
    // new Scanner("text"), new Formatter(Locale.ROOT), new Scanner(File) is handled above.
    return ConstructorKind.HOLDS_NOTHING;
  }

  /**
   * {@link #constructor(String, List)} for bytecode: {@code descriptor} is the JVM descriptor of
   * {@code <init>}, such as {@code (Ljava/io/File;)V}.
   */
  public static ConstructorKind constructorFromDescriptor(String ownerFqcn, String descriptor) {
    return constructor(ownerFqcn, parameterTypes(descriptor));
  }

  /**
   * Whether calling {@code methodName} declared in (or statically invoked on) {@code ownerFqcn}
   * returns a newly opened resource the caller must close: {@code Files.newInputStream}, {@code
   * Files.lines}, {@code DriverManager.getConnection}, {@code Connection.prepareStatement}, {@code
   * Statement.executeQuery}, {@code FileChannel.open}, {@code URL.openStream}, ... Views of a
   * resource owned elsewhere ({@code Socket.getInputStream}) are not acquisitions.
   */
  public static boolean acquires(String ownerFqcn, String methodName) {
    return acquiresWhateverTheOwner(methodName)
        || ACQUIRING_FACTORIES.getOrDefault(dotted(ownerFqcn), Set.of()).contains(methodName);
  }

  /**
   * Whether calling {@code methodName} of {@code ownerFqcn} acquires when it returns {@code
   * resultType}: {@link #acquires(String, String)}, and where overloads of that name return other
   * things ({@link #FACTORY_RESULT_TYPES}), only the one returning the resource. {@code
   * resultType} is a qualified name (dots or slashes), the simple name a source engine read from
   * the declaration the result is stored into, or null when the engine cannot tell: then a
   * factory whose result type matters does not acquire.
   */
  public static boolean acquires(String ownerFqcn, String methodName, String resultType) {
    if (!acquires(ownerFqcn, methodName)) {
      return false;
    }
    String required = FACTORY_RESULT_TYPES.get(dotted(ownerFqcn) + "#" + methodName);
    if (required == null) {
      return true;
    }
    if (resultType == null) {
      return false;
    }
    String result = dotted(resultType);
    return result.equals(required)
        || result.indexOf('.') < 0 && required.endsWith("." + result);
  }

  /**
   * Whether a call of this name returns a resource the caller owns whichever class declares it
   * ({@code getResourceAsStream}): a source engine may decide without resolving the call.
   */
  public static boolean acquiresWhateverTheOwner(String methodName) {
    return ACQUIRING_WHATEVER_THE_OWNER.contains(methodName);
  }

  /**
   * What the library factory {@code ownerFqcn.methodName} (static) does, given the erased type
   * of its first parameter: {@link ConstructorKind#OPENS} ({@code TikaInputStream.get(File)},
   * {@code OPCPackage.open(String)}), {@link ConstructorKind#WRAPS} its first argument ({@code
   * TikaInputStream.get(InputStream)}), or {@link ConstructorKind#NOT_KNOWN}.
   */
  public static ConstructorKind factoryByArgument(String ownerFqcn, String methodName,
      String firstParameterType) {
    if (firstParameterType == null) {
      return ConstructorKind.NOT_KNOWN;
    }
    String key = dotted(ownerFqcn) + "#" + methodName;
    String first = dotted(firstParameterType);
    if (ARGUMENT_OPENING_FACTORIES.getOrDefault(key, Set.of()).contains(first)) {
      return ConstructorKind.OPENS;
    }
    if (ARGUMENT_WRAPPING_FACTORIES.getOrDefault(key, Set.of()).contains(first)) {
      return ConstructorKind.WRAPS;
    }
    return ConstructorKind.NOT_KNOWN;
  }

  /**
   * Whether the library factory {@code ownerFqcn.methodName} wraps its first argument when that
   * is a stream ({@code TikaInputStream.get(new FileInputStream(f))}): a source engine that only
   * knows the argument's own type (a subtype of the parameter's) asks this, then whether the
   * argument acquires.
   */
  public static boolean wrapsFirstArgument(String ownerFqcn, String methodName) {
    return ARGUMENT_WRAPPING_FACTORIES.containsKey(dotted(ownerFqcn) + "#" + methodName);
  }

  /**
   * Whether some library factory {@link #factoryByArgument} knows is named {@code methodName}
   * and declared by {@code ownerFqcn}: a cheap test before an engine works out the argument's
   * type.
   */
  public static boolean isFactoryByArgument(String ownerFqcn, String methodName) {
    String key = dotted(ownerFqcn) + "#" + methodName;
    return ARGUMENT_OPENING_FACTORIES.containsKey(key)
        || ARGUMENT_WRAPPING_FACTORIES.containsKey(key);
  }

  /**
   * Whether the static factory {@code ownerFqcn.methodName} wraps its first argument and takes
   * ownership of it ({@code Channels.newInputStream(channel)}).
   */
  public static boolean wrapsViaFactory(String ownerFqcn, String methodName) {
    return WRAPPING_FACTORIES.getOrDefault(dotted(ownerFqcn), Set.of()).contains(methodName);
  }

  /**
   * Whether {@code ownerFqcn.methodName} (a {@code java.sql} statement type, or a supertype the
   * engine found for the receiver) returns a result set that carries its statement along:
   * {@code getResultSet}, {@code executeQuery}, {@code getGeneratedKeys}. When such a result set
   * leaves the method (returned, stored, passed on), the statement goes with it; a method whose
   * declared return type is a {@link #owningViewType() ResultSet} is taken to hand it on.
   */
  public static boolean derivesOwningView(String ownerFqcn, String methodName) {
    return OWNING_VIEW_FACTORIES.getOrDefault(dotted(ownerFqcn), Set.of()).contains(methodName);
  }

  /**
   * Whether the resource {@code ownerFqcn.methodName} returns is closed when its receiver is
   * ({@code connection.createStatement()}, {@code statement.executeQuery(..)}): JDBC closes a
   * connection's statements and a statement's current result set with it.
   */
  public static boolean closedWithReceiver(String ownerFqcn, String methodName) {
    return CLOSED_WITH_PARENT_FACTORIES.getOrDefault(dotted(ownerFqcn), Set.of())
        .contains(methodName);
  }

  /**
   * Whether some type's method of this name {@link #closedWithReceiver is closed with its
   * receiver}: a cheap syntactic filter before an engine works out the receiver's type.
   */
  public static boolean mayBeClosedWithReceiver(String methodName) {
    return CLOSED_WITH_PARENT_METHOD_NAMES.contains(methodName);
  }

  /**
   * Whether some type's method of this name {@link #isViewOwnedByReceiver returns a view its
   * receiver owns}: a cheap syntactic filter before an engine works out the receiver's type.
   */
  public static boolean mayBeViewOwnedByReceiver(String methodName) {
    return VIEWS_OWNED_BY_RECEIVER_METHOD_NAMES.contains(methodName);
  }

  /** Names of every method {@link #derivesOwningView} knows: a cheap syntactic filter. */
  public static Set<String> owningViewMethodNames() {
    return RESULT_SET_FACTORIES;
  }

  /**
   * {@code java.sql.ResultSet}: a method declared to return this type (or a subtype) that derives
   * one from a statement it opened hands the statement to its caller.
   */
  public static String owningViewType() {
    return OWNING_VIEW_TYPE;
  }

  /**
   * Simple names of every type {@link #constructor} knows ({@code FileInputStream}, {@code
   * BufferedReader}, ...): a cheap syntactic filter before a source engine resolves a {@code new}.
   */
  public static Set<String> knownTypeSimpleNames() {
    return KNOWN_TYPE_SIMPLE_NAMES;
  }

  /**
   * Simple names of the library types {@link #isLibraryTypeThatMayOpen} knows ({@code RevWalk},
   * {@code DataFileReader}): part of {@link #knownTypeSimpleNames}, but a {@code new} of one the
   * engine could not judge (its argument's type unknown) is still no verdict of the tables.
   */
  public static Set<String> libraryTypeSimpleNames() {
    return LIBRARY_TYPE_SIMPLE_NAMES;
  }

  /**
   * Whether a type of this simple name is one of the {@link #isNonResource in-memory}
   * closeables ({@code ByteArrayOutputStream}, {@code StringWriter}, {@code Stream}): for a
   * source engine that cannot resolve the name, the spelling is all it has.
   */
  public static boolean isNonResourceSimpleName(String simpleName) {
    return NON_RESOURCE_SIMPLE_NAMES.contains(simpleName);
  }

  /**
   * Whether a type of this simple name is a stream, reader, writer, channel or a resource type
   * this class knows ({@code InputStream}, {@code Reader}, {@code FileInputStream}, ...): what a
   * value built on it wraps.
   */
  public static boolean isStreamSimpleName(String simpleName) {
    return STREAM_SIMPLE_NAMES.contains(simpleName);
  }

  /**
   * Every type whose constructor {@link #constructor} can answer {@link ConstructorKind#OPENS}
   * for, fully qualified: a {@code new} of any other type acquires nothing by itself.
   */
  public static Set<String> typesWhoseConstructorMayOpen() {
    return TYPES_WHOSE_CONSTRUCTOR_MAY_OPEN;
  }

  /**
   * Names of every method {@link #acquires} or {@link #wrapsViaFactory} knows ({@code lines},
   * {@code getConnection}, ...): a cheap syntactic filter before a source engine resolves a call.
   */
  public static Set<String> factoryMethodNames() {
    return FACTORY_METHOD_NAMES;
  }

  /**
   * The classes (fully qualified) that declare an acquiring or wrapping factory named {@code
   * methodName}; empty when none does.
   */
  public static Set<String> factoryOwners(String methodName) {
    Set<String> owners = new java.util.TreeSet<>();
    for (Map<String, Set<String>> factories : List.of(ACQUIRING_FACTORIES, WRAPPING_FACTORIES)) {
      factories.forEach((owner, names) -> {
        if (names.contains(methodName)) {
          owners.add(owner);
        }
      });
    }
    for (Map<String, Set<String>> factories
        : List.of(ARGUMENT_OPENING_FACTORIES, ARGUMENT_WRAPPING_FACTORIES)) {
      factories.keySet().stream().filter(key -> key.endsWith("#" + methodName))
          .forEach(key -> owners.add(key.substring(0, key.indexOf('#'))));
    }
    return owners;
  }

  /**
   * Whether {@code ownerFqcn.methodName} is a known factory that is a static method ({@code
   * Files.lines}, {@code DriverManager.getConnection}, {@code FileChannel.open}), as opposed to
   * an instance method ({@code Connection.prepareStatement}, {@code URL.openStream}).
   */
  public static boolean isStaticFactory(String ownerFqcn, String methodName) {
    String owner = dotted(ownerFqcn);
    return STATIC_FACTORY_OWNERS.contains(owner)
        && (acquires(owner, methodName) || wrapsViaFactory(owner, methodName)
            || isFactoryByArgument(owner, methodName));
  }

  /**
   * Whether a call of {@code ownerFqcn.methodName} with {@code argumentCount} arguments can be
   * that factory: true for any count where the table does not list the factory's counts (a
   * static factory, a name that acquires whatever its owner); see {@link
   * #INSTANCE_FACTORY_ARGUMENT_COUNTS}.
   */
  public static boolean takesArgumentCount(String ownerFqcn, String methodName,
      int argumentCount) {
    Set<Integer> counts = INSTANCE_FACTORY_ARGUMENT_COUNTS.get(dotted(ownerFqcn) + "#" + methodName);
    return counts == null || counts.contains(argumentCount);
  }

  /**
   * Whether a call of {@code methodName} with {@code argumentCount} arguments on a receiver
   * (not a class name) may be an instance factory some table knows, whatever the receiver's type:
   * a name that acquires whatever its owner, or an instance factory of that name taking that
   * many arguments. A source engine rules the rest out before resolving the receiver.
   */
  public static boolean mayBeInstanceFactoryCall(String methodName, int argumentCount) {
    return acquiresWhateverTheOwner(methodName)
        || INSTANCE_FACTORY_COUNTS_BY_NAME.getOrDefault(methodName, Set.of())
            .contains(argumentCount);
  }

  private static final Map<String, Set<Integer>> INSTANCE_FACTORY_COUNTS_BY_NAME =
      INSTANCE_FACTORY_ARGUMENT_COUNTS.entrySet().stream().collect(
          java.util.stream.Collectors.toUnmodifiableMap(
              e -> e.getKey().substring(e.getKey().indexOf('#') + 1), Map.Entry::getValue,
              (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                  .collect(java.util.stream.Collectors.toUnmodifiableSet())));

  /** The {@code owner#name} of every instance factory whose argument counts are listed. */
  static Set<String> instanceFactoriesWithArgumentCounts() {
    return INSTANCE_FACTORY_ARGUMENT_COUNTS.keySet();
  }

  /** Whether a call of {@code methodName} on a resource releases it: {@code close}. */
  public static boolean isCloseMethod(String methodName) {
    return "close".equals(methodName);
  }

  /**
   * Whether a method of this name, given the resource as an argument, closes it: {@code
   * IOUtils.closeQuietly(in)}, Guava's {@code Closeables.closeQuietly(in)}, or a project's own
   * {@code closeQuietly} helper.
   */
  public static boolean isQuietCloseHelper(String methodName) {
    return QUIET_CLOSE_HELPERS.contains(methodName);
  }

  /**
   * Whether the static helper {@code ownerFqcn.methodName}, given the resource as an argument,
   * closes it: a {@link #isQuietCloseHelper quiet-close name} whoever declares it, or a helper of
   * a known class under a common name (Ant's {@code FileUtils.close(in)}, Hadoop's {@code
   * IOUtils.cleanup(log, in)}, Spring's {@code FileCopyUtils.copy(in, out)}). A null owner (the
   * engine could not tell) counts only the quiet-close names.
   */
  public static boolean closesArguments(String ownerFqcn, String methodName) {
    return isQuietCloseHelper(methodName)
        || ownerFqcn != null
            && CLOSING_HELPERS_BY_CLASS.getOrDefault(dotted(ownerFqcn), Set.of())
                .contains(methodName);
  }

  /**
   * Whether some class's helper of this name {@link #closesArguments closes its arguments}: a
   * cheap syntactic filter before an engine works out the call's owner.
   */
  public static boolean mayCloseArguments(String methodName) {
    return isQuietCloseHelper(methodName) || CLOSING_HELPER_NAMES_BY_CLASS.contains(methodName);
  }

  /**
   * The classes (fully qualified) whose helper named {@code methodName} {@link #closesArguments
   * closes its arguments}; empty for a quiet-close name (any owner) or an unknown one.
   */
  public static Set<String> closingHelperOwners(String methodName) {
    Set<String> owners = new java.util.TreeSet<>();
    CLOSING_HELPERS_BY_CLASS.forEach((owner, names) -> {
      if (names.contains(methodName)) {
        owners.add(owner);
      }
    });
    return owners;
  }

  /** Whether {@code declaringType.methodName(…)} is known never to throw. */
  public static boolean cannotThrow(String declaringType, String methodName) {
    return CALLS_THAT_CANNOT_THROW.getOrDefault(declaringType, Set.of()).contains(methodName);
  }

  /**
   * Whether some call named {@code methodName} may be one that {@link #cannotThrow}: lets an
   * engine resolve a call's declaring type only when the answer can matter.
   */
  public static boolean mayBeCallThatCannotThrow(String methodName) {
    return NAMES_OF_CALLS_THAT_CANNOT_THROW.contains(methodName);
  }

  /**
   * Whether {@code ownerFqcn.methodName} returns a stream its receiver owns and releases itself
   * ({@code response.getWriter()}, {@code socket.getInputStream()}, {@code
   * process.getInputStream()}): closing it by hand on some path does not make the caller its
   * owner.
   */
  public static boolean isViewOwnedByReceiver(String ownerFqcn, String methodName) {
    return VIEWS_OWNED_BY_RECEIVER.getOrDefault(dotted(ownerFqcn), Set.of()).contains(methodName);
  }

  /** The names {@link #isQuietCloseHelper} accepts: a cheap syntactic filter. */
  public static Set<String> quietCloseHelperNames() {
    return QUIET_CLOSE_HELPERS;
  }

  /**
   * Whether {@code ownerFqcn.methodName} (the class declaring it or, for a static utility, the
   * class it is called on) uses the streams passed to it and leaves them open, so passing a
   * resource to it hands nothing over ({@code props.load(in)}, {@code IOUtils.copy(in, out)}).
   */
  public static boolean borrowsArguments(String ownerFqcn, String methodName) {
    return BORROWING_METHODS.getOrDefault(dotted(ownerFqcn), Set.of()).contains(methodName);
  }

  /** Names of every method {@link #borrowsArguments} knows: a cheap syntactic filter. */
  public static boolean mayBorrowArguments(String methodName) {
    return BORROWING_METHOD_NAMES.contains(methodName);
  }

  private static final Set<String> BORROWING_METHOD_NAMES = BORROWING_METHODS.values().stream()
      .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Erased parameter types of a JVM method descriptor, as dotted names ({@code int}, {@code byte[]}). */
  public static List<String> parameterTypes(String descriptor) {
    List<String> types = new ArrayList<>();
    int i = descriptor.indexOf('(') + 1;
    int end = descriptor.indexOf(')');
    while (i < end) {
      int dims = 0;
      while (descriptor.charAt(i) == '[') {
        dims++;
        i++;
      }
      String base;
      char c = descriptor.charAt(i);
      if (c == 'L') {
        int semi = descriptor.indexOf(';', i);
        base = descriptor.substring(i + 1, semi).replace('/', '.');
        i = semi + 1;
      } else {
        base = primitive(c);
        i++;
      }
      types.add(base + "[]".repeat(dims));
    }
    return types;
  }

  private static String primitive(char c) {
    return switch (c) {
      case 'Z' -> "boolean";
      case 'B' -> "byte";
      case 'C' -> "char";
      case 'S' -> "short";
      case 'I' -> "int";
      case 'J' -> "long";
      case 'F' -> "float";
      case 'D' -> "double";
      default -> throw new IllegalArgumentException("not a parameter type: " + c);
    };
  }

  private static String dotted(String name) {
    return name.replace('/', '.');
  }
}
