package dev.leakproof.spotbugs;

import static dev.leakproof.spotbugs.OwnHelperClasses.nestOf;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Effect;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import dev.leakproof.checks.model.threadlocal.BufferLending;
import dev.leakproof.checks.model.threadlocal.HelperField;
import dev.leakproof.checks.model.threadlocal.ThreadLocalModel;
import dev.leakproof.checks.model.threadlocal.ThreadLocalPut;
import dev.leakproof.checks.model.threadlocal.ValueType;
import dev.leakproof.spotbugs.bytecode.ClassFiles;
import dev.leakproof.spotbugs.bytecode.ConstantPoolFilter;
import dev.leakproof.spotbugs.bytecode.GenericSignatures;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.InvokeDynamics;
import dev.leakproof.spotbugs.bytecode.Nest;
import dev.leakproof.spotbugs.bytecode.StackValue.FieldRef;
import dev.leakproof.spotbugs.bytecode.ThreadLocalSites;
import dev.leakproof.spotbugs.bytecode.ThreadLocalSites.CollectionUse;
import dev.leakproof.spotbugs.bytecode.ThreadLocalSites.Initialisation;
import dev.leakproof.spotbugs.bytecode.ThreadLocalSites.Site;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.classfile.Signature;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionList;

/**
 * {@link Rule#THREAD_LOCAL_NOT_REMOVED} on bytecode: a value put into a static thread-local
 * ({@code set(v)}, or {@code get()} on one created by {@code withInitial} or with an
 * {@code initialValue} override) that is not taken out again on every path.
 *
 * <p>Two criteria, both per field and within one class and its nested classes (a lambda body is
 * a synthetic method of its class):
 * <ul>
 *   <li>a method that sets the field and also takes it out ({@code remove()}, {@code set(null)},
 *       or {@code set(previous)} restoring what {@code get()} returned) must take it out on every
 *       path from the {@code set} to an exit, normal or exceptional ({@link TakenOutOnEveryPath});
 *       javac copies a {@code finally} onto each of them, so this is "removed in a finally";
 *   <li>otherwise the set, and every populating {@code get()}, is reported when no method of the
 *       class ever removes the field. That needs every class of the nest and the field's
 *       initialiser, which may come in any order, so these findings wait for {@link #report()}.
 * </ul>
 * Silent for instance and local thread-locals, for thread-locals of other classes, and when the
 * class takes the value out in another method (a begin/end pair).
 */
public class ThreadLocalNotRemovedDetector extends LeakproofDetector {
  /**
   * One put and the facts about it; {@link ThreadLocalPut#classTakesOut()} is known only once
   * every class of the nest has been seen, in {@link #report()}.
   */
  private record Put(FieldRef ref, Operation operation, ValueType valueType,
      boolean takenOutLaterInScope, BooleanSupplier everyPath, BooleanSupplier inClass,
      boolean setInSubmittedTask, BooleanSupplier keptEmpty, BooleanSupplier paired,
      boolean setsNewEmptyCollection,
      BooleanSupplier emptiedForRecord, Supplier<Optional<List<HelperField>>> helper,
      Supplier<List<String>> created)
      implements ThreadLocalPut {
    @Override
    public List<String> threadLocalClasses() {
      return created.get();
    }

    @Override
    public Optional<List<HelperField>> ownHelperFields() {
      return helper.get();
    }

    @Override
    public String field() {
      return ref.name();
    }

    @Override
    public boolean takenOutOnEveryPath() {
      return everyPath.getAsBoolean();
    }

    @Override
    public boolean classTakesOut() {
      return inClass.getAsBoolean();
    }

    @Override
    public boolean elementsTakenOutOnEveryPath() {
      return keptEmpty.getAsBoolean();
    }

    @Override
    public boolean elementsTakenOutByPairedMethod() {
      return paired.getAsBoolean();
    }

    @Override
    public boolean emptiedForEachRecord() {
      return emptiedForRecord.getAsBoolean();
    }
  }

