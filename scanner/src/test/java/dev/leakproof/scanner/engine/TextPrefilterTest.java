package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.scanner.rules.ListenerLeak;
import dev.leakproof.scanner.rules.OuterInstanceRetention;
import dev.leakproof.scanner.rules.StringConcatInLoop;
import dev.leakproof.scanner.rules.ThreadLocalNotRemoved;
import dev.leakproof.scanner.rules.UnboundedStaticCache;
import dev.leakproof.scanner.rules.UnclosedResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPrefilterTest {
  private static final TextPrefilter RESOURCES =
      TextPrefilter.forRules(List.of(new UnclosedResource()));

  @Test
  void parsesAFileThatNamesAnAcquiringApi() {
    assertTrue(RESOURCES.mayReport("class A { void f() throws Exception {"
        + " java.io.InputStream in = new FileInputStream(\"x\"); } }"));
    assertTrue(RESOURCES.mayReport("class A { Object f(java.nio.file.Path p) throws Exception {"
        + " return Files.newBufferedReader(p); } }"));
  }

  @Test
  void skipsAFileThatNamesItOnlyInCommentsAndLiterals() {
    assertFalse(RESOURCES.mayReport("/* new FileInputStream(f) */ class A {\n"
        + "  // Files.newInputStream(p)\n"
        + "  String s = \"new FileInputStream(f)\"; char c = '\\'';\n"
        + "  String t = \"\"\"\n  Files.lines(p)\n  \"\"\";\n}"));
  }

  @Test
  void parsesTextItCannotReadWithoutTheParser() {
    assertTrue(RESOURCES.mayReport("class A { /* never closed"));
    assertTrue(RESOURCES.mayReport("class A { String s = \"open; }"));
    assertNull(SourceWords.of("class A { char c = '\\u0041'; }"));
    // a malformed escape (javac rejects the file), one that spells a backslash
    assertTrue(RESOURCES.mayReport("class A { char c = '\\u00G1'; }"));
    assertTrue(RESOURCES.mayReport("class A { String s = \"\\u005c\"\"; }"));
  }

  @Test
  void readsTwiceEveryTextWithABackslashUWhereverItIs() {
    // The one reading pass notes a backslash followed by u in code, comments and literals alike
    // (what text.contains("\\u") told before): such a text has both readings.
    assertEquals(1, SourceWords.readings("class A { String s = \"\\\\\"; } // \\").size());
    for (String escaped : List.of("/* \\u0041 */", "// \\u0041\n", "String s = \"\\u0041\";",
        "char c = '\\u0041';", "String t = \"\"\"\n \\u0041\"\"\";", "int caf\\u00e9;",
        "String s = \"\\\\u0041\";", "String s = \"\\\\\\u0041\";")) {
      assertEquals(2, SourceWords.readings("class A { " + escaped + " }").size(), escaped);
    }
    // Unreadable before the escape (an unterminated comment): as before, the escape decides.
    assertNull(SourceWords.readings("class A { /* open \\u0041"));
    assertNull(SourceWords.readings("class A { String s = \"open;\n int caf\\u00e9; }"));
  }

  @Test
  void readsATextWithUnicodeEscapesBothAsTheLanguageAndAsTheParserDo() {
    // Escapes only in literals and comments: nothing to parse for.
    assertFalse(RESOURCES.mayReport("class A { char c = '\\u0041'; String s = \"\\u00e9\";"
        + " /* \\u0046ileInputStream */ String t = \"\\\\u0041\"; }"));
    // \u0046ileInputStream is FileInputStream to the compiler
    assertTrue(RESOURCES.mayReport("class A { Object o = new \\u0046ileInputStream(\"x\"); }"));
    assertTrue(RESOURCES.mayReport("class A { Object o = new \\uuu0046ileInputStream(\"x\"); }"));
    // the escape of a line feed ends the line comment for the compiler, not for JavaParser
    assertTrue(RESOURCES.mayReport("class A { void f() { // \\u000a new FileInputStream(\"x\");\n"
        + " } }"));
    // \u002f\u002a opens a comment for the compiler; to JavaParser it is part of a name, and
    // the statement after it is code
    assertTrue(RESOURCES.mayReport("class A { void f() throws Exception { int a\\u002f\\u002a;"
        + " new FileInputStream(\"x\"); int b\\u002a\\u002f; } }"));
    // \\u0046 is a backslash and u0046: no escape, nothing acquired in code
    assertFalse(RESOURCES.mayReport("class A { String s = \"\\\\u0046\"; Object o = new"
        + " ByteArrayInputStream(null); }"));
  }

  @Test
  void aNewOfATypeWhoseConstructorCannotOpenIsNoAcquisitionByItself() {
    // in-memory streams, and wrappers of what the method did not acquire
    assertFalse(RESOURCES.mayReport("class A { byte[] f(java.io.InputStream in) {"
        + " ByteArrayOutputStream out = new ByteArrayOutputStream();"
        + " Reader r = new BufferedReader(new InputStreamReader(in)); return out.toByteArray(); } }"));
    assertFalse(RESOURCES.mayReport("class A { String f() throws Exception {"
        + " StringWriter w = new StringWriter(); new BufferedWriter(w).write(1);"
        + " return w.toString(); } }"));
    // what may open: a resource type, a printer or scanner given a file, a library type
    assertTrue(RESOURCES.mayReport("class A { Object f(String name) throws Exception {"
        + " return new BufferedReader(new FileReader(name)); } }"));
    assertTrue(RESOURCES.mayReport("class A { void f(String name) throws Exception {"
        + " new PrintWriter(name).print(1); } }"));
    assertTrue(RESOURCES.mayReport("class A { void f(Repository repository) {"
        + " new RevWalk(repository).parseCommit(null); } }"));
  }

  @Test
  void aValueClosedByAKnownClassesHelperIsEvidenceWhenTheFileSpellsTheClass() {
    String body = " Pooled input = copyOf(pool); try { use(input); } finally {";
    // XNIO's IoUtils.safeClose closes what it is given (ClosingHelpers): called on the class,
    // or statically imported from it
    assertTrue(RESOURCES.mayReport("import org.xnio.IoUtils; class A { void f(Pool pool) {"
        + body + " IoUtils.safeClose(input); } } }"));
    assertTrue(RESOURCES.mayReport("import static org.xnio.IoUtils.safeClose; class A {"
        + " void f(Pool pool) {" + body + " safeClose(input); } } }"));
    // look-alikes: the same name on a class the file does not spell as a known one, a known
    // class's name without its helper
    assertFalse(RESOURCES.mayReport("class A { void f(Pool pool) {"
        + body + " Buffers.safeClose(input); } } }"));
    assertFalse(RESOURCES.mayReport("import org.xnio.IoUtils; class A { void f(Pool pool) {"
        + body + " IoUtils.release(input); } } }"));
    // commons-io's IOUtils.close is a helper, but here the file only reads with IOUtils and
    // closes on another receiver
    assertFalse(RESOURCES.mayReport("import org.apache.commons.io.IOUtils; class A {"
        + " String f(Reader r, Log log) throws Exception { try { return IOUtils.toString(r); }"
        + " finally { log.close(r); } } }"));
    assertTrue(RESOURCES.mayReport("class A { void f(Pool pool) {"
        + body + " org.apache.commons.io.IOUtils.close(input); } } }"));
    // a class of commons-io that declares its own close() and uses IOUtils: no helper called
    assertFalse(RESOURCES.mayReport("import org.apache.commons.io.IOUtils; class A {"
        + " Reader in; public void close() { in = null; } int skip() { return IOUtils.EOF; } }"));
  }

  @Test
  void readsWordsAndOperatorsOnlyOutsideCommentsAndLiterals() {
    SourceWords words = SourceWords.of("class A { /* inComment -> x */ String s = \"inString::x\";"
        + " // inLineComment -> x\n char c = '-'; int i = j - -k; boolean b = m >= n;"
        + " String t = \"\"\"\n inTextBlock::x\"\"\"; }");
    assertFalse(words.hasLambdaOrMethodReference());
    assertFalse(words.has("inComment") || words.has("inString") || words.has("inLineComment")
        || words.has("inTextBlock") || words.has("x"));
    assertTrue(words.has("j") && words.has("k") && words.has("t") && words.has("b"));
    assertTrue(SourceWords.of("class A { Runnable r = () -> {}; }").hasLambdaOrMethodReference());
    assertTrue(SourceWords.of("class A { Object r = A::new; }").hasLambdaOrMethodReference());
    // an operator split by a comment is two operators to the compiler too
    assertFalse(SourceWords.of("class A { int f(int x) { return x -/**/> 0 ? 1 : 0; } }")
        .hasLambdaOrMethodReference());
  }

  @Test
  void stringConcatenationNeedsAPlusAndALoop() {
    TextPrefilter concat = TextPrefilter.forRules(List.of(new StringConcatInLoop()));
    assertTrue(concat.mayReport("class A { void f() { String s = \"\"; while (true) s += 1; } }"));
    assertTrue(concat.mayReport("class A { void f(java.util.List<String> l) { String s = \"\";"
        + " l.forEach(x -> s = s + x); } }"));
    assertFalse(concat.mayReport("class A { String f(String a) { return a + \"for\"; } }"));
    assertFalse(concat.mayReport("class A { void f() { for (;;) { g(\"+\"); } } }"));
  }

  @Test
  void outerInstanceRetentionNeedsSomethingThatCanHoldTheEnclosingInstance() {
    TextPrefilter retention = TextPrefilter.forRules(List.of(new OuterInstanceRetention()));
    String sink = " static Object held; ";
    assertTrue(retention.mayReport("class A {" + sink + "void f() { held = new Object() { }; } }"));
    assertTrue(retention.mayReport("class A {" + sink + "void f() { held ="
        + " new java.util.ArrayList<String>(f(1)) {\n}; } }"));
    assertTrue(retention.mayReport("class A {" + sink + "void f() { held = (Runnable) () -> {}; } }"));
    assertTrue(retention.mayReport("class A {" + sink + "void f() { held = (Runnable) this::toString; } }"));
    assertTrue(retention.mayReport("class A {" + sink + "class B {} void f() { held = new B(); } }"));
    assertTrue(retention.mayReport("class A {" + sink + "void f() { held = new @Ann(1) Object() {}; } }"));
    assertFalse(retention.mayReport("class A {" + sink + "int[] a = new int[] {1};"
        + " Object o = new Object(); void f(boolean b) { if (b) { } } /* x -> y */ }"));
  }

  @Test
  void outerInstanceRetentionNeedsAPlaceThatOutlivesTheObject() {
    TextPrefilter retention = TextPrefilter.forRules(List.of(new OuterInstanceRetention()));
    String capture = " Runnable r = () -> g(); ";
    assertFalse(retention.mayReport("class A {" + capture + "static final int N = 1;"
        + " static void f() {} static <T> T g() { return null; } static class B {} }"));
    assertTrue(retention.mayReport("class A {" + capture + "private static Runnable held;"
        + " void f() { held = () -> g(); } }"));
    assertTrue(retention.mayReport("class A {" + capture
        + "static final java.util.List<Runnable> ALL = null; void f() { ALL.add(() -> g()); } }"));
    assertTrue(retention.mayReport("class A {" + capture + "void f(java.util.Timer t) {"
        + " t.schedule(this::g, 1); } }"));
    assertTrue(retention.mayReport("class A {" + capture + "@Deprecated static"
        + " java.util.Map<String, int[]>[] held; void f() { this.held = new java.util.Map[] {}; } }"));
  }

  @Test
  void outerInstanceRetentionNeedsTheHolderWrittenWhereItIsHandedOver() {
    TextPrefilter retention = TextPrefilter.forRules(List.of(new OuterInstanceRetention()));
    String capture = " Runnable r = () -> g(); ";
    // The rule reads the value stored or handed over itself (EnclosingInstance.of), never a
    // variable that holds it.
    assertFalse(retention.mayReport("class A {" + capture + "private static Runnable held;"
        + " void f() { held = r; } }"));
    assertFalse(retention.mayReport("class A {" + capture
        + "static final java.util.List<Runnable> ALL = null; void f() { ALL.add(r); } }"));
    assertFalse(retention.mayReport("class A {" + capture + "void f(java.util.Timer t) {"
        + " t.schedule(r, 1); } }"));
    for (String handed : List.of("new Task()", "new Runnable() { public void run() {} }",
        "() -> g()", "this::g", "super::toString", "(Runnable) A.this::g")) {
      String file = "class A {" + capture + "static final java.util.List<Runnable> ALL = null;"
          + " void f() { ALL.add(" + handed + "); } }";
      assertTrue(retention.mayReport(file), file);
    }
    // A method reference on anything else holds no enclosing instance.
    assertFalse(retention.mayReport("class A {" + capture
        + "static final java.util.List<Runnable> ALL = null; void f() { ALL.add(B::g); } }"));
    // Stored into a static field: plain `=` on the field's name, or `this.`; not on another
    // object's field, not an array element, not a comparison.
    assertTrue(retention.mayReport("class A {" + capture + "static Runnable held;"
        + " void f() { this.held = () -> g(); } }"));
    for (String notAStore : List.of("other.held = () -> g();", "all[0] = () -> g();",
        "boolean b = held == (r = null);", "held += 1; new Task();")) {
      String file = "class A {" + capture + "static Runnable held; static Runnable[] all;"
          + " void f(A other) { " + notAStore + " } }";
      assertFalse(retention.mayReport(file), file);
    }
    // Only a static field that is not final (a final one is assigned in a static initializer,
    // which has no enclosing instance), declared with `static` written; a second declarator too.
    assertFalse(retention.mayReport("class A {" + capture + "static final Runnable HELD;"
        + " static { HELD = () -> g(); } Runnable own; void f() { own = () -> g(); } }"));
    assertTrue(retention.mayReport("class A {" + capture + "static Runnable first = null,"
        + " held; void f() { held = () -> g(); } }"));
    assertTrue(retention.mayReport("class A {" + capture + "private static @Deprecated"
        + " Runnable held; void f() { held = () -> g(); } }"));
  }

  @Test
  void outerInstanceRetentionNeedsTheSinksTypeSpelledInTheFile() {
    TextPrefilter retention = TextPrefilter.forRules(List.of(new OuterInstanceRetention()));
    String capture = " Runnable r = () -> g(); ";
    // start() of something else, getRuntime() for something else: no thread to hold it.
    assertFalse(retention.mayReport("class A {" + capture + "void f(Server s) { s.start(); } }"));
    assertFalse(retention.mayReport("class A {" + capture
        + "int f() { return Runtime.getRuntime().availableProcessors(); } }"));
    assertTrue(retention.mayReport("class A {" + capture
        + "void f() { Runtime.getRuntime().addShutdownHook(new Thread(r)); } }"));
    // A started thread is never reported (OuterInstanceRetentionModel.judge).
    assertFalse(retention.mayReport("class A {" + capture + "void f() { new Thread(r).start(); } }"));
    assertFalse(retention.mayReport("class A {" + capture
        + "class Worker extends Thread {} void f() { new Worker().start(); } }"));
    // add() on a static field of a type the rule does not know as a collection.
    assertFalse(retention.mayReport("class A {" + capture
        + "static final Registry ALL = null; void f() { ALL.add(() -> g()); } }"));
    assertTrue(retention.mayReport("class A {" + capture
        + "static final Queue<Runnable> ALL = null; void f() { ALL.offer(() -> g()); } }"));
    // A collection in a local or an instance field, not a static one.
    assertFalse(retention.mayReport("class A {" + capture + "final Queue<Runnable> all = null;"
        + " static int n; void f(Queue<Runnable> q) { all.offer(() -> g()); q.add(() -> g()); } }"));
    // A static one named like a local elsewhere; a second declarator; an interface's field.
    assertTrue(retention.mayReport("class A {" + capture + "static final Queue<Runnable> A = null,"
        + " ALL; void f() { ALL.offer(() -> g()); } }"));
    assertTrue(retention.mayReport("interface A {" + " Queue<Runnable> ALL = null;"
        + " default void f() { ALL.offer(() -> g()); } }"));
    assertFalse(retention.mayReport("class A {" + capture
        + "static final Scheduler S = null; void f() { S.scheduleAtFixedRate(() -> g(), 1, 1, null); } }"));
    assertTrue(retention.mayReport("class A {" + capture + "static final ScheduledExecutorService"
        + " S = null; void f() { S.scheduleAtFixedRate(() -> g(), 1, 1, null); } }"));
    assertFalse(retention.mayReport("class A {" + capture + "void f(Pool p) {"
        + " p.register(this, () -> g()); } }"));
    assertTrue(retention.mayReport("class A {" + capture + "void f(java.lang.ref.Cleaner c) {"
        + " c.register(this, () -> g()); } }"));
    // A timer in a local (a Timer need not be static), written in parentheses.
    assertTrue(retention.mayReport("class A {" + capture + "void f() { Timer t = new Timer();"
        + " (t).schedule(new Task(), 1); } }"));
  }

  @Test
  void resourcesNeedAnAcquisitionWrittenTheWayTheRuleLooksForIt() {
    // Files.list is a static factory: called on Files, not on a list of names.
    assertTrue(RESOURCES.mayReport("class A { Object f(java.nio.file.Path p) throws Exception {"
        + " return java.nio.file.Files.list(p); } }"));
    assertFalse(RESOURCES.mayReport("class A { Object f(java.util.List<String> names) {"
        + " return names.list(); } }"));
    // close() declared is no close() called.
    assertFalse(RESOURCES.mayReport("class A implements AutoCloseable {"
        + " public void close() {} }"));
    assertTrue(RESOURCES.mayReport("class A { void f(B b) throws Exception {"
        + " Object x = b.make(); x . close(); } }"));
    assertTrue(RESOURCES.mayReport("class A { void f(B b) throws Exception {"
        + " AutoCloseable x = b.make(); try (x) { } } }"));
    assertTrue(RESOURCES.mayReport("class A { Object f() throws Exception {"
        + " return new java.io.FileInputStream(\"x\"); } }"));
    // getResourceAsStream acquires whoever declares it: a library's static helper, the class's own.
    assertTrue(RESOURCES.mayReport("class A { void f() throws Exception {"
        + " Loader.getResourceAsStream(\"x\").read(); } }"));
    assertTrue(RESOURCES.mayReport("class A { void f() throws Exception {"
        + " getResourceAsStream(\"x\").read(); } }"));
    // A call named as creating something, in a file that spells a JDK resource type: a library
    // factory by convention (ConventionalFactories). A getter of the same type is not.
    assertTrue(RESOURCES.mayReport("class A { int f(String n) throws Exception {"
        + " InputStream in = IO.openFileEx(n); return in.read(); } }"));
    assertFalse(RESOURCES.mayReport("class A { int f(Part p) throws Exception {"
        + " InputStream in = p.getStream(); return in.read(); } }"));
    assertFalse(RESOURCES.mayReport("class A { int f(Pool p) throws Exception {"
        + " Ticket t = p.openTicket(); return t.id(); } }"));
    // A library's instance factory the tables name (Hibernate's openSession()) lets the file in
    // by its name and argument count, whatever the receiver; with another count it cannot be one.
    assertTrue(RESOURCES.mayReport("class A { int f(Pool p) throws Exception {"
        + " Session s = p.openSession(); return s.id(); } }"));
    assertFalse(RESOURCES.mayReport("class A { int f(Pool p) throws Exception {"
        + " Session s = p.openSession(1, 2); return s.id(); } }"));
    // Only a creating call stored into a variable declared with such a type counts: behind a
    // chain, casts and parentheses, or assigned after its declaration.
    assertTrue(RESOURCES.mayReport("class A { int f(String n) throws Exception { InputStream in;"
        + " in = (InputStream) (IO.get().openFileEx(n)); return in.read(); } }"));
    assertTrue(RESOURCES.mayReport("class A { int f(String n) throws Exception {"
        + " InputStream in = new Store(n).openFileEx(n); return in.read(); } }"));
    assertFalse(RESOURCES.mayReport("class A { int f(String n) throws Exception {"
        + " InputStream in = null; return use(IO.openFileEx(n)); } }"));
    assertFalse(RESOURCES.mayReport("class A { void g(InputStream in) {}"
        + " java.util.List<String> f() { java.util.List<String> l = Lists.newArrayList();"
        + " return l; } }"));
    // A factory of the class itself opens something the tables know, which lets the file in.
    assertTrue(RESOURCES.mayReport("class A { int f() throws Exception { return open().read(); }"
        + " private java.io.InputStream open() throws Exception {"
        + " return new java.io.FileInputStream(\"x\"); } }"));
  }

  @Test
  void instanceFactoriesNeedACallWithAsManyArgumentsAsTheFactoryTakes() {
    // ServerSocket.accept() takes none, so accept(x) is some other method (a Consumer's).
    assertTrue(RESOURCES.mayReport("class A { Object f(java.net.ServerSocket s) throws Exception {"
        + " return s.accept(); } }"));
    assertFalse(RESOURCES.mayReport("class A { void f(java.util.function.Consumer<String> c) {"
        + " c.accept(\"x\"); } }"));
    // A literal is an argument, though the reading blanks it: prepareStatement takes one or more.
    assertTrue(RESOURCES.mayReport("class A { Object f(java.sql.Connection c) throws Exception {"
        + " return c.prepareStatement(\"select 1\"); } }"));
    assertTrue(RESOURCES.mayReport("class A { Object f(java.sql.Connection c) throws Exception {"
        + " return c.prepareStatement('x' + \"\"); } }"));
    assertFalse(RESOURCES.mayReport("class A { Object f(Pool c) throws Exception {"
        + " return c.prepareStatement(/* nothing */); } }"));
    // ZipFile.getInputStream(entry) and URLConnection.getInputStream() share a name.
    assertTrue(RESOURCES.mayReport("class A { Object f(Z z, E e) throws Exception {"
        + " return z.getInputStream(e); } }"));
    assertTrue(RESOURCES.mayReport("class A { Object f(U u) throws Exception {"
        + " return u.getInputStream(); } }"));
    assertFalse(RESOURCES.mayReport("class A { Object f(P p) throws Exception {"
        + " return p.getInputStream(1, 2); } }"));
    // DatabaseMetaData.getColumns takes four; a getter of the same name none.
    assertTrue(RESOURCES.mayReport("class A { Object f(java.sql.DatabaseMetaData m) throws Exception {"
        + " return m.getColumns(null, null, \"T\", null); } }"));
    assertFalse(RESOURCES.mayReport("class A { Object f(Table t) { return t.getColumns(); } }"));
    // A comma between type arguments is no argument's: the count is not told, so it may fit.
    assertTrue(RESOURCES.mayReport("class A { Object f(S s) throws Exception {"
        + " return s.accept(new java.util.HashMap<String, String>(), 1); } }"));
    assertTrue(RESOURCES.mayReport("class A { Object f(S s) throws Exception {"
        + " return s.accept(/* none */); } }"));
    // Called with no receiver, an instance factory is this class's own method: no acquisition.
    assertFalse(RESOURCES.mayReport("class A extends java.net.ServerSocket {"
        + " A() throws Exception {} void f() throws Exception { accept(); } }"));
  }

  @Test
  void aCloseLetsAFileInOnlyOnALocalTheCodeStoresAValueInto() {
    assertTrue(RESOURCES.mayReport("class A { void f(B b) throws Exception {"
        + " Object x; x = b.make(); x.close(); } }"));
    assertTrue(RESOURCES.mayReport("class A { void f(B b) throws Exception {"
        + " Object x = b.make(); ((AutoCloseable) x).close(); } }"));
    // A release method of the value's type counts as its close (H2's CompressDeflate).
    assertTrue(RESOURCES.mayReport("class A { int f(byte[] b) { java.util.zip.Deflater d ="
        + " make(); d.setInput(b); d.end(); return 0; } }"));
    assertFalse(RESOURCES.mayReport("class A { int f(java.util.zip.Deflater d) { d.end();"
        + " return 0; } }"));
    // Another end() is none: ReleaseCalls knows the receiver by its declared type's name.
    assertFalse(RESOURCES.mayReport("class A { void f() { Session s = make(); s.end(); } }"));
    // A parameter, a field of this or another object, a close with an argument: never the
    // method's own value (SelfClosedLocals).
    assertFalse(RESOURCES.mayReport("class A { void f(java.io.Reader r) throws Exception {"
        + " r.close(); } }"));
    assertFalse(RESOURCES.mayReport("class A { java.io.Reader in; A(java.io.Reader r) { in = r; }"
        + " void f() throws Exception { this.in.close(); } }"));
    assertFalse(RESOURCES.mayReport("class A { void f(Session s) throws Exception {"
        + " Object x = s; x.close(true); } }"));
    assertFalse(RESOURCES.mayReport("class A { void f(Object x) throws Exception {"
        + " if (x == null) { } x.close(); } }"));
  }

  @Test
  void aCloseLetsAFileInOnlyAfterAStoreOfANewOrACallInTheSameBody() {
    // SelfClosedLocals: the value and the close in one method, constructor, initializer or
    // block lambda, the close after the value.
    assertTrue(RESOURCES.mayReport("class A { void f(B b) throws Exception {"
        + " Object x = b.make(); if (b.ok()) { try { use(x); } finally { x.close(); } } } }"));
    assertTrue(RESOURCES.mayReport("class A { Runnable r = () -> { Object x = new B();"
        + " x.close(); }; }"));
    assertTrue(RESOURCES.mayReport("class A { static { Object x = B.make(); x.close(); } }"));
    assertTrue(RESOURCES.mayReport("class A { void f(B b) { b.run(() -> {"
        + " Object x = b.make(); x.close(); }); } }"));
    // Stored in a constructor, closed in close(): a field, the class's own business.
    assertFalse(RESOURCES.mayReport("class A { Object x; A(B b) { x = b.make(); }"
        + " void close() throws Exception { x.close(); } }"));
    assertFalse(RESOURCES.mayReport("class A { Object x = B.make();"
        + " void close() throws Exception { x.close(); } }"));
    // Closed before it is stored again; stored a plain name, which is no new value.
    assertFalse(RESOURCES.mayReport("class A { Object x; void next(B b) throws Exception {"
        + " x.close(); x = b.make(); } }"));
    assertFalse(RESOURCES.mayReport("class A { void f(B b) throws Exception {"
        + " Object x = b; x.close(); } }"));
    // A close inside an anonymous class or a local class is in a body of its own.
    assertFalse(RESOURCES.mayReport("class A { void f(B b) { Object x = b.make();"
        + " b.run(new Runnable() { public void run() { x.close(); } }); } }"));
    assertFalse(RESOURCES.mayReport("class A { void f(B b) { Object x = b.make();"
        + " class L { void g() { x.close(); } } } }"));
    // Braces this reading cannot follow: any body may be the same.
    assertTrue(RESOURCES.mayReport("class A { Object x; A(B b) { x = b.make(); } }"
        + " void close() throws Exception { x.close(); } }"));
    // A class of the file's own that is Closeable, created there (OwnCloseables): its close()
    // may close its field in any shape.
    assertTrue(RESOURCES.mayReport("class A { Object f(String n) { return new R(n); }"
        + " static class R implements java.io.Closeable { java.io.InputStream in;"
        + " R(String n) { in = Io.get(n); } public void close() throws java.io.IOException {"
        + " this.in.close(); } } }"));
    assertFalse(RESOURCES.mayReport("class A { Object f(String n) { return new Other(n); }"
        + " static class R implements java.io.Closeable { java.io.InputStream in;"
        + " public void close() throws java.io.IOException { this.in.close(); } } }"));
  }

  @Test
  void aGenericReturnTypeBeforeAMethodsNameIsADeclarationNotACallOnSomething() {
    // TikaInputStream.get(file) is a static factory: a method declared get is none of it.
    assertFalse(RESOURCES.mayReport("class A { java.util.Map<String, java.util.List<String>>"
        + " get(String k) { return null; } }"));
    // Explicit type arguments after a dot: a call, whose receiver this reading does not tell.
    assertTrue(RESOURCES.mayReport("class A { Object f(T t) { return t.<String>get(\"x\"); } }"));
    // After an operator the call has no receiver, but that is not told from type arguments.
    assertTrue(RESOURCES.mayReport("class A { Object f() { return g(x -> get(x)); } }"));
  }

  @Test
  void staticCachesNeedAPrivateGrowingCollectionThatIsAddedTo() {
    TextPrefilter caches = TextPrefilter.forRules(List.of(new UnboundedStaticCache()));
    assertTrue(caches.mayReport("class A { private static final java.util.Map<String, String> M ="
        + " new java.util.HashMap<>(); void f(String k) { M.put(k, k); } }"));
    assertTrue(caches.mayReport("class A { private static final Map<String, String> M ="
        + " Maps.newHashMap(); void f(String k) { M.put(k, k); } }"));
    assertFalse(caches.mayReport("class A { private static final Map<String, String> M ="
        + " load(); void f(String k) { M.put(k, k); } }"));
    assertFalse(caches.mayReport("class A { public static final Map<String, String> M ="
        + " new HashMap<>(); void f(String k) { M.put(k, k); } }"));
    // An instance field lives as long as a static one only in a singleton.
    assertFalse(caches.mayReport("class A { private final Map<String, String> m ="
        + " new HashMap<>(); void f(String k) { m.put(k, k); } }"));
    assertTrue(caches.mayReport("enum A { INSTANCE; private final Map<String, String> m ="
        + " new HashMap<>(); void f(String k) { m.put(k, k); } }"));
    assertTrue(caches.mayReport("@Singleton class A { private final Map<String, String> m ="
        + " new HashMap<>(); void f(String k) { m.put(k, k); } }"));
    assertTrue(caches.mayReport("class A { private interface Holder { Map<String, String> M ="
        + " new HashMap<>(); } void f(String k) { Holder.M.put(k, k); } }"));
  }

  @Test
  void staticCachesNeedAnAddOnAFieldTheRuleJudges() {
    TextPrefilter caches = TextPrefilter.forRules(List.of(new UnboundedStaticCache()));
    String field = "private static final Map<String, String> M = new HashMap<>(); ";
    // Added to on the field's name, qualified or not, or on a view of it, or in parentheses.
    for (String add : List.of("M.put(k, k);", "A.M.put(k, k);", "this.M.put(k, k);",
        "M.keySet().add(k);", "(M).put(k, k);", "M.<String, String>put(k, k);")) {
      String file = "class A { " + field + "void f(String k) { " + add + " } }";
      assertTrue(caches.mayReport(file), file);
    }
    // Only a local, a parameter or another object's method adds.
    for (String add : List.of("List<String> l = new ArrayList<>(); l.add(k);",
        "p.put(k, k);", "put(k, k);", "other.add(k);")) {
      String file = "class A { " + field + "void f(String k, Map<String, String> p) { " + add
          + " } }";
      assertFalse(caches.mayReport(file), file);
    }
    // A collection field that is not private, in a file with no private type; or not static, in
    // a file with no singleton.
    assertFalse(caches.mayReport("class A { static final Map<String, String> M ="
        + " new HashMap<>(); private int n; void f(String k) { M.put(k, k); } }"));
    assertFalse(caches.mayReport("class A { private final Map<String, String> m ="
        + " new HashMap<>(); private static int n; void f(String k) { m.put(k, k); } }"));
    // A static field of a private class need not say `private`; a singleton's field need not
    // say `static`; a second declarator; annotations and generic arguments between.
    assertTrue(caches.mayReport("class A { private static class B { static final Map<String,"
        + " String> M = new HashMap<>(); } void f(String k) { B.M.put(k, k); } }"));
    assertTrue(caches.mayReport("class A { static final A ONE = new A(); private A() {}"
        + " private final Map<String, String> m = new HashMap<>(); void f(String k) {"
        + " m.put(k, k); } }"));
    assertTrue(caches.mayReport("class A { private static final Map<String, String> N = null,"
        + " M = new HashMap<>(); void f(String k) { M.put(k, k); } }"));
    assertTrue(caches.mayReport("class A { private @SuppressWarnings({\"a\", \"b\"}) static"
        + " final java.util.Map<String, List<String>> M = new HashMap<>();"
        + " void f(String k) { M.computeIfAbsent(k, x -> null); } }"));
    assertTrue(caches.mayReport("class A { private static final Map<String, String>[] MS ="
        + " null; private static final Set<String> M = new HashSet<>(); void f(String k) {"
        + " M.add(k); } }"));
  }

  @Test
  void staticCachesNeedTheAddAndAGrowingFirstValueOnTheSameField() {
    TextPrefilter caches = TextPrefilter.forRules(List.of(new UnboundedStaticCache()));
    String grown = "private static final Map<String, String> M = new HashMap<>(); ";
    String loaded = "private static final Map<String, String> L = load(); ";
    // The field added to must be the one that starts as a growing collection.
    assertFalse(caches.mayReport("class A { " + grown + loaded
        + "void f(String k) { L.put(k, k); M.get(k); } }"));
    assertTrue(caches.mayReport("class A { " + grown + loaded
        + "void f(String k) { L.put(k, k); M.put(k, k); } }"));
    // A first value stored later, while the class initialises, or by a singleton's constructor.
    assertTrue(caches.mayReport("class A { private static final Map<String, String> M;"
        + " static { M = Collections.synchronizedMap(new HashMap<>()); }"
        + " void f(String k) { M.put(k, k); } }"));
    assertTrue(caches.mayReport("class A { private static final A ONE = (new A());"
        + " private final Map<String, String> m; private A() { this.m = Maps.newHashMap(); }"
        + " void f(String k) { m.put(k, k); } }"));
    // A get adds only to a cache; a class whose instance is never stored is no singleton.
    assertTrue(caches.mayReport("class A { private static final LoadingCache<String, String> C"
        + " = CacheBuilder.newBuilder().build(loader); String f(String k) {"
        + " return C.getUnchecked(k); } }"));
    assertFalse(caches.mayReport("class A { private final Map<String, String> m ="
        + " new HashMap<>(); class B { } void f(String k) { m.put(k, k); use(new B()); } }"));
    // A class singleton: its one creation kept in a static field, its constructors private (or
    // none, in a private class); generic, qualified or parenthesised creations alike.
    String grows = "private final Map<String, String> m = new HashMap<>();"
        + " void f(String k) { m.put(k, k); } ";
    assertTrue(caches.mayReport("class A { static final A ONE = new A<>(); private A() {} "
        + grows + "}"));
    assertTrue(caches.mayReport("class O { private static class A { static A one; static {"
        + " one = (new O.A()); } " + grows + "} }"));
    assertFalse(caches.mayReport("class A { static final A ONE = new A(); public A() {} "
        + grows + "}"));
    assertFalse(caches.mayReport("class A { static final A ONE = new A(); private A() {} "
        + grows + " A copy() { return new A(); } }"));
    assertFalse(caches.mayReport("class A { final A one = new A(); private A() {} " + grows
        + "}"));
  }

  @Test
  void threadLocalsNeedAStaticFieldOfAThreadLocalTypeAndASet() {
    TextPrefilter locals = TextPrefilter.forRules(List.of(new ThreadLocalNotRemoved()));
    assertTrue(locals.mayReport("class A { static final ThreadLocal<String> T = new ThreadLocal<>();"
        + " void f() { T.set(\"x\"); } }"));
    assertFalse(locals.mayReport("class A { static java.time.LocalDate d; void f() {"
        + " set(d); } }"));
    // On the field, qualified, in parentheses, or of the file's own subclass; not on another
    // object, nor a get() on a field without an initial value.
    for (String call : List.of("A.T.set(\"x\");", "(T).set(\"x\");", "this.T.set(\"x\");")) {
      assertTrue(locals.mayReport("class A { static final ThreadLocal<String> T = null;"
          + " void f() { " + call + " } }"), call);
    }
    assertTrue(locals.mayReport("class A { static class H extends ThreadLocal<String> { }"
        + " static final H T = new H(); void f() { T.set(\"x\"); } }"));
    assertFalse(locals.mayReport("class A { static final ThreadLocal<String> T = null;"
        + " void f(Holder h) { h.set(\"x\"); String s = T.get(); } }"));
    assertTrue(locals.mayReport("class A { static final ThreadLocal<StringBuilder> T ="
        + " ThreadLocal.withInitial(StringBuilder::new); void f() { T.get().append(1); } }"));
  }

  @Test
  void stringConcatenationNeedsAVariableExtendedWithItself() {
    TextPrefilter concat = TextPrefilter.forRules(List.of(new StringConcatInLoop()));
    assertTrue(concat.mayReport("class A { void f(String[] a) { String s = \"\";"
        + " for (String x : a) { s = x + s; } } }"));
    assertTrue(concat.mayReport("class A { void f(String[] a) { String s = \"\";"
        + " for (String x : a) { s = s.concat(x); } } }"));
    assertFalse(concat.mayReport("class A { void f(String[] a) { String s = \"\";"
        + " for (int i = 0; i < a.length; i++) { s = a[i] + \"!\"; t = s; } } }"));
  }

  @Test
  void aNumberExtendedInALoopIsNoStringConcatenation() {
    TextPrefilter concat = TextPrefilter.forRules(List.of(new StringConcatInLoop()));
    // A local or a parameter of a primitive type, in whose scope the assignment is.
    assertFalse(concat.mayReport("class A { int f(int[] a) { int sum = 0;"
        + " for (int x : a) { sum += x; } return sum; } }"));
    assertFalse(concat.mayReport("class A { void f(byte[] b, int off) throws E {"
        + " while (off < b.length) { off += 2; } } }"));
    assertFalse(concat.mayReport("class A { void f(int[] a) {"
        + " for (int i = 0; i < a.length; ) { i = i + 2; } } }"));
    // A field, a name qualified by this, a local of another body: may be a string.
    assertTrue(concat.mayReport("class A { String s; int n; void f(int[] a) { int s = 0; }"
        + " void g(String[] a) { for (String x : a) { s += x; } } }"));
    assertTrue(concat.mayReport("class A { String s; void f(String[] a) { int s = 0;"
        + " for (String x : a) { this.s += x; } } }"));
    assertTrue(concat.mayReport("class A { void f(String[] a) { { int s = 0; }"
        + " for (String x : a) { s += x; } } }"));
    // A local or anonymous class inside the scope may declare its own field by that name.
    assertTrue(concat.mayReport("class A { void f(String[] a) { int s = 0; new B() {"
        + " String s; void g() { for (String x : a) { s += x; } } }; } }"));
    // A record's component is its field, which a local of a method may shadow.
    assertTrue(concat.mayReport("record R(int s) { void g(String[] a) { String s = \"\";"
        + " for (String x : a) { s += x; } } }"));
    // Declared after the assignment: another variable at that point.
    assertTrue(concat.mayReport("class A { void f(String[] a) { for (String x : a) { s += x; }"
        + " int s = 0; } }"));
  }

  @Test
  void stringConcatenationCountsOnlyInsideALoop() {
    TextPrefilter concat = TextPrefilter.forRules(List.of(new StringConcatInLoop()));
    String loop = "for (String x : a) { g(x); }";
    // before or after every loop, or after a do loop's test or an empty body: no evidence
    assertFalse(concat.mayReport("class A { String f(String[] a) { String s = \"\"; " + loop
        + " s += \"!\"; return s; } }"));
    assertFalse(concat.mayReport("class A { String f(String[] a) { String s = \"<\" + a[0];"
        + " s = s + \">\"; " + loop + " return s; } }"));
    assertFalse(concat.mayReport("class A { String f(java.util.Iterator<String> i) {"
        + " String s = \"\"; do { g(); } while (i.hasNext()); s += \"!\"; while (h()); s += 1;"
        + " return s; } }"));
    // a body without braces, an update, a test, a braceless do, a forEach lambda: evidence
    for (String inLoop : List.of("for (String x : a) s += x;",
        "for (int i = 0; i < a.length; i++, s += \"-\") { }",
        "while ((s += \"-\").length() < 9) { }",
        "do if (h()) s = s + 1; while (h());",
        "java.util.Arrays.asList(a).forEach(x -> this.s = this.s + x);",
        "for (String x : a) { if (h()) { s = \"(\" + s + x + \")\"; } }",
        "for (String x : a) { s = x.concat(s); }")) {
      assertTrue(concat.mayReport("class A { String s; void f(String[] a) { " + inLoop + " } }"),
          inLoop);
    }
  }

  @Test
  void stringConcatenationNeedsItsOwnVariableAsAnOperand() {
    TextPrefilter concat = TextPrefilter.forRules(List.of(new StringConcatInLoop()));
    // an array element, another object's field, the variable inside a call, an index, a
    // ternary's branch or a cast, a statically imported concat: no operand of a concatenation
    for (String notExtended : List.of("a[i] += \"x\";", "p.s += \"x\";", "s = s.trim() + \"x\";",
        "s = f(s) + \"x\";", "s = a[s.length()] + \"x\";", "s = h() ? s : \"x\" + t;",
        "s = (String) s + \"x\";", "s = concat(s, \"x\");", "s = -s + 1;")) {
      assertFalse(concat.mayReport("class A { String s; void f(String[] a, P p, String t) {"
          + " for (int i = 0; i < a.length; i++) { " + notExtended + " } } }"), notExtended);
    }
    // a basic for header's variable is a primitive local in its own update
    assertFalse(concat.mayReport("class A { void f(String[] a) {"
        + " for (int i = 0; i < a.length; i += 2) { g(a[i]); } } }"));
  }

  @Test
  void aResourceThatIsATryWithResourcesValueIsNoEvidence() {
    TextPrefilter resources = TextPrefilter.forRules(List.of(new UnclosedResource()));
    String head = "import java.io.*; import java.nio.file.*; class A { Object f(Path p, File f,"
        + " boolean c) throws IOException { ";
    for (String closed : List.of(
        "try (InputStream in = Files.newInputStream(p)) { return in.read(); }",
        "try (InputStream in = new FileInputStream(f);"
            + " OutputStream out = Files.newOutputStream(p)) { return in.read(); }",
        "try (final InputStream in = new java.io.FileInputStream(f)) { return null; }")) {
      assertFalse(resources.mayReport(head + closed + " } }"), closed);
    }
    for (String open : List.of(
        // inside the declaration's value, not all of it, or handed back by a return
        "try (Reader r = new BufferedReader(new FileReader(f))) { return r.read(); }",
        "try (InputStream in = c ? Files.newInputStream(p) : null) { return null; }",
        "try (InputStream in = new FileInputStream(f)) { return in; }",
        "try (InputStream in = new FileInputStream(f)) { return c ? in : null; }",
        "InputStream in = Files.newInputStream(p); try (in) { return null; }",
        "return Files.newInputStream(p);")) {
      assertTrue(resources.mayReport(head + open + " } }"), open);
    }
  }

  @Test
  void aMethodDeclaredWithAGenericTypeIsNoConventionalFactoryCall() {
    TextPrefilter resources = TextPrefilter.forRules(List.of(new UnclosedResource()));
    String stream = "class A { void read(java.io.ObjectInputStream stream) { } ";
    assertFalse(resources.mayReport(stream
        + "static <K> java.util.List<K> create() { return null; } }"));
    assertTrue(resources.mayReport(stream
        + "void f(Factory f) { java.io.InputStream in; in = f.<Object>create(); } }"));
  }

  @Test
  void aRegistrationCountsOnlyWithAListenerThatMayHoldTheRegisteringObject() {
    TextPrefilter listeners = TextPrefilter.forRules(List.of(new ListenerLeak()));
    // a listener from elsewhere (a constant, a parameter) holds nothing of this object
    assertFalse(listeners.mayReport("class A { void f(Bus bus, Listener l) {"
        + " bus.addListener(l); bus.addListener(Listeners.QUIET); } }"));
    for (String holdsIt : List.of("class A { void f(Bus bus) { bus.addListener(this); } }",
        "class A { void f(Bus bus) { bus.addListener(e -> g()); } }",
        "class A { void f(Bus bus) { bus.addListener(A::g); } }",
        "class A { void f(Bus bus) { bus.addListener(new Listener() { }); } }",
        "class A { class L implements Listener { }"
            + " void f(Bus bus) { bus.addListener(new L()); } }",
        // an inner class in an enum, a record or an interface: one `class` keyword only
        "enum A { X; class L implements Listener { }"
            + " void f(Bus bus) { bus.addListener(new L()); } }",
        "interface A { class L implements Listener { }"
            + " default void f(Bus bus) { bus.addListener(new L()); } }")) {
      assertTrue(listeners.mayReport(holdsIt), holdsIt);
    }
    // A variable the file stores such a value into, or a cast; not a method's declaration.
    assertTrue(listeners.mayReport("class A { void f(Bus bus) { Listener l;"
        + " l = e -> g(); bus.addListener((Listener) l); } }"));
    assertFalse(listeners.mayReport("class A { Runnable r = () -> g();"
        + " void addListener(Listener l) { } void f(Bus bus, Listener l) { bus.addListener(l); } }"));
    // "this" only in a comment or literal is no evidence
    assertFalse(listeners.mayReport("class A { void f(Bus bus, Listener l) {"
        + " bus.addListener(l); /* this */ String s = \"this\"; } }"));
  }

  @Test
  void aLocalClassInARecordsMethodMayHoldItsRecord() {
    // One `class` keyword only, yet Task holds the record: the rule reports this store (a
    // file the filter used to skip).
    TextPrefilter outer = TextPrefilter.forRules(List.of(new OuterInstanceRetention()));
    assertTrue(outer.mayReport("record R(int x) { private static Runnable last;"
        + " void remember() { class Task implements Runnable {"
        + " public void run() { System.out.println(x); } } last = new Task(); } }"));
    assertFalse(outer.mayReport("record R(int x) { private static Runnable last;"
        + " void remember() { last = Tasks.NONE; } }"));
  }

  @Test
  void aRuleItDoesNotKnowMeansEveryFileIsParsed() {
    SourceRule unknown = new SourceRule() {
      @Override
      public dev.leakproof.checks.catalog.Rule rule() {
        return null;
      }

      @Override
      public void check(SourceFile file) {}
    };
    assertTrue(TextPrefilter.forRules(List.of(new UnclosedResource(), unknown))
        .mayReport("class A {}"));
  }
}
