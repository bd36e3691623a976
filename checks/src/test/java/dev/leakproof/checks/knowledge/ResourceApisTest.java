package dev.leakproof.checks.knowledge;

import static dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind.HOLDS_NOTHING;
import static dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind.NOT_KNOWN;
import static dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind.OPENS;
import static dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind.WRAPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ResourceApisTest {
  @Test
  void everyInstanceFactoryListsTheArgumentCountsItsOverloadsTake() throws Exception {
    Set<String> instanceFactories = new TreeSet<>();
    for (String name : ResourceApis.factoryMethodNames()) {
      for (String owner : ResourceApis.factoryOwners(name)) {
        if (ResourceApis.acquires(owner, name) && !ResourceApis.isStaticFactory(owner, name)
            && !ResourceApis.acquiresWhateverTheOwner(name)) {
          instanceFactories.add(owner + "#" + name);
        }
      }
    }
    assertEquals(instanceFactories, new TreeSet<>(ResourceApis.instanceFactoriesWithArgumentCounts()));
    for (String factory : instanceFactories) {
      String owner = factory.substring(0, factory.indexOf('#'));
      String name = factory.substring(factory.indexOf('#') + 1);
      if (!isJdkPackage(owner.substring(0, owner.lastIndexOf('.')))) {
        continue; // a library's (javax.persistence too), not on this class path: read from its
                  // sources (see the table)
      }
      Set<Integer> declared = Stream.of(Class.forName(owner).getMethods())
          .filter(m -> m.getName().equals(name)).map(Method::getParameterCount)
          .collect(Collectors.toSet());
      for (int count = 0; count <= 7; count++) {
        assertEquals(declared.contains(count),
            ResourceApis.takesArgumentCount(owner, name, count), factory + " with " + count);
      }
    }
    // Static factories and names that acquire whatever their owner take any count.
    assertTrue(ResourceApis.takesArgumentCount("java.nio.file.Files", "list", 3));
    assertTrue(ResourceApis.takesArgumentCount("java.lang.Class", "getResourceAsStream", 2));
    assertFalse(ResourceApis.takesArgumentCount("java/net/ServerSocket", "accept", 1));
    // By name and count alone: consumer.accept(x) is no ServerSocket.accept(), whatever the
    // receiver; a ZipFile's getInputStream(entry) and a URLConnection's getInputStream() are.
    assertFalse(ResourceApis.mayBeInstanceFactoryCall("accept", 1));
    assertTrue(ResourceApis.mayBeInstanceFactoryCall("accept", 0));
    assertTrue(ResourceApis.mayBeInstanceFactoryCall("getInputStream", 0));
    assertTrue(ResourceApis.mayBeInstanceFactoryCall("getInputStream", 1));
    assertFalse(ResourceApis.mayBeInstanceFactoryCall("getColumns", 0));
    assertTrue(ResourceApis.mayBeInstanceFactoryCall("getResourceAsStream", 3));
    assertFalse(ResourceApis.mayBeInstanceFactoryCall("list", 0)); // Files.list: static
  }

  @Test
  void fileStreamsSocketsArchivesAndJdbcHoldResources() {
    for (String type :
        List.of(
            "java.io.FileInputStream",
            "java.io.FileWriter",
            "java.io.RandomAccessFile",
            "java.net.Socket",
            "java.sql.ResultSet",
            "java.util.zip.ZipFile",
            "java/util/jar/JarFile")) {
      assertTrue(ResourceApis.isResourceType(type), type);
    }
  }

  @Test
  void inMemoryCloseablesAndStreamsHoldNone() {
    assertTrue(ResourceApis.isNonResource("java.io.ByteArrayOutputStream"));
    assertTrue(ResourceApis.isNonResource("java.io.StringReader"));
    assertTrue(ResourceApis.isNonResource("java.util.stream.Stream"));
    assertTrue(ResourceApis.isNonResource("org.eclipse.jgit.util.io.MessageWriter"));
    assertFalse(ResourceApis.isNonResource("org.eclipse.jgit.util.io.MessageWriter2"));
    assertFalse(ResourceApis.isResourceType("java.io.ByteArrayInputStream"));
    assertFalse(ResourceApis.isResourceType("java.util.Scanner"));
    assertEquals(HOLDS_NOTHING, ResourceApis.constructor("java.io.CharArrayWriter", List.of()));
  }

  @Test
  void constructorsOfResourceTypesOpenUnlessTheyAdoptADescriptor() {
    assertEquals(OPENS, ResourceApis.constructor("java.io.FileInputStream", List.of("java.io.File")));
    assertEquals(OPENS, ResourceApis.constructorFromDescriptor("java/io/RandomAccessFile", "(Ljava/io/File;Ljava/lang/String;)V"));
    assertEquals(OPENS, ResourceApis.constructor("java.net.Socket", List.of("java.lang.String", "int")));
    assertEquals(HOLDS_NOTHING, ResourceApis.constructor("java.io.FileInputStream", List.of("java.io.FileDescriptor")));
  }

  @Test
  void wrappersWrapTheirFirstStreamArgument() {
    assertTrue(ResourceApis.isWrapperType("java.io.BufferedReader"));
    assertEquals(WRAPS, ResourceApis.constructor("java.io.BufferedReader", List.of("java.io.Reader")));
    assertEquals(WRAPS, ResourceApis.constructor("java.io.InputStreamReader", List.of("java.io.InputStream", "java.nio.charset.Charset")));
    assertEquals(WRAPS, ResourceApis.constructorFromDescriptor("java/util/zip/GZIPInputStream", "(Ljava/io/InputStream;I)V"));
    assertEquals(WRAPS, ResourceApis.constructor("java.util.Scanner", List.of("java.io.InputStream")));
    assertEquals(WRAPS, ResourceApis.constructor("java.io.PrintWriter", List.of("java.io.Writer", "boolean")));
  }

  @Test
  void printersFormattersAndScannersOpenOnlyWhenGivenAFile() {
    assertEquals(OPENS, ResourceApis.constructor("java.io.PrintWriter", List.of("java.lang.String")));
    assertEquals(OPENS, ResourceApis.constructor("java.io.PrintStream", List.of("java.io.File", "java.lang.String")));
    assertEquals(OPENS, ResourceApis.constructor("java.util.Formatter", List.of("java.io.File")));
    assertEquals(OPENS, ResourceApis.constructor("java.util.Scanner", List.of("java.nio.file.Path")));
    assertEquals(HOLDS_NOTHING, ResourceApis.constructor("java.util.Scanner", List.of("java.lang.String")));
    assertEquals(HOLDS_NOTHING, ResourceApis.constructor("java.util.Formatter", List.of()));
    assertEquals(HOLDS_NOTHING, ResourceApis.constructor("java.util.Formatter", List.of("java.util.Locale")));
  }

  @Test
  void onlyPrintersFormattersAndScannersAmongWrappersOpenFiles() {
    assertTrue(ResourceApis.opensWhenGivenAFile("java.io.PrintWriter"));
    assertTrue(ResourceApis.opensWhenGivenAFile("java.util.Scanner"));
    assertFalse(ResourceApis.opensWhenGivenAFile("java.io.BufferedReader"));
    assertFalse(ResourceApis.opensWhenGivenAFile("java.io.FileInputStream"));
  }

  @Test
  void unknownTypesAreNotKnown() {
    assertEquals(NOT_KNOWN, ResourceApis.constructor("com.example.Pool", List.of()));
    assertEquals(NOT_KNOWN, ResourceApis.constructor("java.lang.Thread", List.of("java.lang.Runnable")));
  }

  @Test
  void factoriesThatOpenAreKnownAndViewsAreNot() {
    assertTrue(ResourceApis.acquires("java.nio.file.Files", "lines"));
    assertTrue(ResourceApis.acquires("java/nio/file/Files", "newBufferedReader"));
    assertTrue(ResourceApis.acquires("java.sql.DriverManager", "getConnection"));
    assertTrue(ResourceApis.acquires("javax.sql.DataSource", "getConnection"));
    assertTrue(ResourceApis.acquires("java.sql.Connection", "prepareStatement"));
    assertTrue(ResourceApis.acquires("java.sql.PreparedStatement", "executeQuery"));
    assertTrue(ResourceApis.acquires("java.nio.channels.FileChannel", "open"));
    assertTrue(ResourceApis.acquires("java.net.HttpURLConnection", "getInputStream"));
    assertFalse(ResourceApis.acquires("java.nio.file.Files", "readAllLines"));
    assertFalse(ResourceApis.acquires("java.nio.file.Files", "readString"));
    assertFalse(ResourceApis.acquires("java.net.Socket", "getInputStream"));
    assertFalse(ResourceApis.acquires("java.util.Collection", "stream"));
    // A pool whose threads never end by themselves is acquired; one that ends idle threads
    // itself (or is shut down when collected) is not.
    assertTrue(ResourceApis.acquires("java.util.concurrent.Executors", "newFixedThreadPool"));
    assertTrue(ResourceApis.isStaticFactory("java.util.concurrent.Executors", "newFixedThreadPool"));
    assertFalse(ResourceApis.acquires("java.util.concurrent.Executors", "newCachedThreadPool"));
    assertFalse(ResourceApis.acquires("java.util.concurrent.Executors", "newSingleThreadExecutor"));
    assertTrue(ResourceApis.wrapsViaFactory("java.nio.channels.Channels", "newInputStream"));
  }

  @Test
  void anHttpResponseBodyAcquiresOnlyWhereItIsAStream() {
    String response = "java.net.http.HttpResponse";
    // HttpResponse<InputStream>.body(): BodyHandlers.ofInputStream's stream, the caller's to close
    assertTrue(ResourceApis.acquires(response, "body", "java.io.InputStream"));
    assertTrue(ResourceApis.acquires("java/net/http/HttpResponse", "body", "InputStream"));
    // ofString(), ofByteArray(), or a type the engine cannot tell (the erased Object)
    assertFalse(ResourceApis.acquires(response, "body", "java.lang.String"));
    assertFalse(ResourceApis.acquires(response, "body", "java.lang.Object"));
    assertFalse(ResourceApis.acquires(response, "body", null));
    assertFalse(ResourceApis.isStaticFactory(response, "body"));
  }

  @Test
  void resultSetsThatCarryTheirStatementAreOwningViewsAndOnlyExecuteQueryAcquires() {
    for (String statement : List.of("java.sql.Statement", "java/sql/PreparedStatement",
        "java.sql.CallableStatement")) {
      assertTrue(ResourceApis.derivesOwningView(statement, "getResultSet"));
      assertTrue(ResourceApis.derivesOwningView(statement, "getGeneratedKeys"));
      assertTrue(ResourceApis.derivesOwningView(statement, "executeQuery"));
      assertFalse(ResourceApis.derivesOwningView(statement, "executeUpdate"));
      assertFalse(ResourceApis.derivesOwningView(statement, "getConnection"));
    }
    assertTrue(ResourceApis.acquires("java.sql.Statement", "executeQuery"));
    assertFalse(ResourceApis.acquires("java.sql.Statement", "getResultSet"));
    assertFalse(ResourceApis.acquires("java.sql.Statement", "getGeneratedKeys"));
    assertFalse(ResourceApis.derivesOwningView("java.sql.Connection", "getResultSet"));
    assertEquals(java.util.Set.of("executeQuery", "getResultSet", "getGeneratedKeys"),
        ResourceApis.owningViewMethodNames());
    assertEquals("java.sql.ResultSet", ResourceApis.owningViewType());
  }

  @Test
  void jdbcChildrenAreClosedWithTheirReceiverButAcceptedSocketsAreNot() {
    assertTrue(ResourceApis.closedWithReceiver("java.sql.Connection", "createStatement"));
    assertTrue(ResourceApis.closedWithReceiver("java/sql/Connection", "prepareStatement"));
    assertTrue(ResourceApis.closedWithReceiver("java.sql.Connection", "prepareCall"));
    assertTrue(ResourceApis.closedWithReceiver("java/util/jar/JarFile", "getInputStream"));
    assertTrue(ResourceApis.closedWithReceiver("java.sql.PreparedStatement", "executeQuery"));
    assertFalse(ResourceApis.closedWithReceiver("java.sql.Statement", "getResultSet"));
    assertFalse(ResourceApis.closedWithReceiver("javax.sql.DataSource", "getConnection"));
    assertFalse(ResourceApis.closedWithReceiver("java.net.ServerSocket", "accept"));
  }

  @Test
  void closeAndQuietCloseHelpersRelease() {
    assertTrue(ResourceApis.isCloseMethod("close"));
    assertFalse(ResourceApis.isCloseMethod("flush"));
    assertTrue(ResourceApis.isQuietCloseHelper("closeQuietly"));
    assertFalse(ResourceApis.isQuietCloseHelper("read"));
  }

  @Test
  void closingHelpersUnderCommonNamesCountOnlyForTheirClass() {
    assertTrue(ResourceApis.closesArguments("org.apache.tools.ant.util.FileUtils", "close"));
    assertTrue(ResourceApis.closesArguments("org/apache/hadoop/io/IOUtils", "cleanup"));
    assertTrue(ResourceApis.closesArguments("org.springframework.util.FileCopyUtils", "copy"));
    assertTrue(ResourceApis.closesArguments(null, "closeQuietly"), "a quiet name, any owner");
    assertFalse(ResourceApis.closesArguments("org.apache.commons.io.FileUtils", "close"));
    assertFalse(ResourceApis.closesArguments("org.springframework.util.StreamUtils", "copy"),
        "StreamUtils leaves its streams open");
    assertFalse(ResourceApis.closesArguments(null, "close"));
    assertTrue(ResourceApis.mayCloseArguments("cleanup"));
    assertFalse(ResourceApis.mayCloseArguments("read"));
    assertEquals(java.util.Set.of("org.apache.hadoop.io.IOUtils",
        "org.apache.zookeeper.common.IOUtils"), ResourceApis.closingHelperOwners("cleanup"));
  }

  @Test
  void simpleNamesFilterCheaplyBeforeResolution() {
    assertTrue(ResourceApis.knownTypeSimpleNames().contains("FileInputStream"));
    assertTrue(ResourceApis.knownTypeSimpleNames().contains("BufferedReader"));
    assertFalse(ResourceApis.knownTypeSimpleNames().contains("File"));
    assertTrue(ResourceApis.factoryMethodNames().contains("lines"));
    assertTrue(ResourceApis.factoryMethodNames().contains("newInputStream"));
    assertFalse(ResourceApis.factoryMethodNames().contains("readAllLines"));
  }

  @Test
  void factoriesKnowTheirOwnersAndWhetherTheyAreStatic() {
    assertEquals(java.util.Set.of("java.nio.file.Files"), ResourceApis.factoryOwners("lines"));
    assertEquals(java.util.Set.of("java.sql.DriverManager", "javax.sql.DataSource"),
        ResourceApis.factoryOwners("getConnection"));
    assertTrue(ResourceApis.factoryOwners("toString").isEmpty());
    assertTrue(ResourceApis.isStaticFactory("java/nio/file/Files", "list"));
    assertTrue(ResourceApis.isStaticFactory("java.sql.DriverManager", "getConnection"));
    assertFalse(ResourceApis.isStaticFactory("javax.sql.DataSource", "getConnection"));
    assertFalse(ResourceApis.isStaticFactory("java.sql.Connection", "prepareStatement"));
    assertFalse(ResourceApis.isStaticFactory("java.nio.file.Files", "readAllLines"));
  }

  @Test
  void descriptorsParseToErasedDottedNames() {
    assertEquals(
        List.of("int", "java.lang.String", "byte[]", "java.io.File[][]", "long"),
        ResourceApis.parameterTypes("(ILjava/lang/String;[B[[Ljava/io/File;J)V"));
    assertEquals(List.of(), ResourceApis.parameterTypes("()V"));
  }

  @Test
  void borrowingMethodsLeaveTheirStreamsToTheCaller() {
    assertTrue(ResourceApis.borrowsArguments("java.util.Properties", "load"));
    assertTrue(ResourceApis.borrowsArguments("java/nio/file/Files", "copy"));
    assertTrue(ResourceApis.borrowsArguments("org.apache.commons.io.IOUtils", "toString"));
    assertTrue(ResourceApis.mayBorrowArguments("transferTo"));
    // loadFromXML closes its stream; a look-alike name on another class borrows nothing known.
    assertFalse(ResourceApis.borrowsArguments("java.util.Properties", "loadFromXML"));
    assertFalse(ResourceApis.borrowsArguments("com.example.Properties", "load"));
    assertFalse(ResourceApis.mayBorrowArguments("consume"));
  }

  @Test
  void guavaCloserRegisterCannotThrowButItsNamesakesMay() {
    assertTrue(ResourceApis.cannotThrow("com.google.common.io.Closer", "register"));
    assertTrue(ResourceApis.mayBeCallThatCannotThrow("register"));
    assertFalse(ResourceApis.cannotThrow("com.example.Closer", "register"));
    assertFalse(ResourceApis.cannotThrow("com.google.common.io.Closer", "rethrow"));
    assertFalse(ResourceApis.mayBeCallThatCannotThrow("read"));
  }

  @Test
  void addingASuppressedExceptionCannotThrow() {
    assertTrue(ResourceApis.cannotThrow("java.lang.Throwable", "addSuppressed"));
    assertTrue(ResourceApis.mayBeCallThatCannotThrow("addSuppressed"));
    assertFalse(ResourceApis.cannotThrow("java.lang.Throwable", "initCause"));
  }

  @Test
  void anOpenFilesDescriptorCannotBeRefusedButItsOtherCallsMayThrow() {
    assertTrue(ResourceApis.cannotThrow("java.io.RandomAccessFile", "getFD"));
    assertTrue(ResourceApis.cannotThrow("java.io.FileInputStream", "getFD"));
    assertTrue(ResourceApis.cannotThrow("java.io.FileOutputStream", "getFD"));
    assertFalse(ResourceApis.cannotThrow("java.io.RandomAccessFile", "length"));
    assertFalse(ResourceApis.cannotThrow("java.net.Socket", "getFD"));
  }

  @Test
  void libraryTypesOpenOnlyThroughTheConstructorsThatOpen() {
    assertEquals(OPENS, ResourceApis.constructor("org.eclipse.jgit.revwalk.RevWalk",
        List.of("org.eclipse.jgit.lib.Repository")));
    assertEquals(OPENS, ResourceApis.constructorFromDescriptor("org/apache/avro/file/DataFileReader",
        "(Ljava/io/File;Lorg/apache/avro/io/DatumReader;)V"));
    // Over a caller's reader or input, the walk and the reader borrow it.
    assertEquals(NOT_KNOWN, ResourceApis.constructor("org.eclipse.jgit.revwalk.RevWalk",
        List.of("org.eclipse.jgit.lib.ObjectReader")));
    assertEquals(NOT_KNOWN, ResourceApis.constructorFromDescriptor("org/eclipse/jgit/treewalk/TreeWalk",
        "(Lorg/eclipse/jgit/lib/Repository;Lorg/eclipse/jgit/lib/ObjectReader;)V"));
    assertEquals(OPENS, ResourceApis.constructorFromDescriptor("org/eclipse/jgit/treewalk/TreeWalk",
        "(Lorg/eclipse/jgit/lib/Repository;)V"));
    assertEquals(NOT_KNOWN, ResourceApis.constructor("org.apache.avro.file.DataFileReader",
        List.of("org.apache.avro.file.SeekableInput", "org.apache.avro.io.DatumReader")));
    // Without arguments (POI's in-memory file system, "intended for writing"): nothing opened.
    assertEquals(NOT_KNOWN, ResourceApis.constructor(
        "org.apache.poi.poifs.filesystem.POIFSFileSystem", List.of()));
    assertEquals(NOT_KNOWN, ResourceApis.constructorFromDescriptor(
        "org/apache/poi/poifs/filesystem/POIFSFileSystem", "()V"));
    // By fully qualified name only: a project's RevWalk is not JGit's.
    assertFalse(ResourceApis.isLibraryTypeThatMayOpen("com.example.RevWalk"));
    assertTrue(ResourceApis.libraryTypeSimpleNames().contains("RevWalk"));
  }

  @Test
  void libraryStaticFactoriesAndCatalogQueriesAcquire() {
    assertTrue(ResourceApis.acquires("org.apache.hadoop.hbase.client.ConnectionFactory", "createConnection"));
    assertTrue(ResourceApis.isStaticFactory("org.apache.hadoop.hbase.client.ConnectionFactory", "createConnection"));
    assertTrue(ResourceApis.isStaticFactory("org.eclipse.jgit.submodule.SubmoduleWalk", "forIndex"));
    assertTrue(ResourceApis.isStaticFactory("org.eclipse.jgit.api.Git", "open"));
    assertTrue(ResourceApis.acquires("org.eclipse.jgit.api.Git", "open"));
    assertFalse(ResourceApis.acquires("org.eclipse.jgit.api.Git", "wrap"), "owns nothing");
    assertFalse(ResourceApis.acquires("javax.jms.ConnectionFactory", "createConnectionConsumer"));
    assertTrue(ResourceApis.acquires("java.sql.DatabaseMetaData", "getTables"));
    assertFalse(ResourceApis.acquires("java.sql.DatabaseMetaData", "getURL"));
  }

  @Test
  void getResourceAsStreamAcquiresWhicheverClassDeclaresIt() {
    assertTrue(ResourceApis.acquires("org.apache.cxf.common.classloader.ClassLoaderUtils", "getResourceAsStream"));
    assertTrue(ResourceApis.acquiresWhateverTheOwner("getResourceAsStream"));
    assertFalse(ResourceApis.acquiresWhateverTheOwner("getInputStream"));
  }

  @Test
  void keyStoresAndCertificateFactoriesBorrowTheStream() {
    assertTrue(ResourceApis.borrowsArguments("java.security.KeyStore", "load"));
    assertTrue(ResourceApis.borrowsArguments("java.security.cert.CertificateFactory", "generateCertificate"));
    assertTrue(ResourceApis.borrowsArguments("java.security.KeyStore", "store"));
    assertFalse(ResourceApis.borrowsArguments("java.security.KeyStore", "getKey"));
  }

  @Test
  void libraryFactoriesOpenByTheirFirstParameter() {
    String tika = "org.apache.tika.io.TikaInputStream";
    assertEquals(OPENS, ResourceApis.factoryByArgument(tika, "get", "java.io.File"));
    assertEquals(OPENS, ResourceApis.factoryByArgument(tika, "get", "java/net/URL"));
    assertEquals(WRAPS, ResourceApis.factoryByArgument(tika, "get", "java.io.InputStream"));
    assertEquals(NOT_KNOWN, ResourceApis.factoryByArgument(tika, "get", "byte[]"));
    assertEquals(NOT_KNOWN, ResourceApis.factoryByArgument(tika, "get", null));
    assertEquals(NOT_KNOWN, ResourceApis.factoryByArgument("p.TikaInputStream", "get",
        "java.io.File"));
    String opc = "org.apache.poi.openxml4j.opc.OPCPackage";
    assertEquals(OPENS, ResourceApis.factoryByArgument(opc, "open", "java.lang.String"));
    assertEquals(NOT_KNOWN, ResourceApis.factoryByArgument(opc, "open", "java.io.InputStream"));
    assertTrue(ResourceApis.isStaticFactory(opc, "open"));
    assertTrue(ResourceApis.wrapsFirstArgument(tika, "get"));
    assertFalse(ResourceApis.wrapsFirstArgument(opc, "open"));
    assertTrue(ResourceApis.factoryMethodNames().contains("get"));
    assertEquals(java.util.Set.of(tika), ResourceApis.factoryOwners("get"));
  }

  @Test
  void jgitRepositoryHandsOutReadersAndInserters() {
    assertTrue(ResourceApis.acquires("org.eclipse.jgit.lib.Repository", "newObjectReader"));
    assertTrue(ResourceApis.acquires("org.eclipse.jgit.lib.Repository", "newObjectInserter"));
    assertFalse(ResourceApis.isStaticFactory("org.eclipse.jgit.lib.Repository", "newObjectReader"));
  }

  @Test
  void jdkStreamChannelSocketAndJdbcTypesAreOwnedResults() {
    for (String type : List.of("java.io.InputStream", "java.io.Writer", "java.io.BufferedReader",
        "java.nio.channels.SeekableByteChannel", "java.net.Socket", "java.sql.Connection",
        "java/util/zip/ZipFile")) {
      assertTrue(ResourceApis.isOwnedResultType(type), type);
    }
    for (String type : List.of("java.io.PrintStream", "java.util.Scanner",
        "java.io.ByteArrayInputStream", "java.lang.String", "p.InputStream")) {
      assertFalse(ResourceApis.isOwnedResultType(type), type);
    }
    assertFalse(ResourceApis.isOwnedResultType(null));
    assertTrue(ResourceApis.isOwnedResultSimpleName("InputStream"));
    assertFalse(ResourceApis.isOwnedResultSimpleName("PrintStream"));
  }

  private static boolean isJdkPackage(String packageName) {
    return ModuleLayer.boot().modules().stream()
        .anyMatch(module -> module.getPackages().contains(packageName));
  }
}
