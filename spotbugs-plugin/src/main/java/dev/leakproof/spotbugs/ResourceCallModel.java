package dev.leakproof.spotbugs;

import dev.leakproof.checks.knowledge.ClosingResults;
import dev.leakproof.checks.knowledge.NonOwningHolders;
import dev.leakproof.checks.knowledge.ReleaseMethods;
import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.CheckedExceptions;
import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.model.resource.ResourceFactories;
import dev.leakproof.checks.model.resource.TiedResults;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.checks.model.resource.UnreadableCallModel;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Call;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Callee;
import dev.leakproof.checks.model.resource.UnreadableCallModel.Result;
import dev.leakproof.spotbugs.bytecode.CatchAllMethods;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.Declarations.Declared;
import dev.leakproof.spotbugs.bytecode.ResourcePaths.CallModel;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.bcel.classfile.ExceptionTable;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * {@link ResourceApis} as the bytecode analysis asks it: by the class a call names in the
 * constant pool, its name and descriptor. Factory methods are also found through the supertypes
 * of that class (a {@code HikariDataSource.getConnection()} is a {@code DataSource}'s), as far as
 * SpotBugs can load them.
 */
final class ResourceCallModel implements CallModel {
  private final ConstantPoolGen cpg;
  private final ParameterSummaries summaries;
  private final Map<String, Boolean> closeable = new HashMap<>();
  private final Map<String, Boolean> closeMethods = new HashMap<>();
  private final Map<String, Boolean> releasing = new HashMap<>();
  private final Map<String, CheckedThrow> checkedThrows = new HashMap<>();
  private final Map<String, Boolean> conventionWithoutBody = new HashMap<>();
  private final Map<String, Boolean> ownClasses = new HashMap<>();

  /** With the application's own methods' summaries ({@link ParameterSummaries}), or null. */
  private final Map<String, Boolean> finalFlags = new HashMap<>();

  ResourceCallModel(ConstantPoolGen cpg, ParameterSummaries summaries) {
    this.cpg = cpg;
    this.summaries = summaries;
  }

  /** The constant pool the calls given to this model name. */
  ConstantPoolGen constantPool() {
    return cpg;
  }

  @Override
  public CalleeSummary argumentUse(InvokeInstruction call, int argument, boolean resultUsedAtOnce) {
    if (argument >= 0 && !(call instanceof INVOKEDYNAMIC)
        && NonOwningHolders.keepsWithoutOwning(call.getClassName(cpg), call.getMethodName(cpg),
            call.getArgumentTypes(cpg).length, argument)) {
      return CalleeSummary.BORROWS; // new Git(repository): kept, but Git.close() leaves it open
    }
    return summaries == null ? CalleeSummary.UNKNOWN
        : summaries.use(call, cpg, argument, resultUsedAtOnce);
  }

  /** What {@code new T(..)} with this constructor does. */
  ConstructorKind constructor(INVOKESPECIAL init) {
    return ResourceApis.constructorFromDescriptor(init.getClassName(cpg), init.getSignature(cpg));
  }

  /**
   * Whether {@code new T(..)}, a constructor no table knows, builds a class of the application
   * that is a resource of its own ({@link OwnCloseables}: {@code new FileTxnLog(dir)}).
   */
  boolean opensOwnClass(INVOKESPECIAL init) {
    String owner = init.getClassName(cpg);
    return ownClasses.computeIfAbsent(owner + init.getSignature(cpg),
        key -> OwnCloseables.opens(owner, init.getArgumentTypes(cpg)));
  }

  /**
   * {@code close()}, or a release method of the class the call names or of one of its
   * supertypes whose subtypes inherit it ({@link ReleaseMethods}: {@code walk.dispose()}, {@code
   * process.destroyForcibly()}); the hierarchy is loaded only for a name the table lists.
   */
  @Override
  public boolean closesReceiver(InvokeInstruction call) {
    if (call instanceof INVOKESTATIC || call instanceof INVOKEDYNAMIC) {
      return false;
    }
    String name = call.getMethodName(cpg);
    if (ResourceApis.isCloseMethod(name)) {
      return call.getSignature(cpg).equals("()V");
    }
    if (!ReleaseMethods.mayReleaseReceiver(name)) {
      return false; // the cheap filter before the cache and the hierarchy
    }
    String owner = call.getClassName(cpg);
    int arguments = call.getArgumentTypes(cpg).length;
    return releasing.computeIfAbsent(owner + "#" + name + call.getSignature(cpg),
        key -> ReleaseMethods.releasesReceiver(name, arguments, owner,
            () -> SupertypeNames.of(owner).iterator()));
  }

  @Override
  public boolean closesArgument(InvokeInstruction call) {
    return ResourceApis.closesArguments(call.getClassName(cpg), call.getMethodName(cpg));
  }

  @Override
  public boolean borrowsArguments(InvokeInstruction call) {
    if (call instanceof INVOKEDYNAMIC) {
      return false;
    }
    return borrowsByTables(call) || borrowsByShape(call);
  }

  /**
   * A method no table knows, whose body this analysis does not read, judged by its shape
   * ({@link UnreadableCallModel}): its name, whether its receiver may be a resource, and its
   * declared result ({@code Object}, an erased type variable, may be the argument itself).
   */
  private boolean borrowsByShape(InvokeInstruction call) {
    String name = call.getMethodName(cpg);
    if (name.equals("<init>")) {
      return false; // a constructor keeps what it is given
    }
    boolean resourceReceiver = !(call instanceof INVOKESTATIC)
        && closeable.computeIfAbsent(call.getClassName(cpg), ResourceCallModel::mayBeCloseable);
    return UnreadableCallModel.borrows(new Call(
        resourceReceiver ? Callee.METHOD_OF_RESOURCE : Callee.METHOD, name, resultOf(call), null,
        call instanceof INVOKESTATIC ? null : call.getClassName(cpg)));
  }

  /** {@code new StreamTokenizer(reader).nextToken()}: as that one call is judged by its shape. */
  @Override
  public boolean holderUsedOnceBorrows(InvokeInstruction use) {
    return !(use instanceof INVOKEDYNAMIC) && !(use instanceof INVOKESTATIC)
        && UnreadableCallModel.borrows(new Call(Callee.HOLDER_USED_ONCE,
            use.getMethodName(cpg), resultOf(use), null, use.getClassName(cpg)));
  }

  /** What a call's declared result can carry, for {@link UnreadableCallModel}. */
  private Result resultOf(InvokeInstruction call) {
    Type returned = call.getReturnType(cpg);
    if (returned == Type.VOID) {
      return Result.NONE;
    }
    if (!(returned instanceof ObjectType object)) {
      return Result.PLAIN; // a primitive or an array
    }
    if (object.getClassName().equals("java.lang.Object")) {
      return Result.UNKNOWN;
    }
    return CalleeSummary.holdsNoReference(object.getClassName())
        || !closeable.computeIfAbsent(object.getClassName(), ResourceCallModel::mayBeCloseable)
            && !closeMethods.computeIfAbsent(object.getClassName(),
                ResourceCallModel::hasCloseMethod)
        ? Result.PLAIN : Result.CLOSEABLE;
  }

  /** {@code XMLStreamWriter}: not {@code AutoCloseable}, but closed all the same. */
  private static boolean hasCloseMethod(String className) {
    try {
      JavaClass type = AnalysisContext.currentAnalysisContext().lookupClass(className);
      return Stream.of(type.getSuperClasses()).anyMatch(ResourceCallModel::declaresClose)
          || declaresClose(type)
          || Stream.of(type.getAllInterfaces()).anyMatch(ResourceCallModel::declaresClose);
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return true;
    }
  }

  private static boolean declaresClose(JavaClass type) {
    return Stream.of(type.getMethods()).anyMatch(method -> method.getName().equals("close")
        && method.getSignature().startsWith("()"));
  }

  private boolean borrowsByTables(InvokeInstruction call) {
    String name = call.getMethodName(cpg);
    if (!ResourceApis.mayBorrowArguments(name)) {
      return false;
    }
    // a supertype's: h2's SortedProperties.load is Properties'; a static method is not inherited
    return ownerOrSupertype(call.getClassName(cpg), call instanceof INVOKESTATIC,
        type -> ResourceApis.borrowsArguments(type, name));
  }

  @Override
  public boolean wrapsArgument(INVOKESPECIAL init) {
    return constructor(init) == ConstructorKind.WRAPS;
  }

  @Override
  public boolean wrapperMayFail(INVOKESPECIAL init, boolean charsetNamedByConstant) {
    String owner = init.getClassName(cpg);
    // the model judges the JDK's wrappers only: no other class is loaded for it
    List<String> checked = !owner.startsWith("java.") && !owner.startsWith("javax.") ? List.of()
        : declaration(owner, "<init>", init.getSignature(cpg)).stream()
            .flatMap(found -> thrown(found.method()))
            .filter(e -> superclasses(e).map(s -> CheckedExceptions.isChecked(e, s)).orElse(false))
            .toList();
    return UnclosedResourceModel.wrapperMayFail(owner, init.getArgumentTypes(cpg).length, checked,
        charsetNamedByConstant);
  }

  @Override
  public boolean wrapsViaFactory(InvokeInstruction call) {
    if (!(call instanceof INVOKESTATIC)) {
      return false;
    }
    String owner = call.getClassName(cpg);
    String name = call.getMethodName(cpg);
    return ResourceApis.wrapsViaFactory(owner, name)
        || ResourceApis.factoryByArgument(owner, name, firstParameter(call))
            == ConstructorKind.WRAPS; // TikaInputStream.get(InputStream)
  }

  /** The erased type of the called method's first parameter, or null when it has none. */
  private String firstParameter(InvokeInstruction call) {
    List<String> parameters = ResourceApis.parameterTypes(call.getSignature(cpg));
    return parameters.isEmpty() ? null : parameters.get(0);
  }

  /**
   * Whether a call into a class outside the analysed application (a library, whose body this
   * analysis does not summarise) or into a method without a body (an interface's, an abstract
   * one) says it creates a JDK resource ({@link ResourceFactories#acquiresByConvention}). Other
   * application methods are not judged by their name but by their body, as the source engines
   * read one of the compilation or the scanned sources ({@link ParameterSummaries#isFactory}):
   * {@code buffer.openInputStream()} returning a stream over a byte array acquires nothing.
   */
  private boolean acquiresByConvention(InvokeInstruction call, String owner, String name) {
    if (owner.startsWith("java.") || owner.startsWith("javax.")
        || !ResourceFactories.namesAFactory(name)
        || !(call.getReturnType(cpg) instanceof ObjectType result)
        || !ResourceFactories.acquiresByConvention(name, result.getClassName())) {
      return false;
    }
    String signature = call.getSignature(cpg);
    if (!AnalysisContext.currentAnalysisContext().isApplicationClass(owner)
        || conventionWithoutBody.computeIfAbsent(owner + '.' + name + signature,
            key -> hasNoBody(owner, name, signature))) {
      return true;
    }
    return summaries != null && summaries.isFactory(owner, name, signature);
  }

  /**
   * Whether the method called has no body to read: declared by an interface, or abstract (or
   * native) in the class that declares it ({@code current().openInputStream()} on JGit's abstract
   * {@code WorkingTreeIterator.Entry}), or found in no class of the owner's superclass chain (an
   * interface's method an abstract class inherits); unknown: yes, as the source engines judge a
   * callee they cannot read.
   */
  private static boolean hasNoBody(String className, String name, String signature) {
    try {
      return Declarations.inSuperclassChain(className, name, signature)
          .map(found -> found.javaClass().isInterface() || found.method().isAbstract()
              || found.method().isNative())
          .orElse(true);
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return true;
    }
  }

  @Override
  public boolean acquires(InvokeInstruction call) {
    return acquires(call, null);
  }

  /**
   * Whether the call acquires, its result typed as {@link #resultType} reads it with {@code next},
   * the instruction after the call (or null): {@code (InputStream) response.body()} acquires
   * where {@code (String) response.body()} does not.
   */
  boolean acquires(InvokeInstruction call, Instruction next) {
    // An invokedynamic makes a lambda or a string; it acquires nothing, and BCEL's "class name"
    // for it is not a class (looking it up made SpotBugs report classes like "run" missing).
    if (call instanceof INVOKEDYNAMIC || !(resultType(call, next) instanceof ObjectType type)) {
      return false;
    }
    String owner = call.getClassName(cpg);
    String name = call.getMethodName(cpg);
    // execute(request) returns the response to close, execute(request, handler) its T (Object)
    String result = type.getClassName();
    if (ResourceApis.acquires(owner, name, result)) {
      return true;
    }
    if (ResourceApis.factoryByArgument(owner, name, firstParameter(call))
        == ConstructorKind.OPENS) {
      return true; // TikaInputStream.get(File), OPCPackage.open(String)
    }
    if (acquiresByConvention(call, owner, name)) {
      return true;
    }
    if (call instanceof INVOKESTATIC || owner.startsWith("java.")) {
      return false; // the JDK's own lists are complete; a static method is not inherited
    }
    return SupertypeNames.of(owner).stream()
        .anyMatch(supertype -> ResourceApis.acquires(supertype, name, result));
  }

  /**
   * Whether the call may acquire once the instruction after it is known ({@link
   * #acquires(InvokeInstruction, Instruction)}), as a question of the constant pool alone: a
   * factory whose descriptor returns {@code Object} may be cast to the type that acquires.
   */
  boolean mayAcquire(InvokeInstruction call) {
    return acquires(call) || !(call instanceof INVOKEDYNAMIC)
        && call.getReturnType(cpg).equals(Type.OBJECT)
        && ResourceApis.acquires(call.getClassName(cpg), call.getMethodName(cpg));
  }

  /**
   * The type of the call's result: its descriptor's, except where that is {@code Object} and
   * {@code next} is a {@code checkcast}. A method returning a type variable ({@code
   * HttpResponse<T>.body()}) has its erasure, {@code Object}, in the descriptor; javac casts the
   * result to the type argument at the call site ({@code checkcast java/io/InputStream}) right
   * after the call, which is the type the source engines read at the call.
   */
  Type resultType(InvokeInstruction call, Instruction next) {
    Type declared = call.getReturnType(cpg);
    return declared.equals(Type.OBJECT) && next instanceof CHECKCAST cast
        ? cast.getType(cpg) : declared;
  }

  /**
   * Whether the call makes a JDBC child its receiver closes along with itself ({@code
   * connection.createStatement()}, {@code statement.executeQuery(..)}; see {@link
   * ResourceApis#closedWithReceiver}).
   */
  public boolean closedWithReceiver(InvokeInstruction call) {
    return instanceCallOfOwnerOrSupertype(call, ResourceApis::closedWithReceiver);
  }

  @Override
  public boolean derivesOwningView(InvokeInstruction call) {
    return ResourceApis.owningViewMethodNames().contains(call.getMethodName(cpg))
        && instanceCallOfOwnerOrSupertype(call, ResourceApis::derivesOwningView);
  }

  /** {@code table} of an instance call's (class, name), or a non-JDK class's supertype's. */
  private boolean instanceCallOfOwnerOrSupertype(InvokeInstruction call,
      BiPredicate<String, String> table) {
    if (call instanceof INVOKEDYNAMIC || call instanceof INVOKESTATIC) {
      return false;
    }
    String owner = call.getClassName(cpg);
    String name = call.getMethodName(cpg);
    return ownerOrSupertype(owner, owner.startsWith("java."), type -> table.test(type, name));
  }

  @Override
  public boolean readsFinalFlag(GETFIELD get) {
    String owner = get.getClassName(cpg);
    String name = get.getFieldName(cpg);
    return finalFlags.computeIfAbsent(owner + "." + name, key -> {
      try {
        for (Field field : AnalysisContext.currentAnalysisContext().lookupClass(owner).getFields()) {
          if (field.getName().equals(name)) {
            return field.isFinal() && !field.isStatic();
          }
        }
      } catch (ClassNotFoundException e) {
        AnalysisContext.reportMissingClass(e);
      }
      return false; // inherited or unknown: may change
    });
  }

  @Override
  public boolean cannotThrow(InvokeInstruction call) {
    return !(call instanceof INVOKEDYNAMIC)
        && ResourceApis.mayBeCallThatCannotThrow(call.getMethodName(cpg))
        && ResourceApis.cannotThrow(call.getClassName(cpg), call.getMethodName(cpg));
  }

  @Override
  public CheckedThrow declaresCheckedException(InvokeInstruction call,
      boolean lastArgumentConstant) {
    if (call instanceof INVOKEDYNAMIC) {
      return CheckedThrow.NO; // a lambda or a string concatenation is made, not run
    }
    String owner = call.getClassName(cpg);
    String key = owner + "." + call.getMethodName(cpg) + call.getSignature(cpg)
        + (lastArgumentConstant ? "/constant" : "");
    return checkedThrows.computeIfAbsent(key, k -> throwsChecked(owner,
        call.getMethodName(cpg), call.getSignature(cpg), lastArgumentConstant));
  }

  /**
   * Whether the method, found in {@code owner} or a supertype, declares a checked exception it
   * may raise ({@link UnclosedResourceModel#neverRaised}); unknown when the class path lacks the
   * owner or the method.
   */
  private static CheckedThrow throwsChecked(String owner, String name, String signature,
      boolean lastArgumentConstant) {
    return declaration(owner, name, signature).map(found -> CheckedThrow.ofCallee(
        CatchAllMethods.cannotThrow(found.method()),
        () -> thrown(found.method())
            .filter(e -> !UnclosedResourceModel.neverRaised(found.javaClass().getClassName(), name,
                Type.getArgumentTypes(signature).length, e, lastArgumentConstant))
            .map(e -> superclasses(e).map(s -> CheckedThrow.declaredType(e, s))
                .orElse(CheckedThrow.UNKNOWN))
            .toList(),
        owner)).orElse(CheckedThrow.UNKNOWN);
  }

  /**
   * The method a call naming {@code owner} runs, found in {@code owner}, its superclasses or its
   * interfaces; empty when the class path lacks the owner (reported) or none declares it.
   */
  private static Optional<Declared> declaration(String owner, String name, String signature) {
    try {
      JavaClass type = AnalysisContext.currentAnalysisContext().lookupClass(owner);
      return Stream.of(List.of(type), List.of(type.getSuperClasses()),
              List.of(type.getAllInterfaces())).flatMap(List::stream)
          .flatMap(candidate -> Stream.ofNullable(Declarations.declared(candidate, name, signature))
              .map(method -> new Declared(candidate, method)))
          .findFirst();
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return Optional.empty();
    }
  }

  /** The types a method's throws clause names. */
  private static Stream<String> thrown(Method method) {
    ExceptionTable table = method.getExceptionTable();
    return table == null ? Stream.empty() : Stream.of(table.getExceptionNames());
  }

  /** An exception type's superclasses; empty when the class path lacks one (reported). */
  private static Optional<List<String>> superclasses(String exception) {
    try {
      return Optional.of(Stream.of(AnalysisContext.currentAnalysisContext()
          .lookupClass(exception).getSuperClasses()).map(JavaClass::getClassName).toList());
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return Optional.empty();
    }
  }

  /**
   * Whether a method declared to return {@code type} hands on a statement it derives a result set
   * from ({@link ResourceApis#owningViewType()} or a subtype).
   */
  boolean isOwningViewType(Type type) {
    return type instanceof ObjectType object
        && (object.getClassName().equals(ResourceApis.owningViewType())
            || isSubtype(object.getClassName(), ResourceApis.owningViewType()).orElse(false));
  }

  @Override
  public boolean resultMayBeAlias(InvokeInstruction call) {
    Type result = call.getReturnType(cpg);
    if (!(result instanceof ObjectType type) || type.getClassName().equals("java.lang.Object")
        || CalleeSummary.holdsNoReference(type.getClassName())) {
      return false; // never a view of a resource, whatever the hierarchy says
    }
    if (leavesReceiverOpen(call)) {
      return false; // walk.getRepository(): a resource of its own, closing it leaves the walk open
    }
    return closeable.computeIfAbsent(type.getClassName(), ResourceCallModel::mayBeCloseable);
  }

  /**
   * Whether closing the closeable this call on the resource returns closes the resource: the
   * result may be the receiver itself (its class is a subtype of the result's, {@code
   * writer.append(..)}), {@link ClosingResults} says the view closes it ({@code getChannel()}),
   * or the hierarchy is unknown (precision first). ZooKeeper's {@code txn.read(zxid)}, an
   * iterator over the log, is none: closing it leaves the log open.
   */
  @Override
  public boolean resultClosesReceiver(InvokeInstruction call) {
    return TiedResults.closesReceiver(receiverMayBeResult(call), () -> viewClosesReceiver(call));
  }

  /**
   * Whether {@link ClosingResults} says closing the view this call returns closes its receiver
   * ({@code in.getChannel()}), whatever else the hierarchy says.
   */
  boolean viewClosesReceiver(InvokeInstruction call) {
    return ClosingResults.mayCloseReceiver(call.getMethodName(cpg))
        && closingResultIs(call, ClosingResults.Closing.CLOSES_RECEIVER);
  }

  /**
   * Whether the class the call is made on is the result's or a subtype of it (the call may return
   * its receiver); null when the result is no class or the hierarchy is unknown.
   */
  private Boolean receiverMayBeResult(InvokeInstruction call) {
    return call.getReturnType(cpg) instanceof ObjectType result
        ? isSubtype(call.getClassName(cpg), result.getClassName()).orElse(null) : null;
  }

  /**
   * What the application's method {@code call} calls does with its argument {@code argument}
   * ({@link ParameterSummaries#summary}); unknown without summaries.
   */
  CalleeSummary summary(InvokeInstruction call, int argument) {
    return summaries == null ? CalleeSummary.UNKNOWN : summaries.summary(call, cpg, argument);
  }

  @Override
  public boolean closesOrBorrows(InvokeInstruction call, int argument) {
    CalleeSummary summary = summary(call, argument);
    return summary == CalleeSummary.CLOSES || summary == CalleeSummary.BORROWS;
  }

  /** {@link ClosingResults}: the call's result is a resource of its own, not a view of the receiver. */
  private boolean leavesReceiverOpen(InvokeInstruction call) {
    return ClosingResults.mayLeaveReceiverOpen(call.getMethodName(cpg))
        && closingResultIs(call, ClosingResults.Closing.LEAVES_RECEIVER_OPEN);
  }

  /**
   * Whether {@link ClosingResults} answers {@code closing} for this call (no arguments), declared
   * by its owner or one of the owner's supertypes.
   */
  private boolean closingResultIs(InvokeInstruction call, ClosingResults.Closing closing) {
    if (!call.getSignature(cpg).startsWith("()")) {
      return false;
    }
    String name = call.getMethodName(cpg);
    return ownerOrSupertype(call.getClassName(cpg), false,
        type -> ClosingResults.closingResult(type, name) == closing);
  }

  /** Whether values of this type may be closeable; unknown types may (precision first). */
  private static boolean mayBeCloseable(String className) {
    return closeable(className).orElse(true);
  }

  /**
   * Whether values of this class are {@code AutoCloseable}; empty when the class is missing from
   * the class path (reported to SpotBugs as missing), for the caller to decide what unknown means.
   */
  static Optional<Boolean> closeable(String className) {
    return isSubtype(className, "java.lang.AutoCloseable");
  }

  /**
   * Whether {@code type} is {@code supertype} or a subtype of it; empty when the class path lacks
   * part of the hierarchy (reported to SpotBugs as missing).
   */
  private static Optional<Boolean> isSubtype(String type, String supertype) {
    try {
      return Optional.of(Hierarchy.isSubtype(type, supertype));
    } catch (ClassNotFoundException e) {
      AnalysisContext.reportMissingClass(e);
      return Optional.empty();
    }
  }

  /**
   * Whether the call's receiver is itself closeable ({@code serverSocket.accept()}), so that a
   * local receiver's own verdict may speak for what it made; a receiver that holds nothing
   * ({@code metadata.getTables(..)}, {@code url.openStream()}) speaks for nothing.
   */
  public boolean receiverIsCloseable(InvokeInstruction call) {
    if (call instanceof INVOKESTATIC || call instanceof INVOKEDYNAMIC) {
      return false;
    }
    String owner = call.getClassName(cpg);
    if (owner.equals("java.lang.AutoCloseable") || owner.equals("java.io.Closeable")) {
      return true;
    }
    return SupertypeNames.of(owner).contains("java.lang.AutoCloseable");
  }

  /**
   * Whether {@code table} answers yes for {@code owner} or, unless {@code ownerOnly}, for one of
   * its supertypes (the hierarchy is loaded only when the owner's answer is no).
   */
  private static boolean ownerOrSupertype(String owner, boolean ownerOnly,
      Predicate<String> table) {
    return table.test(owner) || !ownerOnly && SupertypeNames.of(owner).stream().anyMatch(table);
  }
}