  /** A put waiting for the class-level facts, with how to make its bug once judged. */
  private record Pending(Put put, Function<String, BugInstance> bug) {}

  private static final Set<String> THREAD_LOCAL_MENTIONS = Set.of("ThreadLocal", "Local;");

  private final List<Pending> pending = new ArrayList<>();
  /** Fields some method of their own nest takes the value out of. */
  private final Set<FieldRef> takenOut = new HashSet<>();
  /** Fields some method of their own nest returns the previous value of. */
  private final Set<FieldRef> previousValueReturned = new HashSet<>();
  /** Nests (top-level class names) that remove through an accessor we cannot attribute. */
  private final Set<String> removesThroughAccessor = new HashSet<>();
  private final Set<FieldRef> withInitialValue = new HashSet<>();
  /**
   * The one-parameter methods that set a field to their parameter (setters), and per nest the
   * methods its classes call with {@code null}: a setter its own nest calls so takes the value
   * out ({@link ThreadLocalModel#classTakesOut}; a call from another class does not count).
   */
  private final Map<FieldRef, Set<String>> setters = new HashMap<>();
  private final Map<String, Set<String>> calledWithNull = new HashMap<>();
  /**
   * Per nest, a class of it this detector visited, and the classes it visited: a nested class
   * that names no thread-local (the filter calling the setter) is read for its {@code null}
   * calls only when a setter of the nest needs them ({@link #calledWithNullIn}).
   */
  private final Map<String, JavaClass> visitedMembers = new HashMap<>();
  private final Set<String> visitedClasses = new HashSet<>();
  private final Set<String> nestsReadForNullCalls = new HashSet<>();
  /**
   * Per field, what each {@code F.get()} of its nest's methods is the receiver of: a collection
   * call, with whether it adds and then whether every path after it takes an element out, or
   * empty when the collection is handed on ({@link ThreadLocalModel#elementsTakenOutOnEveryPath}).
   */
  private final Map<FieldRef, List<Optional<CallOnGet>>> collectionCallsOnGets = new HashMap<>();
  /**
   * Per field, the collection effects of each method of its nest that calls its collection
   * ({@link ThreadLocalModel#pairedAcrossMethods}).
   */
  private final Map<FieldRef, List<Set<CollectionApis.Effect>>> collectionEffectsPerMethod =
      new HashMap<>();
  /** The mentions of a {@code get()}'s value in the class being visited ({@link BufferLending}). */
  private BufferMentions buffers;
  /**
   * Fields with a {@code get()} whose buffer is emptied before every use fills it ({@link
   * BufferLending}: stored and emptied right away, or lent to a method that empties it first).
   */
  private final Set<FieldRef> emptiedForRecord = new HashSet<>();
  /** Fields with a {@code get()} that is not. */
  private final Set<FieldRef> notEmptiedForRecord = new HashSet<>();
  private final Map<String, Boolean> threadLocalClasses = new HashMap<>();
  /** The lambda methods of the class being visited that it hands straight to an executor. */
  private Set<String> submittedTasks = Set.of();
  private final Map<FieldRef, ValueType> valueTypes = new HashMap<>();
  /** The classes of the new objects the static initializer stores in a thread-local field. */
  private final Map<FieldRef, Set<String>> createdIn = new HashMap<>();

  public ThreadLocalNotRemovedDetector(BugReporter bugReporter) {
    super(Rule.THREAD_LOCAL_NOT_REMOVED, bugReporter);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    if (!ConstantPoolFilter.mentionsAny(javaClass, THREAD_LOCAL_MENTIONS)) {
      return; // cheap filter: the constant pool names no thread-local type
    }
    visitedMembers.putIfAbsent(nestOf(javaClass.getClassName()), javaClass);
    visitedClasses.add(javaClass.getClassName());
    ConstantPoolGen cpg = classContext.getConstantPoolGen();
    submittedTasks = new InvokeDynamics(javaClass).lambdasSubmittedToExecutors();
    buffers = new BufferMentions(javaClass);
    forEachMethodWithCode(javaClass, (method, code) -> analyze(classContext, method, code, cpg));
  }

