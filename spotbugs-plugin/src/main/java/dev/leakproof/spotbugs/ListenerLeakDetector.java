package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.spotbugs.ListenerNest.Analysed;
import dev.leakproof.spotbugs.ListenerNest.ClassFacts;
import dev.leakproof.spotbugs.bytecode.ReferenceFlow.Ref;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.BasicType;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.POP;
import org.apache.bcel.generic.POP2;
import org.apache.bcel.generic.Type;

/**
 * {@link Rule#LISTENER_LEAK} on bytecode: a call of a registration method ({@link ListenerApis})
 * whose result is discarded, on a longer-lived subject (a static registration method, a static
 * field, a parameterless static {@code getInstance()}/{@code getDefault…()} result, a field or
 * constructor parameter a constructor keeps), with an argument that holds {@code this} (itself,
 * an inner-class instance that keeps it as {@code this$0}, a lambda or {@code this::m} capturing
 * it, or a field every store of which is one of those), when no class of the nest (the top-level
 * class and everything nested in it) calls a matching removal on the same subject, and unless the
 * registry holds the listener only through a {@code java.lang.ref.Reference}
 * ({@link WeaklyHeldRegistration}). Reported at the registration call.
 */
public class ListenerLeakDetector extends LeakproofDetector {

  public ListenerLeakDetector(BugReporter bugReporter) {
    super(Rule.LISTENER_LEAK, bugReporter);
  }

  /** Parameter types that carry a value, not an object a listener could be registered on. */
  private static final Set<String> PLAIN_VALUES = Set.of("java.lang.String", "java.lang.Class",
      "java.lang.Integer", "java.lang.Long", "java.lang.Boolean");
  private static final List<String> FUTURES =
      List.of("java.util.concurrent.Future", "java.util.concurrent.CompletionStage");

