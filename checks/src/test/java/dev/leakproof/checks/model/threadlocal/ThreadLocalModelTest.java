package dev.leakproof.checks.model.threadlocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.CollectionApis.Effect;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ThreadLocalModelTest {
  private static final ValueType SESSION = ValueType.of("com.example.Session");

  /** Facts with answers fixed up front; a fact the verdict must not need throws. */
  private record Put(Operation operation, ValueType valueType, Boolean laterInScope,
      Boolean onEveryPath, Boolean inClass, Boolean keptEmpty, Boolean paired,
      Boolean emptiedAtUse, Optional<List<HelperField>> helperFields, Boolean newEmpty,
      Boolean inTask) implements ThreadLocalPut {
    Put(Operation operation, ValueType valueType, Boolean laterInScope, Boolean onEveryPath,
        Boolean inClass, Boolean keptEmpty, Boolean paired, Boolean emptiedAtUse,
        Optional<List<HelperField>> helperFields, Boolean newEmpty) {
      this(operation, valueType, laterInScope, onEveryPath, inClass, keptEmpty, paired,
          emptiedAtUse, helperFields, newEmpty, inClass == Boolean.TRUE ? false : null);
    }

    Put(Operation operation, ValueType valueType, Boolean laterInScope, Boolean onEveryPath,
        Boolean inClass, Boolean keptEmpty, Boolean paired, Boolean emptiedAtUse,
        Optional<List<HelperField>> helperFields) {
      this(operation, valueType, laterInScope, onEveryPath, inClass, keptEmpty, paired,
          emptiedAtUse, helperFields, null);
    }

    Put(Operation operation, ValueType valueType, Boolean laterInScope, Boolean onEveryPath,
        Boolean inClass, Boolean keptEmpty, Boolean paired, Boolean emptiedAtUse) {
      this(operation, valueType, laterInScope, onEveryPath, inClass, keptEmpty, paired,
          emptiedAtUse, Optional.empty());
    }

    Put(Operation operation, ValueType valueType, Boolean laterInScope, Boolean onEveryPath,
        Boolean inClass) {
      this(operation, valueType, laterInScope, onEveryPath, inClass, null, null, null);
    }

    Put(Operation operation, ValueType valueType, Boolean laterInScope, Boolean onEveryPath,
        Boolean inClass, Boolean keptEmpty) {
      this(operation, valueType, laterInScope, onEveryPath, inClass, keptEmpty,
          keptEmpty == Boolean.FALSE ? false : null, null);
    }

    @Override
    public String field() {
      return "CONTEXT";
    }

    @Override
    public boolean takenOutLaterInScope() {
      return asked(laterInScope);
    }

    @Override
    public boolean takenOutOnEveryPath() {
      return asked(onEveryPath);
    }

    @Override
    public boolean classTakesOut() {
      return asked(inClass);
    }

    @Override
    public boolean elementsTakenOutOnEveryPath() {
      return asked(keptEmpty);
    }

    @Override
    public boolean elementsTakenOutByPairedMethod() {
      return asked(paired);
    }

    @Override
    public boolean setInSubmittedTask() {
      return asked(inTask);
    }

    @Override
    public boolean setsNewEmptyCollection() {
      return asked(newEmpty);
    }

    @Override
    public boolean emptiedForEachRecord() {
      return asked(emptiedAtUse);
    }

    @Override
    public Optional<List<HelperField>> ownHelperFields() {
      return helperFields;
    }

    @Override
    public List<String> threadLocalClasses() {
      return List.of(); // not created in a final field's declaration
    }

    private static boolean asked(Boolean fact) {
      if (fact == null) {
        throw new AssertionError("the verdict asked a fact it does not need");
      }
      return fact;
    }
  }

  @Test
  void setNeverRemovedInTheClassIsReportedWithWhatTheThreadKeeps() {
    Optional<String> finding =
        ThreadLocalModel.judge(new Put(Operation.SET, SESSION, false, null, false));
    assertEquals(Optional.of("'CONTEXT' is set but never removed in this class, so each pooled"
        + " thread keeps its Session, and through that application class its class loader;"
        + " remove() it in a finally after the work"), finding);
  }

  @Test
  void populatingGetSaysSo() {
    String finding =
        ThreadLocalModel.judge(new Put(Operation.GET, SESSION, null, null, false)).orElseThrow();
    assertTrue(finding.startsWith("'CONTEXT' is populated by this get() but never removed"),
        finding);
  }

  @Test
  void removalInAnotherMethodOfTheClassIsABeginEndPair() {
    assertEquals(Optional.empty(),
        ThreadLocalModel.judge(new Put(Operation.SET, SESSION, false, null, true)));
  }

  @Test
  void removalInTheSameMethodMustCoverEveryPath() {
    assertEquals(Optional.empty(),
        ThreadLocalModel.judge(new Put(Operation.SET, SESSION, true, true, null)));
    String finding =
        ThreadLocalModel.judge(new Put(Operation.SET, SESSION, true, false, null)).orElseThrow();
    assertTrue(finding.startsWith("'CONTEXT' is taken out again in this method, but not in a"
        + " finally"), finding);
    assertTrue(finding.contains("leaves the value on the pooled thread, which then keeps its"
        + " Session, and through that application class its class loader."), finding);
  }

  @Test
  void collectionKeptEmptyByTheClassLeavesOnlyAJdkObject() {
    ValueType stack = ValueType.of("java.util.HashMap", ValueType.of("java.net.URL"), SESSION);
    assertEquals(Optional.empty(),
        ThreadLocalModel.judge(new Put(Operation.GET, stack, null, null, false, true)));
    assertTrue(ThreadLocalModel.judge(new Put(Operation.GET, stack, null, null, false, false))
        .isPresent());
    // Not a collection: an application object is kept whatever happens to its contents.
    assertTrue(ThreadLocalModel.judge(new Put(Operation.GET, SESSION, null, null, false, null))
        .isPresent());
    assertTrue(ThreadLocalModel.judge(new Put(Operation.GET,
        ValueType.of("com.example.Session[]"), null, null, false, null)).isPresent());
  }

  @Test
  void jdkValuesAreSilentWhateverTheRemovals() {
    for (String jdk : new String[] {"java.lang.String", "java.text.SimpleDateFormat",
        "java.security.MessageDigest", "java.util.Random", "java.lang.Long"}) {
      assertEquals(Optional.empty(), ThreadLocalModel.judge(
          new Put(Operation.SET, ValueType.of(jdk), null, null, null)), jdk);
    }
    assertEquals(Optional.empty(), ThreadLocalModel.judge(
        new Put(Operation.GET, ValueType.of("byte[]"), null, null, null)));
  }

  @Test
  void classifiesWhatTheThreadKeeps() {
    assertEquals(HeldValue.APPLICATION_CLASS, HeldValue.of(SESSION));
    assertEquals(HeldValue.APPLICATION_OBJECTS, HeldValue.of(ValueType.of("java.util.Map",
        ValueType.of("java.lang.String"), SESSION)));
    assertEquals(HeldValue.APPLICATION_OBJECTS, HeldValue.of(ValueType.of("java.util.List",
        ValueType.unknown())));
    assertEquals(HeldValue.APPLICATION_OBJECTS, HeldValue.of(ValueType.of("java.util.Deque")));
    assertEquals(HeldValue.APPLICATION_OBJECTS, HeldValue.of(ValueType.of("com.example.Session[]")));
    assertEquals(HeldValue.APPLICATION_OBJECTS, HeldValue.of(ValueType.of(
        "java.util.concurrent.atomic.AtomicReference", SESSION)));
    assertEquals(HeldValue.GROWING_BUFFER, HeldValue.of(ValueType.of("java.lang.StringBuilder")));
    assertEquals(HeldValue.ANY_OBJECT, HeldValue.of(ValueType.of("java.lang.Object")));
    assertEquals(HeldValue.ANY_OBJECT, HeldValue.of(ValueType.of("java.util.function.Supplier",
        ValueType.of("java.lang.String"))));
    assertEquals(HeldValue.ANY_OBJECT, HeldValue.of(ValueType.unknown()));
    assertEquals(HeldValue.JDK_VALUE, HeldValue.of(ValueType.of("java.util.Map",
        ValueType.of("java.lang.String"), ValueType.of("java.lang.Integer"))));
    assertEquals(HeldValue.JDK_VALUE, HeldValue.of(ValueType.of("char[]")));
    assertEquals(HeldValue.JDK_VALUE, HeldValue.of(ValueType.of("java.lang.ref.SoftReference",
        SESSION)));
    assertEquals(HeldValue.JDK_VALUE, HeldValue.of(ValueType.of("java.lang.String[]")));
    assertFalse(HeldValue.JDK_VALUE.leaks());
  }

  @Test
  void namesACollectionOfGrowingBuffersAsBuffersNotApplicationObjects() {
    ValueType builders = ValueType.of("java.util.Stack", ValueType.of("java.lang.StringBuilder"));
    assertEquals(HeldValue.APPLICATION_OBJECTS, HeldValue.of(builders));
    assertEquals("its Stack and the growing buffers in it",
        HeldValue.APPLICATION_OBJECTS.describe(builders));
    assertEquals("its StringBuilder[] and the growing buffers in it",
        HeldValue.APPLICATION_OBJECTS.describe(ValueType.of("java.lang.StringBuilder[]")));
    ValueType mixed = ValueType.of("java.util.Map", ValueType.of("java.lang.StringBuilder"), SESSION);
    assertEquals("its Map and the application objects in it",
        HeldValue.APPLICATION_OBJECTS.describe(mixed));
    assertEquals("its Deque and the application objects in it",
        HeldValue.APPLICATION_OBJECTS.describe(ValueType.of("java.util.Deque")));
  }

  @Test
  void namesNestedClassesAlikeFromSourceAndBytecode() {
    assertEquals("Inner", ValueType.of("com.example.Outer.Inner").simpleName());
    assertEquals("Inner", ValueType.of("com.example.Outer$Inner").simpleName());
    assertEquals("byte[]", ValueType.of("byte[]").simpleName());
  }

  @Test
  void aBufferEmptiedRightAfterEveryGetIsAScratchBufferButOneNotEmptiedAtSomeUseIsReported() {
    ValueType builder = ValueType.of("java.lang.StringBuilder");
    assertEquals(Optional.empty(),
        ThreadLocalModel.judge(new Put(Operation.GET, builder, null, null, false, null, null, true)));
    assertEquals(Optional.of("'CONTEXT' is populated by this get() but never removed in this"
        + " class, so each pooled thread keeps its StringBuilder, as large as the largest input it"
        + " took; remove() it in a finally after the work"),
        ThreadLocalModel.judge(new Put(Operation.GET, builder, null, null, false, null, null, false)));
  }

  @Test
  void aStackPushedInOneMethodAndPoppedInAnotherIsABeginEndPair() {
    ValueType stack = ValueType.of("java.util.Deque", SESSION);
    assertEquals(Optional.empty(), ThreadLocalModel.judge(
        new Put(Operation.GET, stack, null, null, false, false, true, null)));
    assertTrue(ThreadLocalModel.judge(
        new Put(Operation.GET, stack, null, null, false, false, false, null)).isPresent());
  }

  @Test
  void aSetInASubmittedTaskIsNotTakenOutByARemovalOutsideTheTask() {
    String finding = ThreadLocalModel.judge(new Put(Operation.SET, SESSION, false, null, true,
        null, null, null, Optional.empty(), null, true)).orElseThrow();
    assertEquals("'CONTEXT' is set in a task handed to an executor, which runs it on a pool"
        + " thread, but only code outside the task removes it, on the thread that submitted it:"
        + " the pool thread keeps its Session, and through that application class its class"
        + " loader; remove() it in a finally inside the task", finding);
    // Outside a task, the class's removal is a begin/end pair.
    assertEquals(Optional.empty(), ThreadLocalModel.judge(new Put(Operation.SET, SESSION, false,
        null, true, null, null, null, Optional.empty(), null, false)));
  }

  @Test
  void aQueueSetNewAndEmptyIsJudgedByItsElementsLikeAnInitialValue() {
    ValueType queue = ValueType.of("java.util.LinkedList", ValueType.of("java.lang.Runnable"));
    // Set new and empty, filled by one method, drained by another (Undertow's PipeliningExecutor).
    assertEquals(Optional.empty(), ThreadLocalModel.judge(new Put(Operation.SET, queue, false,
        null, false, false, true, null, Optional.empty(), true)));
    // The same pairing, but the set value may come filled: reported.
    assertTrue(ThreadLocalModel.judge(new Put(Operation.SET, queue, false, null, false, null,
        null, null, Optional.empty(), false)).isPresent());
    // New and empty, but elements are left in it: reported.
    assertTrue(ThreadLocalModel.judge(new Put(Operation.SET, queue, false, null, false, false,
        false, null, Optional.empty(), true)).isPresent());
  }

  @Test
  void methodsPairWhenOneAddsAndAnotherTakesOutButNoneDoesBoth() {
    Set<Effect> push = EnumSet.of(Effect.ADDS);
    Set<Effect> pop = EnumSet.of(Effect.REMOVES);
    Set<Effect> both = EnumSet.of(Effect.ADDS, Effect.REMOVES);
    assertTrue(ThreadLocalModel.pairedAcrossMethods(List.of(push, pop)));
    assertFalse(ThreadLocalModel.pairedAcrossMethods(List.of(push)));
    assertFalse(ThreadLocalModel.pairedAcrossMethods(List.of(pop, pop)));
    assertFalse(ThreadLocalModel.pairedAcrossMethods(List.of(push, pop, both)));
    assertFalse(ThreadLocalModel.pairedAcrossMethods(List.of()));
  }

  @Test
  void theLibrarysOwnHelperWithBoundedStateIsADeliberatePerThreadCache() {
    ValueType generator = ValueType.of("org.example.http.DateGenerator");
    HelperField calendar = new HelperField(ValueType.of("java.util.GregorianCalendar"), false);
    HelperField formats = new HelperField(ValueType.of("java.text.SimpleDateFormat[]"), false);
    HelperField emptiedBuffer = new HelperField(ValueType.of("java.lang.StringBuilder"), true);
    assertEquals(Optional.empty(), ThreadLocalModel.judge(helper(generator,
        Optional.of(List.of(calendar, formats, emptiedBuffer)))));
    assertEquals(Optional.empty(), ThreadLocalModel.judge(helper(generator,
        Optional.of(List.of()))));

    HelperField keptBuffer = new HelperField(ValueType.of("java.lang.StringBuilder"), false);
    HelperField entries = new HelperField(ValueType.of("java.util.List", SESSION), false);
    HelperField memo = new HelperField(ValueType.of("java.util.Map",
        ValueType.of("java.lang.String"), ValueType.of("java.lang.String")), false);
    HelperField anything = new HelperField(ValueType.of("java.lang.Object"), false);
    HelperField session = new HelperField(SESSION, false);
    for (HelperField unbounded : List.of(keptBuffer, entries, memo, anything, session)) {
      assertTrue(ThreadLocalModel.judge(helper(generator,
          Optional.of(List.of(calendar, unbounded)))).isPresent(), unbounded.toString());
    }
    // Not the library's own helper (another file, an inner class): judged by its class alone.
    assertTrue(ThreadLocalModel.judge(helper(generator, Optional.empty())).isPresent());
    // A value given to set() is a caller's (a request's user), not a per-thread cache.
    assertTrue(ThreadLocalModel.judge(new Put(Operation.SET, generator, false, null, false, null,
        null, null, null)).isPresent());
  }

  @Test
  void ownHelperFieldsAreAskedOnlyOfAnApplicationClassValue() {
    Put collection = new Put(Operation.GET, ValueType.of("java.util.Map", SESSION), null, null,
        false, false, false, null, null);
    assertTrue(ThreadLocalModel.judge(collection).isPresent());
  }

  private static Put helper(ValueType type, Optional<List<HelperField>> fields) {
    return new Put(Operation.GET, type, null, null, false, null, null, null, fields);
  }

  /** A put whose thread-local is created as {@code classes} in a final field's declaration. */
  private record Created(Put put, List<String> classes) implements ThreadLocalPut {
    @Override
    public List<String> threadLocalClasses() {
      return classes;
    }

    @Override
    public String field() {
      return put.field();
    }

    @Override
    public Operation operation() {
      return put.operation();
    }

    @Override
    public ValueType valueType() {
      return put.valueType();
    }

    @Override
    public boolean takenOutLaterInScope() {
      return put.takenOutLaterInScope();
    }

    @Override
    public boolean takenOutOnEveryPath() {
      return put.takenOutOnEveryPath();
    }

    @Override
    public boolean setInSubmittedTask() {
      return put.setInSubmittedTask();
    }

    @Override
    public boolean classTakesOut() {
      return put.classTakesOut();
    }

    @Override
    public boolean elementsTakenOutOnEveryPath() {
      return put.elementsTakenOutOnEveryPath();
    }

    @Override
    public boolean elementsTakenOutByPairedMethod() {
      return put.elementsTakenOutByPairedMethod();
    }

    @Override
    public boolean setsNewEmptyCollection() {
      return put.setsNewEmptyCollection();
    }

    @Override
    public boolean emptiedForEachRecord() {
      return put.emptiedForEachRecord();
    }

    @Override
    public Optional<List<HelperField>> ownHelperFields() {
      return put.ownHelperFields();
    }
  }

  @Test
  void aThreadLocalThatKeepsValuesOffTheThreadLeaksNothing() {
    // ehcache's VicariousThreadLocal, through an anonymous subclass: silent before any other
    // fact is asked (the record's facts are all null, so asking one fails).
    Put neverRemoved = new Put(Operation.GET, SESSION, null, null, null);
    assertEquals(Optional.empty(), ThreadLocalModel.judge(new Created(neverRemoved,
        List.of("com.example.Cache$1", "net.sf.ehcache.util.lang.VicariousThreadLocal"))));
    assertEquals(Optional.empty(), ThreadLocalModel.judge(new Created(neverRemoved,
        List.of("org.terracotta.statistics.util.VicariousThreadLocal"))));
    // A look-alike: a class of the same simple name elsewhere, or a plain subclass, keeps the
    // value in the thread.
    Put reported = new Put(Operation.GET, SESSION, null, null, false);
    for (List<String> classes : List.of(List.of("com.example.VicariousThreadLocal"),
        List.of("com.example.Cache$1", "java.lang.InheritableThreadLocal"), List.<String>of())) {
      assertTrue(ThreadLocalModel.judge(new Created(reported, classes)).isPresent(),
          classes.toString());
    }
  }

  /** A call on {@code F.get()}: its name, and whether a {@code finally} taking an element out covers it. */
  private record GetCall(String name, boolean covered) {
    boolean adds() {
      return name.equals("push") || name.equals("add");
    }
  }

  private static boolean takenOut(List<Optional<GetCall>> callsOnGets) {
    return ThreadLocalModel.elementsTakenOutOnEveryPath(callsOnGets, GetCall::adds,
        GetCall::covered);
  }

  @Test
  void elementsAreTakenOutOnEveryPathWhenEveryAddIsCoveredByAFinally() {
    assertTrue(takenOut(List.of(Optional.of(new GetCall("push", true)),
        Optional.of(new GetCall("pop", false)), Optional.of(new GetCall("isEmpty", false)))));
  }

  @Test
  void anAddNoFinallyCoversLeavesElementsOnTheThread() {
    assertFalse(takenOut(List.of(Optional.of(new GetCall("push", true)),
        Optional.of(new GetCall("add", false)))));
  }

  @Test
  void aGetThatIsNotTheReceiverOfACallMayLetTheCollectionGrowUnseen() {
    assertFalse(takenOut(List.of(Optional.of(new GetCall("push", true)), Optional.empty())));
  }

  @Test
  void withNoAddThereIsNothingToTakeOut() {
    assertFalse(takenOut(List.of(Optional.of(new GetCall("pop", false)))));
    assertFalse(takenOut(List.of()));
  }

  @Test
  void aCallThatRemovesOrRestoresTakesTheValueOut() {
    assertTrue(dev.leakproof.checks.knowledge.ThreadLocalApis.Effect.TAKES_OUT.takesOut());
    assertTrue(dev.leakproof.checks.knowledge.ThreadLocalApis.Effect.RESTORES.takesOut());
    assertFalse(dev.leakproof.checks.knowledge.ThreadLocalApis.Effect.PUTS_IN.takesOut());
    assertFalse(dev.leakproof.checks.knowledge.ThreadLocalApis.Effect.READS.takesOut());
  }

  @Test
  void theClassTakesOutByACallAReturnedPreviousValueOrItsSetterGivenNull() {
    assertTrue(ThreadLocalModel.classTakesOut(true, ThreadLocalModelTest::notAsked,
        ThreadLocalModelTest::notAsked));
    assertTrue(ThreadLocalModel.classTakesOut(false, () -> true, ThreadLocalModelTest::notAsked));
    assertTrue(ThreadLocalModel.classTakesOut(false, () -> false, () -> true));
    assertFalse(ThreadLocalModel.classTakesOut(false, () -> false, () -> false));
  }

  @Test
  void theThreadLocalsClassesStopAtTheJdkAndAtTheCap() {
    assertEquals(List.of("a.Outer$1", "net.sf.ehcache.util.lang.VicariousThreadLocal"),
        ThreadLocalModel.threadLocalClasses(java.util.stream.Stream.of("a.Outer$1",
            "net.sf.ehcache.util.lang.VicariousThreadLocal", "java.lang.ThreadLocal",
            "java.lang.Object")));
    assertEquals(List.of(), ThreadLocalModel.threadLocalClasses(
        java.util.stream.Stream.of("java.lang.InheritableThreadLocal", "a.NeverRead")));
    // Read lazily, and no further than the cap: a cyclic chain (broken code) ends too.
    assertEquals(ThreadLocalModel.MAX_CLASSES, ThreadLocalModel.threadLocalClasses(
        java.util.stream.Stream.iterate("a.A", name -> name)).size());
  }

  @Test
  void anOwnHelperIsAPlainClassOfTheSameTopLevelClassWithoutAnOuterInstance() {
    assertTrue(ThreadLocalModel.isOwnHelperClass(true, true, true, false));
    assertFalse(ThreadLocalModel.isOwnHelperClass(false, true, true, false)); // another file's
    assertFalse(ThreadLocalModel.isOwnHelperClass(true, false, true, false)); // an interface
    assertFalse(ThreadLocalModel.isOwnHelperClass(true, true, false, false)); // a subclass
    assertFalse(ThreadLocalModel.isOwnHelperClass(true, true, true, true)); // an inner class
  }

  @Test
  void aSetterTakesOneReferenceParameterAndSetsTheThreadLocalToIt() {
    assertTrue(ThreadLocalModel.isSetter(1, () -> true, () -> true));
    assertFalse(ThreadLocalModel.isSetter(1, () -> true, () -> false), "sets something else");
    assertFalse(ThreadLocalModel.isSetter(1, () -> false, ThreadLocalModelTest::notAsked),
        "an int parameter is set boxed, and no call can give it null");
    assertFalse(ThreadLocalModel.isSetter(2, ThreadLocalModelTest::notAsked,
        ThreadLocalModelTest::notAsked));
  }

  @Test
  void aNewEmptyCollectionIsMadeWithoutArgumentsOrClassBody() {
    assertTrue(ThreadLocalModel.createdEmpty(0, false), "new LinkedList<>()");
    assertFalse(ThreadLocalModel.createdEmpty(1, false), "new ArrayList<>(defaults)");
    assertFalse(ThreadLocalModel.createdEmpty(0, true), "new ArrayList<>() {{ add(x); }}");
  }

  @Test
  void aNewThreadLocalHasAnInitialValueWhenAClassOfItsOwnBelowTheJdkDeclaresOne() {
    assertTrue(ThreadLocalModel.overridesInitialValue(
        Stream.of("app.Counter", "app.BaseLocal", "java.lang.ThreadLocal"), name -> name,
        "app.BaseLocal"::equals));
    assertFalse(ThreadLocalModel.overridesInitialValue(
        Stream.of("app.Counter", "java.lang.ThreadLocal", "java.lang.Object"), name -> name,
        name -> !name.startsWith("app.")), "ThreadLocal's own initialValue() returns null");
    assertFalse(ThreadLocalModel.overridesInitialValue(
        Stream.iterate(0, i -> i + 1).map(i -> "app.Level" + i), name -> name,
        "app.Level16"::equals), "a chain is followed as far as threadLocalClasses keeps it");
  }

  private static boolean notAsked() {
    throw new AssertionError("not to be asked");
  }
}
