package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import dev.leakproof.checks.model.singleton.SingletonBeans;
import dev.leakproof.checks.model.staticcache.BoundedKeys;
import dev.leakproof.checks.model.staticcache.BoundedKeys.GuardUses;
import dev.leakproof.checks.model.staticcache.StaticCacheModel;
import dev.leakproof.checks.model.staticcache.StaticCacheModel.KeyType;
import dev.leakproof.checks.model.staticcache.StaticCollection;
import dev.leakproof.checks.model.threadlocal.ValueType;
import dev.leakproof.spotbugs.bytecode.BytecodeSingletonClass;
import dev.leakproof.spotbugs.bytecode.ClassFiles;
import dev.leakproof.spotbugs.bytecode.GenericSignatures;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.Nest;
import dev.leakproof.spotbugs.bytecode.StackConsumer;
import dev.leakproof.spotbugs.bytecode.StaticCollectionUses;
import dev.leakproof.spotbugs.bytecode.StaticCollectionUses.Site;
import dev.leakproof.spotbugs.bytecode.StoredCollectionGrowth;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;

/**
 * {@link Rule#UNBOUNDED_STATIC_CACHE} on bytecode: a private static collection (or one of a
 * private nested class) that {@code <clinit>} initialises with a collection known to be
 * unbounded, that some method, constructor or lambda of the nest adds to, and that nothing in
 * the nest removes from, clears, replaces, bounds or lets escape. Reported at the
 * {@code putstatic} in {@code <clinit>}, which is the line of the field's declaration.
 *
 * <p>A private instance collection of a class with one instance
 * ({@link dev.leakproof.checks.model.singleton.Singletons}: an enum with one constant, or a class
 * made once into its own static field) lives as long as a static one, and is judged the same
 * way, its constructor counting as initialisation. Reported at the {@code putfield} in the
 * constructor that initialises it: the line of the field's declaration when it has an
 * initialiser, else of the assignment in the constructor.
 *
 * <p>The nest (the top-level class and every nested class, loaded from the analysis cache) is
 * analysed together, since a private field is used through nestmate access or synthetic
 * accessors from all of them. Silent when a nested class cannot be loaded.
 */
public class UnboundedStaticCacheDetector extends LeakproofDetector {

  public UnboundedStaticCacheDetector(BugReporter bugReporter) {
    super(Rule.UNBOUNDED_STATIC_CACHE, bugReporter);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    Method clinit = staticInitialiser(javaClass);
    // A class a DI container keeps one instance of holds its instance fields for the
    // application's life, with or without static state.
    Optional<String> container = SingletonBeans.containerHolder(ClassAnnotations.of(javaClass));
    if (clinit == null && container.isEmpty() && !BytecodeSingletonClass.mayBeOne(javaClass)) {
      // No static state, and no singleton whose holder class (Lazy.INSTANCE) keeps it.
      return;
    }
    Nest nest = null;
    Optional<String> singleton = null;
    for (Field field : javaClass.getFields()) {
      if (!isCandidate(javaClass, field) || field.isStatic() && clinit == null
          || !field.isStatic() && container.isEmpty()
              && !BytecodeSingletonClass.mayBeOne(javaClass)) {
        continue; // an instance field counts only in a singleton: skip loading the nest
      }
      try {
        if (nest == null) {
          nest = Nest.of(javaClass);
        }
        if (!nest.complete()) {
          continue;
        }
        if (field.isStatic()) {
          check(classContext, clinit, field, nest);
          continue;
        }
        if (singleton == null) {
          singleton = BytecodeSingletonClass.holderOf(javaClass, nest).or(() -> container);
        }
        if (singleton.isPresent()) {
          checkSingletonField(classContext, field, singleton.get(), nest);
        }
      } catch (RuntimeException e) {
        // One field we cannot follow must not cost the rest (or the SpotBugs run).
        couldNotAnalyze(javaClass.getClassName() + "." + field.getName(), e);
      }
    }
  }

  private static boolean isCandidate(JavaClass javaClass, Field field) {
    String signature = field.getSignature();
    return signature.startsWith("L") && CollectionApis.isCollectionType(typeName(signature))
        && StaticCollection.confinedToFile(field.isPrivate(), Nest.privateClasses(javaClass));
  }