  /**
   * Who a registration or removal addresses: {@code key} matches a removal to its registration,
   * {@code description} names the subject in the finding.
   */
  private record Subject(String key, boolean longerLived, String description) {}

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    if (!mayRegister(javaClass)) {
      return; // the common case, decided from the constant pool alone
    }
    ListenerNest nest = new ListenerNest(javaClass);
    ClassFacts facts = nest.facts(javaClass);
    for (Method method : javaClass.getMethods()) {
      try {
        facts.flow(method).ifPresent(analysed -> analyze(classContext, nest, facts, method, analysed));
      } catch (RuntimeException e) {
        couldNotAnalyze(describe(javaClass, method), e);
      }
    }
  }

  private static boolean mayRegister(JavaClass javaClass) {
    var pool = javaClass.getConstantPool();
    for (var constant : pool.getConstantPool()) {
      if (constant instanceof org.apache.bcel.classfile.ConstantNameAndType nameAndType
          && ListenerApis.isRegistration(nameAndType.getName(pool))) {
        return true;
      }
    }
    return false;
  }

  private void analyze(ClassContext classContext, ListenerNest nest, ClassFacts facts, Method method,
      Analysed analysed) {
    Set<Integer> reportedLines = new HashSet<>();
    for (int node = 0; node < analysed.graph().size(); node++) {
      if (analysed.flow().before(node) == null
          || !(analysed.graph().instruction(node) instanceof InvokeInstruction call)
          || call instanceof INVOKEDYNAMIC || call instanceof INVOKESPECIAL) {
        continue;
      }
      String name = call.getMethodName(facts.cpg);
      List<String> removals = ListenerApis.removalsOf(name);
      if (removals.isEmpty() || !resultIgnored(analysed, node, call, facts)) {
        continue;
      }
      List<Ref> values = analysed.flow().receiverAndArguments(node);
      Optional<Subject> subject = subject(facts, method, call, values.get(0));
      if (subject.isEmpty() || !subject.get().longerLived()
          || completionCallback(call.getClassName(facts.cpg))) {
        continue;
      }
      int listener = firstHoldingThis(facts, values);
      if (listener < 0 || removedInNest(nest, subject.get(), removals)
          || WeaklyHeldRegistration.test(call, facts.cpg, listener)) {
        continue;
      }
      int pc = analysed.graph().pc(node);
      int line = lineOf(method, pc);
      if (reportedLines.add(line)) { // javac copies finally blocks: one report per line
        String message = ListenerApis.message(null, name, subject.get().description(), removals);
        bugReporter.reportBug(bugInMethod(classContext.getJavaClass(), method, message)
            .addCalledMethod(facts.cpg, call)
            .addSourceLine(SourceLineAnnotation.fromVisitedInstruction(classContext, method, pc)));
      }
    }
  }

  /** A void call, or one whose result is popped: a kept result may be an unsubscribing handle. */
  private static boolean resultIgnored(Analysed analysed, int node, InvokeInstruction call,
      ClassFacts facts) {
    if (call.getReturnType(facts.cpg) == Type.VOID) {
      return true;
    }
    Instruction next = node + 1 < analysed.graph().size() ? analysed.graph().instruction(node + 1) : null;
    return next instanceof POP || next instanceof POP2;
  }

  /**
   * Whether a static registration method takes one object, the listener, besides plain values
   * (primitives, strings, classes). A static helper taking two objects registers on one of them,
   * such as Guava's {@code Futures.addCallback(future, callback, executor)}, which FluentFuture
   * calls with {@code this} as the future: JVM-wide state is not the subject then.
   */
  private static boolean takesOneObject(Type[] parameters) {
    int objects = 0;
    for (Type parameter : parameters) {
      boolean plain = parameter instanceof BasicType
          || parameter instanceof ObjectType object && PLAIN_VALUES.contains(object.getClassName());
      objects += plain ? 0 : 1;
    }
    return objects <= 1;
  }

  /**
   * Whether the called method belongs to a future ({@code ListenableFuture.addListener}, Netty's
   * {@code Future.addListener}): a future runs each completion callback once and drops it, so it
   * does not keep it for its lifetime the way a subject keeps a subscription.
   */
  private static boolean completionCallback(String owner) {
    for (String future : FUTURES) {
      try {
        if (owner.equals(future) || Hierarchy.isSubtype(owner, future)) {
          return true;
        }
      } catch (ClassNotFoundException unknown) {
        // the hierarchy is not on the classpath: judge it like any other registration
      }
    }
    return false;
  }

  private static Optional<Subject> subject(ClassFacts facts, Method method, InvokeInstruction call,
      Ref receiver) {
    if (call instanceof INVOKESTATIC) {
      return takesOneObject(call.getArgumentTypes(facts.cpg))
          ? Optional.of(new Subject("class:" + call.getClassName(facts.cpg), true,
              "the static registry of " + simpleName(call.getClassName(facts.cpg))))
          : Optional.empty();
    }
    if (receiver instanceof Ref.StaticField field) {
      return Optional.of(new Subject("type:" + field.type(), true, "static field " + field.name()));
    }
    if (receiver instanceof Ref.StaticCall accessor && ListenerApis.isSingletonAccessor(accessor.name())) {
      return Optional.of(new Subject("type:" + accessor.returnType(), true,
          "singleton " + accessor.name() + "()"));
    }
    if (receiver instanceof Ref.StaticCall accessor && accessor.name().startsWith("access$")) {
      // Before Java 11, a nested class reads its outer class's private static field through a
      // synthetic accessor: the same subject for a removal, though we cannot tell which field.
      return Optional.of(new Subject("type:" + accessor.returnType(), false, "a static field"));
    }
    if (receiver instanceof Ref.Field field) {
      boolean injected = field.ofThis() && facts.injectedFields.contains(field.name());
      return Optional.of(new Subject("field:" + field.name(), injected,
          (injected ? "injected field " : "field ") + field.name()));
    }
    if (receiver instanceof Ref.Param param && method.getName().equals(Const.CONSTRUCTOR_NAME)) {
      String kept = facts.keptParameters.getOrDefault(method, java.util.Map.of()).get(param.slot());
      return Optional.ofNullable(kept)
          .map(field -> new Subject("field:" + field, true, "injected " + field));
    }
    return Optional.empty();
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The index among the declared parameters of the first argument that holds {@code this}; -1 if none. */
  private static int firstHoldingThis(ClassFacts facts, List<Ref> receiverAndArguments) {
    for (int i = 1; i < receiverAndArguments.size(); i++) {
      if (holdsThis(facts, receiverAndArguments.get(i))) {
        return i - 1;
      }
    }
    return -1;
  }

  private static boolean holdsThis(ClassFacts facts, Ref value) {
    return value == Ref.This.INSTANCE || value instanceof Ref.HoldsThis
        || value instanceof Ref.Field field && field.ofThis()
            && facts.fieldHoldsThis.getOrDefault(field.name(), false);
  }

  /** Whether a class of the nest calls one of {@code removals} on {@code subject}. */
  private static boolean removedInNest(ListenerNest nest, Subject subject, List<String> removals) {
    Set<String> names = Set.copyOf(removals);
    for (JavaClass candidate : nest.classes()) {
      if (!ListenerNest.refersToMethodNamed(candidate, names)) {
        continue;
      }
      ClassFacts facts = nest.facts(candidate);
      for (Method method : candidate.getMethods()) {
        Optional<Analysed> analysed = facts.flow(method);
        if (analysed.isPresent() && removes(facts, method, analysed.get(), subject, names)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean removes(ClassFacts facts, Method method, Analysed analysed,
      Subject subject, Set<String> names) {
    for (int node = 0; node < analysed.graph().size(); node++) {
      if (analysed.flow().before(node) != null
          && analysed.graph().instruction(node) instanceof InvokeInstruction call
          && !(call instanceof INVOKEDYNAMIC) && names.contains(call.getMethodName(facts.cpg))) {
        Ref receiver = analysed.flow().receiverAndArguments(node).get(0);
        if (subject(facts, method, call, receiver)
            .map(removedFrom -> removedFrom.key().equals(subject.key())).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }


}
