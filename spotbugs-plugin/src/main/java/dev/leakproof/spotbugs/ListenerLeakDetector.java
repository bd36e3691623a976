package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.checks.model.listener.Listener;
import dev.leakproof.checks.model.listener.ListenerLeakModel;
import dev.leakproof.checks.model.listener.ListenerLeakModel.Registration;
import dev.leakproof.checks.model.listener.Removal;
import dev.leakproof.checks.model.singleton.SharedInstances;
import dev.leakproof.checks.model.listener.ShortLivedSubjects;
import dev.leakproof.checks.model.listener.Subject;
import dev.leakproof.spotbugs.ListenerNest.Analysed;
import dev.leakproof.spotbugs.ListenerNest.ClassFacts;
import dev.leakproof.spotbugs.bytecode.BytecodeSingletonClass;
import dev.leakproof.spotbugs.bytecode.Nest;
import dev.leakproof.spotbugs.bytecode.ReferenceFlow.Ref;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.POP;
import org.apache.bcel.generic.POP2;
import org.apache.bcel.generic.Type;

/**
 * {@link Rule#LISTENER_LEAK} on bytecode; the judgement and the sentence are
 * {@link ListenerLeakModel}'s, this detector extracts the facts. A call of a registration method ({@link ListenerApis})
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

  private final StaticAccessorBodies accessors = new StaticAccessorBodies();

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    if (!mayRegister(javaClass)) {
      return; // the common case, decided from the constant pool alone
    }
    ListenerNest nest = new ListenerNest(javaClass);
    ClassFacts facts = nest.facts(javaClass);
    forEachMethodWithCode(javaClass, (method, code) -> facts.flow(method)
        .ifPresent(analysed -> analyze(classContext, nest, facts, method, analysed)));
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
      List<String> removals = ListenerLeakModel.removalsOf(name);
      if (removals.isEmpty()) {
        continue;
      }
      List<Ref> values = analysed.flow().receiverAndArguments(node);
      Optional<Subject> subject = subject(facts, method, call, values.get(0));
      int argument = firstHoldingThis(facts, values);
      if (subject.isEmpty() || argument < 0) {
        continue;
      }
      boolean injected = subject.get().kind() == Subject.Kind.INJECTED_FIELD;
      List<LifeEnd> lifeEnds = injected ? lifeEnds(nest, facts.javaClass) : List.of();
      Registration registration = new Registration(name, subject.get(),
          listenerOf(values.get(argument + 1)), !resultIgnored(analysed, node, call, facts),
          shortLivedSubject(call.getClassName(facts.cpg)), false, !lifeEnds.isEmpty(),
          keepsItsOwnInstance(facts.javaClass), endsItsSubject(nest, lifeEnds, subject.get()));
      if (!ListenerLeakModel.mayLeak(registration)
          || WeaklyHeldRegistration.test(call, facts.cpg, argument)) {
        continue;
      }
      Optional<String> sentence = ListenerLeakModel.judge(registration, removalsInNest(nest, removals));
      int pc = analysed.graph().pc(node);
      int line = lineOf(method, pc);
      if (sentence.isPresent() && reportedLines.add(line)) { // javac copies finally blocks
        bugReporter.reportBug(bugInMethod(classContext.getJavaClass(), method, sentence.get())
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

  /** Whether the called method's class keeps a callback for one operation only ({@link ShortLivedSubjects}). */
  private static boolean shortLivedSubject(String owner) {
    return ShortLivedSubjects.isShortLived(owner, shortLived -> {
      try {
        return Hierarchy.isSubtype(owner, shortLived);
      } catch (ClassNotFoundException unknown) {
        return false; // the hierarchy is not on the classpath: judge it like any other registration
      }
    });
  }

  /** javac and ecj name the synthetic field holding a captured local {@code val$<name>}. */
  private static final String CAPTURED_LOCAL_PREFIX = "val$";

  private Optional<Subject> subject(ClassFacts facts, Method method, InvokeInstruction call,
      Ref receiver) {
    if (call instanceof INVOKESTATIC) {
      return Subject.staticRegistry(call.getClassName(facts.cpg),
          Stream.of(call.getArgumentTypes(facts.cpg)).map(Type::toString).toList());
    }
    if (receiver == Ref.This.INSTANCE) {
      return Optional.of(Subject.self());
    }
    if (receiver instanceof Ref.StaticField field) {
      return Subject.ofField(field.className(), field.name(), field.type(), true, false,
          () -> false, () -> false);
    }
    if (receiver instanceof Ref.StaticCall accessor) {
      Optional<StaticAccessorBodies.StaticFieldRef> returned =
          accessors.returnedField(accessor.className(), accessor.name(), accessor.returnType());
      if (accessor.name().startsWith("access$")) {
        // Before Java 11, a nested class reads its outer class's private static field through a
        // synthetic accessor: the subject is that field.
        return returned.map(field -> Subject.staticField(field.className(), field.name(),
            accessor.returnType()));
      }
      return SharedInstances.isAccessor(accessor.className(), accessor.name(), returned.isPresent())
          ? Optional.of(Subject.sharedInstance(accessor.className(), accessor.name(),
              accessor.returnType()))
          : Optional.empty();
    }
    if (receiver instanceof Ref.Field field && field.ofThis()) {
      if (field.name().startsWith(CAPTURED_LOCAL_PREFIX)) {
        // A local of the enclosing method that this local or anonymous class captured: the
        // source says a local (or parameter), whose lifetime the rule does not know, as the
        // source engines see it; not a field handed in to a longer-lived object.
        return Optional.empty();
      }
      return Subject.ofField(facts.javaClass.getClassName(), field.name(), field.type(), false,
          true, () -> facts.injectedFields.contains(field.name()),
          () -> ClassAnnotations.isSingletonBean(field.type()));
    }
    if (receiver instanceof Ref.Param param && method.getName().equals(Const.CONSTRUCTOR_NAME)) {
      String kept = facts.keptParameters.getOrDefault(method, java.util.Map.of()).get(param.slot());
      return Optional.ofNullable(kept).map(Subject::injectedField);
    }
    return Optional.empty();
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

  /** What a listener argument that holds {@code this} is, in the model's terms. */
  private static Listener listenerOf(Ref value) {
    if (value instanceof Ref.HoldsThis holds) {
      return holds.kind();
    }
    return value == Ref.This.INSTANCE ? Listener.THIS : Listener.HOLDER;
  }

  private static boolean holdsThis(ClassFacts facts, Ref value) {
    return value == Ref.This.INSTANCE || value instanceof Ref.HoldsThis
        || value instanceof Ref.Field field && field.ofThis()
            && facts.fieldHoldsThis(field.name());
  }

  /**
   * Whether the class has only one instance, held for good by a static field
   * ({@link dev.leakproof.checks.model.singleton.Singletons#holderOf}); its nest is loaded only
   * when the class alone allows it.
   */
  private static boolean keepsItsOwnInstance(JavaClass javaClass) {
    return BytecodeSingletonClass.mayBeOne(javaClass)
        && BytecodeSingletonClass.holderOf(javaClass, Nest.of(javaClass)).isPresent();
  }

  /** A parameterless method that ends the life of its class's objects, and that class. */
  private record LifeEnd(JavaClass owner, Method method) {}

  /**
   * The methods that end the life of the registering class, declared by it or by a class it is
   * nested in. The classes nested in it do not count: a helper's {@code dispose()} ends the
   * helper, not the object that registered.
   */
  private static List<LifeEnd> lifeEnds(ListenerNest nest, JavaClass registering) {
    String name = registering.getClassName();
    List<LifeEnd> ends = new ArrayList<>();
    for (JavaClass candidate : nest.classes()) {
      String enclosing = candidate.getClassName();
      if (name.equals(enclosing) || name.startsWith(enclosing + "$")) {
        for (Method method : candidate.getMethods()) {
          if (ListenerLeakModel.isLifecycleEnd(method.getName(), method.getArgumentTypes().length,
              method.isStatic())) {
            ends.add(new LifeEnd(candidate, method));
          }
        }
      }
    }
    return ends;
  }

  /** Whether a call in one of these life-ending methods ends {@code subject} itself ({@link ListenerLeakModel#endsSubject}). */
  private boolean endsItsSubject(ListenerNest nest, List<LifeEnd> lifeEnds, Subject subject) {
    for (LifeEnd end : lifeEnds) {
      ClassFacts facts = nest.facts(end.owner());
      Optional<Analysed> analysed = facts.flow(end.method());
      if (analysed.isPresent() && endsSubjectIn(facts, end.method(), analysed.get(), subject)) {
        return true;
      }
    }
    return false;
  }

  private boolean endsSubjectIn(ClassFacts facts, Method method, Analysed analysed, Subject subject) {
    for (int node = 0; node < analysed.graph().size(); node++) {
      int at = node;
      if (analysed.flow().before(node) != null
          && analysed.graph().instruction(node) instanceof InvokeInstruction call
          && !(call instanceof INVOKEDYNAMIC) && !(call instanceof INVOKESTATIC)
          && ListenerLeakModel.endsSubject(call.getMethodName(facts.cpg),
              call.getArgumentTypes(facts.cpg).length,
              () -> subject(facts, method, call, analysed.flow().receiverAndArguments(at).get(0)),
              subject)) {
        return true;
      }
    }
    return false;
  }

  /** Every call named one of {@code removals} in the classes of the nest, with its facts. */
  private List<Removal> removalsInNest(ListenerNest nest, List<String> removals) {
    Set<String> names = Set.copyOf(removals);
    List<Removal> found = new ArrayList<>();
    for (JavaClass candidate : nest.classes()) {
      if (!ListenerNest.refersToMethodNamed(candidate, names)) {
        continue;
      }
      ClassFacts facts = nest.facts(candidate);
      for (Method method : candidate.getMethods()) {
        facts.flow(method).ifPresent(analysed -> collectRemovals(facts, method, analysed, names, found));
      }
    }
    return found;
  }

  private void collectRemovals(ClassFacts facts, Method method, Analysed analysed,
      Set<String> names, List<Removal> found) {
    for (int node = 0; node < analysed.graph().size(); node++) {
      if (analysed.flow().before(node) != null
          && analysed.graph().instruction(node) instanceof InvokeInstruction call
          && !(call instanceof INVOKEDYNAMIC) && names.contains(call.getMethodName(facts.cpg))) {
        List<Ref> values = analysed.flow().receiverAndArguments(node);
        Optional<Listener> madeAtTheCall = values.stream().skip(1)
            .filter(Ref.HoldsThis.class::isInstance)
            .map(v -> ((Ref.HoldsThis) v).kind()).findFirst();
        found.add(new Removal(call.getMethodName(facts.cpg),
            subject(facts, method, call, values.get(0)), madeAtTheCall));
      }
    }
  }
}