  private void check(ClassContext classContext, Method clinit, Field field, Nest nest) {
    JavaClass javaClass = classContext.getJavaClass();
    String type = typeName(field.getSignature());
    StaticCollectionUses uses = new StaticCollectionUses(javaClass.getClassName(),
        field.getName(), field.getSignature(), CollectionApis.isCacheType(type));
    uses.scan(nest.classes());
    // Bytecode has no initialiser apart from its store in <clinit>.
    judge(StaticCollection.staticField(field.getName()), uses, field, javaClass, nest,
        () -> initialGrowth(classContext, uses, nest)).ifPresent(message -> bugReporter.reportBug(
        bugOnStaticField(javaClass, field.getName(), field.getSignature(), message)
            .addSourceLine(staticFieldLine(classContext, clinit, field, uses))));
  }

  /**
   * Where a static field's finding points: the start of its initialiser's store in
   * {@code <clinit>}; for a field first given its value in a private method that runs only
   * during initialisation, its declaration (as in the source engines) where the sources show it,
   * else that store.
   */
  private static SourceLineAnnotation staticFieldLine(ClassContext classContext, Method clinit,
      Field field, StaticCollectionUses uses) {
    JavaClass javaClass = classContext.getJavaClass();
    Optional<Site> inClinit = uses.initialisations.stream()
        .filter(site -> site.method().getName().equals("<clinit>")
            && site.owner().getClassName().equals(javaClass.getClassName()))
        .findFirst();
    if (inClinit.isPresent()) {
      return SourceLineAnnotation.fromVisitedInstruction(classContext, clinit,
          initialiserStart(classContext, clinit, inClinit.get().pc()));
    }
    OptionalInt declared =
        FieldDeclarations.line(javaClass, field.getName(), field.getSignature());
    Site first = uses.initialisations.get(0);
    return declared.isPresent()
        ? new SourceLineAnnotation(javaClass.getClassName(), javaClass.getSourceFileName(),
            declared.getAsInt(), declared.getAsInt(), -1, -1)
        : SourceLineAnnotation.fromVisitedInstruction(classContext, first.method(), first.pc());
  }

  /**
   * Where the initialiser stored at {@code storePc} starts: javac gives its first instruction the
   * line of the field's declaration, while the store itself takes the line of the last call in
   * the initialiser ({@code Collections.synchronizedMap(new HashMap<>())} on the line after the
   * field's name). The store when the initialiser is not straight-line code.
   */
  private static int initialiserStart(ClassContext classContext, Method clinit, int storePc) {
    InstructionGraph graph = InstructionGraph.of(clinit.getCode());
    int store = graph.indexOf(storePc);
    ConstantPoolGen cpg = classContext.getConstantPoolGen();
    int start = store < 0 ? -1
        : graph.valueStart(cpg, store, graph.instruction(store).consumeStack(cpg));
    return start < 0 ? storePc : graph.pc(start);
  }