  private void analyze(ClassContext classContext, Method method, Code code, ConstantPoolGen cpg) {
    InstructionGraph graph = InstructionGraph.of(code);
    if (graph == null) {
      return;
    }
    ThreadLocalSites analysis = ThreadLocalSites.of(graph, cpg, this::isThreadLocalClass,
        this::accessedField, onlyParameterSlot(method));
    String nest = nestOf(classContext.getJavaClass().getClassName());
    calledWithNull.computeIfAbsent(nest, n -> new HashSet<>()).addAll(analysis.calledWithNull());
    for (Initialisation init : analysis.initialisations()) {
      if (init.createdClass() != null && method.getName().equals("<clinit>")) {
        createdIn.computeIfAbsent(init.field(), f -> new HashSet<>()).add(init.createdClass());
      }
      if (init.withInitial() || init.createdClass() != null
          && overridesInitialValue(init.createdClass())) {
        withInitialValue.add(init.field());
      }
    }
    for (FieldRef returned : analysis.previousValuesReturned()) {
      if (nestOf(returned.className()).equals(nest)) {
        previousValueReturned.add(returned); // a scope handed to the caller, who sets it back
      }
    }
    recordCollectionUses(graph, method, analysis, nest);
    List<Site> ours = new ArrayList<>();
    for (Site site : analysis.sites()) {
      if (site.field() == null) {
        if (takesOut(site) && nestOf(site.accessorOwner()).equals(nest)) {
          removesThroughAccessor.add(nest);
        }
      } else if (nestOf(site.field().className()).equals(nest)) {
        ours.add(site);
        if (takesOut(site)) {
          takenOut.add(site.field());
        }
        org.apache.bcel.generic.Type[] parameters = method.getArgumentTypes();
        if (site.operation() == Operation.SET && ThreadLocalModel.isSetter(parameters.length,
            () -> parameters[0] instanceof org.apache.bcel.generic.ReferenceType,
            site::givenTheParameter)) {
          setters.computeIfAbsent(site.field(), f -> new HashSet<>()).add(ThreadLocalSites.methodKey(
              classContext.getJavaClass().getClassName(), method.getName(), method.getSignature()));
        }
      }
    }
    for (Site site : ours) {
      if (site.operation() == Operation.GET) {
        (buffers.emptiedBeforeEveryFill(method, site.node())
            ? emptiedForRecord : notEmptiedForRecord).add(site.field());
      }
    }
    Set<Integer> reportedLines = new HashSet<>();
    for (Site site : ours) {
      Effect effect = effect(site, true);
      if (effect != Effect.PUTS_IN || method.getName().equals("<clinit>")) {
        // A static initializer runs once, like the field initializers the source engines skip.
        continue;
      }
      int pc = graph.pc(graph.callStart(cpg, site.node()));
      if (!reportedLines.add(lineOf(method, pc))) {
        continue; // javac copies finally blocks: one finding per line
      }
      List<Integer> cleanups =
          site.operation() == Operation.GET ? List.of() : cleanups(graph, ours, site);
      FieldRef field = site.field();
      SourceLineAnnotation line =
          SourceLineAnnotation.fromVisitedInstruction(classContext, method, pc);
      JavaClass javaClass = classContext.getJavaClass();
      Function<String, BugInstance> bug = message -> bugInMethod(javaClass, method, message)
          .addField(field.className(), field.name(), field.signature(), true)
          .addSourceLine(line);
      Put put = new Put(field, site.operation(), valueType(field), !cleanups.isEmpty(),
          () -> TakenOutOnEveryPath.from(graph, method, site.node(), cleanups),
          () -> classTakesOut(field),
          submittedTasks.contains(method.getName()),
          () -> ThreadLocalModel.elementsTakenOutOnEveryPath(
              collectionCallsOnGets.getOrDefault(field, List.of()), CallOnGet::adds,
              CallOnGet::takenOutAfter),
          () -> ThreadLocalModel.pairedAcrossMethods(
              collectionEffectsPerMethod.getOrDefault(field, List.of())),
          site.givenNewEmpty(),
          () -> emptiedForRecord.contains(field) && !notEmptiedForRecord.contains(field),
          () -> OwnHelperClasses.fields(valueType(field), nestOf(field.className())),
          () -> createdClasses(field));
      // Judged once the whole class is read: its static initializer (what the field holds, for
      // threadLocalClasses) may come after this method.
      pending.add(new Pending(put, bug));
    }
  }