  /**
   * An instance field of the only instance: initialised in the constructors (the one instance
   * ran one of them; {@link StaticCollection#initialGrowth} takes every store).
   */
  private void checkSingletonField(ClassContext classContext, Field field, String holder,
      Nest nest) {
    JavaClass javaClass = classContext.getJavaClass();
    StaticCollectionUses uses = new StaticCollectionUses(javaClass.getClassName(),
        field.getName(), field.getSignature(), true,
        CollectionApis.isCacheType(typeName(field.getSignature())));
    uses.scan(nest.classes());
    String className = javaClass.getClassName();
    String simpleName = className.substring(
        Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    String subject = StaticCollection.singletonField(field.getName(), simpleName, holder);
    judge(subject, uses, field, javaClass, nest, () -> initialGrowth(classContext, uses, nest))
        .ifPresent(message -> {
      Site first = uses.initialisations.get(0);
      // The declaration's line from the sources where SpotBugs has them (a field the
      // constructor assigns has no line of its own in the bytecode), else the putfield's.
      OptionalInt declared =
          FieldDeclarations.line(javaClass, field.getName(), field.getSignature());
      SourceLineAnnotation at = declared.isPresent()
          ? new SourceLineAnnotation(javaClass.getClassName(), javaClass.getSourceFileName(),
              declared.getAsInt(), declared.getAsInt(), -1, -1)
          : SourceLineAnnotation.fromVisitedInstruction(classContext, first.method(), first.pc());
      bugReporter.reportBug(bugOnField(javaClass, field.getName(), field.getSignature(), false,
          message).addSourceLine(at));
    });
  }

  private static Optional<String> judge(String subject, StaticCollectionUses uses, Field field,
      JavaClass owner, Nest nest, Supplier<Growth> initialGrowth) {
    return StaticCacheModel.judge(new StaticCollection(subject,
        () -> uses.collectionAdds(name -> isFixedSet(owner, name, nest)),
        uses.removes, uses.replaced, uses.escapes, initialGrowth, () -> keyedByClosedDomain(field),
        () -> valuesHoldTheirKeys(field)));
  }

  /**
   * Whether the field {@code name} of {@code owner} is a fixed set, its uses read from the whole
   * nest ({@link BoundedKeys#isFixedSet}).
   */
  private static boolean isFixedSet(JavaClass owner, String name, Nest nest) {
    for (Field set : owner.getFields()) {
      if (set.getName().equals(name)) {
        String type = set.getSignature().startsWith("L") ? typeName(set.getSignature()) : "";
        return BoundedKeys.isFixedSet(set.isStatic(), set.isFinal(), type, () -> {
          StaticCollectionUses uses = new StaticCollectionUses(owner.getClassName(), name,
              set.getSignature(), CollectionApis.isCacheType(type));
          uses.scan(nest.classes());
          return new GuardUses(!uses.adds.isEmpty(), uses.replaced, uses.escapes);
        });
      }
    }
    return false;
  }

  /**
   * Whether the field's declared value type (second type argument) is a class with an instance
   * field whose erased type is the key's (first type argument): each value holds its key.
   */
  private static boolean valuesHoldTheirKeys(Field field) {
    if (field.getGenericSignature() == null) {
      return false;
    }
    ValueType declared = GenericSignatures.fieldType(field.getGenericSignature());
    if (declared.arguments().size() != 2 || !declared.arguments().get(0).isKnown()
        || !declared.arguments().get(1).isKnown()) {
      return false;
    }
    String key = declared.arguments().get(0).name();
    return ClassFiles.read(declared.arguments().get(1).name()).stream() // unknown: take the weak keys as working
        .flatMap(value -> Arrays.stream(value.getFields()))
        .anyMatch(valueField -> !valueField.isStatic() && valueField.getSignature().startsWith("L")
            && typeName(valueField.getSignature()).equals(key));
  }

  /**
   * The field's declared key type from its generic signature, for
   * {@link StaticCacheModel#keyedByClosedDomain}; an enum when its class loads as one.
   */
  private static boolean keyedByClosedDomain(Field field) {
    return StaticCacheModel.keyedByClosedDomain(typeName(field.getSignature()), () -> {
      if (field.getGenericSignature() == null) {
        return Optional.empty();
      }
      ValueType declared = GenericSignatures.fieldType(field.getGenericSignature());
      if (declared.arguments().isEmpty() || !declared.arguments().get(0).isKnown()) {
        return Optional.empty();
      }
      String key = declared.arguments().get(0).name();
      return Optional.of(new KeyType(names -> names.test(key),
          () -> ClassFiles.read(key).map(JavaClass::isEnum).orElse(false))); // unknown: an unbounded key
    });
  }

  /**
   * How large the collection can grow from its start, from every store initialisation makes
   * ({@link StaticCollection#initialGrowth}; bytecode has no initialiser apart from its store).
   */
  private static Growth initialGrowth(ClassContext classContext, StaticCollectionUses uses,
      Nest nest) {
    return StaticCollection.initialGrowth(uses.initialisations,
        store -> initialGrowth(store.owner() == classContext.getJavaClass()
            ? classContext.getConstantPoolGen() : new ConstantPoolGen(store.owner().getConstantPool()),
            store.method(), store.pc(), nest));
  }

  /** @param cpg the constant pool of the class that declares {@code initialiser} */
  private static Growth initialGrowth(ConstantPoolGen cpg, Method initialiser,
      int storePc, Nest nest) {
    InstructionHandle[] handles =
        new InstructionList(initialiser.getCode().getCode()).getInstructionHandles();
    for (int i = 0; i < handles.length; i++) {
      if (handles[i].getPosition() == storePc) {
        return StoredCollectionGrowth.of(handles, i, StackConsumer.jumpTargets(handles), cpg,
            nest::get);
      }
    }
    return Growth.UNKNOWN;
  }

  private static Method staticInitialiser(JavaClass javaClass) {
    for (Method method : javaClass.getMethods()) {
      if (method.getName().equals("<clinit>") && method.getCode() != null) {
        return method;
      }
    }
    return null;
  }

  /** {@code Ljava/util/Map;} as {@code java.util.Map}. */
  private static String typeName(String signature) {
    return signature.substring(1, signature.length() - 1).replace('/', '.');
  }

}