  /** A collection call on a {@code F.get()}: whether it adds, and if so whether every path after it takes an element out. */
  private record CallOnGet(boolean adds, boolean takenOutAfter) {}

  /**
   * Records this method's collection calls on thread-locals of its nest: for each, whether it
   * adds and whether every path from an add to an exit takes an element out (javac's copies of a
   * {@code finally}); each value handed on; and the effects per field.
   */
  private void recordCollectionUses(InstructionGraph graph, Method method,
      ThreadLocalSites analysis, String nest) {
    for (FieldRef handed : analysis.valuesHandedOn()) {
      if (nestOf(handed.className()).equals(nest)) {
        collectionCallsOnGets.computeIfAbsent(handed, f -> new ArrayList<>()).add(Optional.empty());
      }
    }
    Map<FieldRef, Set<CollectionApis.Effect>> effectsHere = new HashMap<>();
    for (CollectionUse use : analysis.collectionUses()) {
      if (!nestOf(use.field().className()).equals(nest)) {
        continue;
      }
      effectsHere.computeIfAbsent(use.field(), f -> EnumSet.noneOf(CollectionApis.Effect.class))
          .add(use.effect());
      boolean adds = use.effect() == CollectionApis.Effect.ADDS;
      collectionCallsOnGets.computeIfAbsent(use.field(), f -> new ArrayList<>()).add(
          Optional.of(new CallOnGet(adds, adds && takenOutAfter(graph, method, analysis, use))));
    }
    effectsHere.forEach((field, effects) ->
        collectionEffectsPerMethod.computeIfAbsent(field, f -> new ArrayList<>()).add(effects));
  }

  /** Whether every path from the add {@code add} to an exit takes an element out of the same collection. */
  private static boolean takenOutAfter(InstructionGraph graph, Method method,
      ThreadLocalSites analysis, CollectionUse add) {
    List<Integer> removals = new ArrayList<>(analysis.collectionUses().stream()
        .filter(use -> use.field().equals(add.field())
            && use.effect() == CollectionApis.Effect.REMOVES)
        .map(CollectionUse::node).toList());
    // F.get().remove(k) in a finally: the get() that feeds the removal is where the path is
    // taken care of; it is a call too, and would otherwise count as one that can throw first.
    for (Site get : analysis.sites()) {
      if (get.operation() == Operation.GET && add.field().equals(get.field())
          && removals.contains(nextCall(graph, get.node()))) {
        removals.add(get.node());
      }
    }
    return TakenOutOnEveryPath.from(graph, method, add.node(), removals);
  }

  /**
   * The next call after {@code node} when the code runs straight to it (one successor each, as
   * from {@code F.get()} through a cast and the arguments' loads to the call on its result), else
   * {@code -1}.
   */
  private static int nextCall(InstructionGraph graph, int node) {
    int at = node;
    for (int step = 0; step < 8; step++) {
      List<Integer> next = graph.normalSuccessors(at);
      if (next.size() != 1) {
        return -1;
      }
      at = next.get(0);
      if (graph.instruction(at) instanceof org.apache.bcel.generic.InvokeInstruction) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The calls of the method that take out what {@code set} put in and can run after it. One on
   * another branch only (a setter that removes on null) leaves the set to the class-level
   * criterion.
   */
  private static List<Integer> cleanups(InstructionGraph graph, List<Site> sites, Site set) {
    BitSet after = graph.forwardFrom(set.node(), new BitSet());
    List<Integer> nodes = new ArrayList<>();
    for (Site site : sites) {
      if (site.field().equals(set.field()) && site.node() != set.node() && after.get(site.node())
          && takesOut(site)) {
        nodes.add(site.node());
      }
    }
    return nodes;
  }

  /** Takes the value out, or restores the previous one: either way a scope the class ends. */
  private static boolean takesOut(Site site) {
    return effect(site, false).takesOut();
  }

  /** The call's effect; a {@code get()} is assumed populating until {@link #report()} knows better. */
  private static Effect effect(Site site, boolean hasInitialValue) {
    return ThreadLocalApis.effect(site.operation(), site.argument(), hasInitialValue);
  }

  private boolean classTakesOut(FieldRef field) {
    // A call through an accessor the detector cannot attribute to a field counts for each.
    return ThreadLocalModel.classTakesOut(
        takenOut.contains(field) || removesThroughAccessor.contains(nestOf(field.className())),
        () -> previousValueReturned.contains(field),
        () -> {
          Set<String> ownSetters = setters.getOrDefault(field, Set.of());
          return !ownSetters.isEmpty() && ownSetters.stream()
              .anyMatch(calledWithNullIn(nestOf(field.className()))::contains);
        });
  }

  /**
   * The methods the classes of {@code nest} call with {@code null}: those the detector visited,
   * and, read now, the nest's classes that name no thread-local and so were skipped.
   */
  private Set<String> calledWithNullIn(String nest) {
    Set<String> called = calledWithNull.computeIfAbsent(nest, n -> new HashSet<>());
    JavaClass member = visitedMembers.get(nest);
    if (member == null || !nestsReadForNullCalls.add(nest)) {
      return called;
    }
    for (JavaClass type : Nest.of(member).classes()) {
      if (visitedClasses.contains(type.getClassName())) {
        continue;
      }
      ConstantPoolGen cpg = new ConstantPoolGen(type.getConstantPool());
      forEachMethodWithCode(type, (method, code) -> {
        InstructionGraph graph = InstructionGraph.of(code);
        if (graph != null) {
          called.addAll(ThreadLocalSites.of(graph, cpg, this::isThreadLocalClass,
              this::accessedField, onlyParameterSlot(method)).calledWithNull());
        }
      });
    }
    return called;
  }

  /** The local slot of the method's only parameter, else {@code -1}. */
  private static int onlyParameterSlot(Method method) {
    if (method.getArgumentTypes().length != 1) {
      return -1;
    }
    return method.isStatic() ? 0 : 1;
  }

  /**
   * What the thread-local in {@code field} holds: the type argument its generic signature gives
   * {@code ThreadLocal}, directly or through a subclass's generic superclass.
   */
  private ValueType valueType(FieldRef field) {
    return valueTypes.computeIfAbsent(field, f -> {
      String signature = fieldSignature(f);
      ValueType type = GenericSignatures.fieldType(signature);
      for (int depth = 0; type.isKnown() && depth < 8; depth++) {
        if (ThreadLocalApis.JDK_TYPES.contains(type.name())) {
          return type.arguments().size() == 1 ? type.arguments().get(0) : ValueType.unknown();
        }
        type = superclassOf(type.name());
      }
      return ValueType.unknown();
    });
  }

  /**
   * The class of the one object a {@code final} thread-local field holds, created by the static
   * initializer, then its superclasses below {@code ThreadLocal} ({@link
   * ThreadLocalPut#threadLocalClasses}); empty when the field is not final or that is not seen.
   */
  private List<String> createdClasses(FieldRef field) {
    Set<String> created = createdIn.getOrDefault(field, Set.of());
    if (created.size() != 1 || !isFinal(field)) {
      return List.of();
    }
    return ThreadLocalModel.threadLocalClasses(thenSuperclasses(created.iterator().next()));
  }

  /** {@code className}, then its superclasses; a class file it cannot read ends the chain. */
  private static Stream<String> thenSuperclasses(String className) {
    return Stream.iterate(className, Objects::nonNull,
        at -> ClassFiles.read(at).map(JavaClass::getSuperclassName).orElse(null));
  }

  private static boolean isFinal(FieldRef field) {
    return declared(field).map(Field::isFinal).orElse(false); // cannot tell: not final
  }

  private static String fieldSignature(FieldRef field) {
    return declared(field)
        .map(f -> f.getGenericSignature() != null ? f.getGenericSignature() : f.getSignature())
        .orElse(field.signature()); // cannot tell: the erased type
  }

  /** The field's declaration in its class file, when the class can be read. */
  private static Optional<Field> declared(FieldRef field) {
    return ClassFiles.read(field.className()).stream() // unknown: cannot tell
        .flatMap(owner -> Arrays.stream(owner.getFields()))
        .filter(declared -> declared.getName().equals(field.name())).findFirst();
  }

  private static ValueType superclassOf(String className) {
    JavaClass type = ClassFiles.read(className).orElse(null);
    if (type == null) {
      return ValueType.unknown();
    }
    for (Attribute attribute : type.getAttributes()) {
      if (attribute instanceof Signature signature) {
        return GenericSignatures.superclass(signature.getSignature());
      }
    }
    return ValueType.of(type.getSuperclassName());
  }

  private boolean isThreadLocalClass(String className) {
    if (ThreadLocalApis.JDK_TYPES.contains(className)) {
      return true;
    }
    if (className.startsWith("java.") || className.endsWith("]")) {
      return false;
    }
    return threadLocalClasses.computeIfAbsent(className, name -> {
      try {
        return Hierarchy.isSubtype(name, ThreadLocalApis.THREAD_LOCAL);
      } catch (ClassNotFoundException e) {
        return false; // cannot tell: stay silent
      }
    });
  }

  /**
   * The static field that {@code owner.name()} returns, when it is a compiler-made accessor
   * ({@code access$000}: {@code getstatic F; areturn}), as Java 8 targets use for a private
   * field read by a nested class or enum constant body.
   */
  private FieldRef accessedField(String owner, String name) {
    JavaClass type = ClassFiles.read(owner).orElse(null);
    if (type == null) {
      return null; // cannot tell: the call stays an unattributed accessor
    }
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.isStatic() && m.getCode() != null
          && m.getArgumentTypes().length == 0) {
        Instruction[] code = new InstructionList(m.getCode().getCode()).getInstructions();
        if (code.length == 2 && code[0] instanceof GETSTATIC get
            && code[1] instanceof ARETURN) {
          ConstantPoolGen pool = new ConstantPoolGen(type.getConstantPool());
          return new FieldRef(get.getReferenceType(pool).toString(), get.getName(pool),
              get.getSignature(pool));
        }
      }
    }
    return null;
  }

  /** {@link ThreadLocalModel#overridesInitialValue} for {@code className} and its superclasses. */
  private static boolean overridesInitialValue(String className) {
    return ThreadLocalModel.overridesInitialValue(thenSuperclasses(className), name -> name,
        name -> ClassFiles.read(name).stream().flatMap(type -> Arrays.stream(type.getMethods()))
            .anyMatch(m -> ThreadLocalApis.overridesInitialValue(m.getName(),
                m.getArgumentTypes().length, m.getSignature())));
  }


  @Override
  public void report() {
    for (Pending finding : pending) {
      Put put = finding.put();
      boolean storesSomething =
          put.operation() != Operation.GET || withInitialValue.contains(put.ref());
      if (storesSomething) {
        ThreadLocalModel.judge(put).map(finding.bug()).ifPresent(bugReporter::reportBug);
      }
    }
    pending.clear();
  }
}
