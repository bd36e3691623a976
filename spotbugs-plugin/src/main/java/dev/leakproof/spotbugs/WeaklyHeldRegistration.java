package dev.leakproof.spotbugs;

import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.checks.model.listener.WeakRegistries;
import dev.leakproof.checks.model.listener.WeakRegistries.Mention;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.Declarations.Declared;
import dev.leakproof.spotbugs.bytecode.StackConsumer;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LocalVariableInstruction;

/**
 * Whether the registry keeps what a registration hands it only through a
 * {@code java.lang.ref.Reference} (weak, soft or phantom), which does not keep it reachable.
 * Two shapes: the called method's class is a {@code Reference} subtype (Guava's
 * {@code ClosingFuture} calls {@code FinalizableReference.register(this)}, a phantom reference's
 * own static registry), or the method (found in that class or its superclasses) belongs to an
 * application class and its bytecode uses the registered parameter only in ways {@link
 * WeakRegistries} takes as keeping it at most weakly: straight into the constructor of a {@code
 * Reference} subtype ({@code list.add(new WeakReference<>(o))}), as the receiver of a call without
 * arguments, or handed to a private, static or final method of the same class, or to a method
 * called on one of the class's static fields whose classes its static initialiser closes
 * ({@link ClosedFieldClasses}), whose bytecode in turn keeps it at most weakly. Whatever cannot be
 * loaded or followed counts as strong: the registration stays reported.
 */
final class WeaklyHeldRegistration {
  private WeaklyHeldRegistration() {}

  /** Whether argument {@code argument} (0 is the first declared parameter) of {@code call} is held only through a reference. */
  static boolean test(InvokeInstruction call, ConstantPoolGen cpg, int argument) {
    try {
      String owner = call.getClassName(cpg);
      if (isReference(owner)) {
        return true;
      }
      Optional<Declared> method = implementation(owner, call.getMethodName(cpg),
          call.getSignature(cpg));
      return method.isPresent()
          && WeakRegistries.holdsOnlyWeakly(mentions(method.get(), argument, 1));
    } catch (ClassNotFoundException | RuntimeException unknown) {
      return false;
    }
  }

  static boolean isReference(String className) throws ClassNotFoundException {
    return ListenerApis.holdsRegisteredByReference(className)
        || Hierarchy.isSubtype(className, ListenerApis.REFERENCE);
  }

  /** The application method with bytecode a call on {@code owner} runs; empty when it is none. */
  private static Optional<Declared> implementation(String owner, String name, String signature)
      throws ClassNotFoundException {
    return Declarations.inSuperclassChain(owner, name, signature).filter(found ->
        AnalysisContext.currentAnalysisContext().isApplicationClass(found.javaClass())
            && found.method().getCode() != null);
  }

  /** How the method's bytecode uses parameter {@code argument}: one mention per load (a store keeps it). */
  private static List<Mention> mentions(Declared at, int argument, int depth)
      throws ClassNotFoundException {
    Method method = at.method();
    if (argument < 0 || argument >= method.getArgumentTypes().length) {
      return List.of(Mention.KEPT);
    }
    int slot = Declarations.slotOf(method, argument);
    ConstantPoolGen cpg = new ConstantPoolGen(at.javaClass().getConstantPool());
    InstructionHandle[] handles = new InstructionList(method.getCode().getCode()).getInstructionHandles();
    BitSet jumpTargets = StackConsumer.jumpTargets(handles);
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < handles.length; i++) {
      if (handles[i].getInstruction() instanceof LocalVariableInstruction access
          && access.getIndex() == slot) {
        mentions.add(access instanceof ALOAD
            ? mention(at, handles, i, jumpTargets, cpg, depth) : Mention.KEPT);
      }
    }
    return mentions;
  }

  private static Mention mention(Declared at, InstructionHandle[] handles, int load,
      BitSet jumpTargets, ConstantPoolGen cpg, int depth) throws ClassNotFoundException {
    StackConsumer consumer = StackConsumer.of(handles, load, jumpTargets, cpg);
    Instruction taker = consumer.index < handles.length ? handles[consumer.index].getInstruction() : null;
    if (consumer.kind == StackConsumer.Kind.RECEIVER && taker instanceof InvokeInstruction call
        && call.getArgumentTypes(cpg).length == 0) {
      return Mention.RECEIVER_OF_CALL_WITHOUT_ARGUMENTS;
    }
    if (consumer.kind != StackConsumer.Kind.ESCAPES || !(taker instanceof InvokeInstruction call)
        || call instanceof INVOKEDYNAMIC) {
      return Mention.KEPT;
    }
    if (call instanceof INVOKESPECIAL && call.getMethodName(cpg).equals(Const.CONSTRUCTOR_NAME)) {
      return isReference(call.getClassName(cpg)) ? Mention.WRAPPED_IN_REFERENCE : Mention.KEPT;
    }
    int position = consumer.argumentOf(call.getArgumentTypes(cpg));
    boolean handedOn = followsInto(at, call, cpg, position, depth)
        || followsIntoClosedField(at, handles, consumer.index, jumpTargets, call, cpg, position, depth);
    return handedOn ? Mention.HANDED_TO_A_WEAK_KEEPER : Mention.KEPT;
  }

  /** A call of a method of the same class no subclass replaces, whose body keeps the argument at most weakly. */
  private static boolean followsInto(Declared at, InvokeInstruction call, ConstantPoolGen cpg,
      int position, int depth) throws ClassNotFoundException {
    if (!(call instanceof INVOKESTATIC || call instanceof INVOKESPECIAL)
        || !call.getClassName(cpg).equals(at.javaClass().getClassName())) {
      return false;
    }
    Method method = Declarations.declared(at.javaClass(), call.getMethodName(cpg),
        call.getSignature(cpg));
    return method != null && method.getCode() != null
        && WeakRegistries.mayFollowInto(true,
            !Declarations.cannotBeOverridden(at.javaClass(), method), depth)
        && WeakRegistries.keepsAtMostWeakly(
            mentions(new Declared(at.javaClass(), method), position, depth + 1));
  }

  /**
   * A call on a static field of the same class ({@code instance.registerTemplateSpi(template)})
   * whose classes the code closes, where every one of those classes' implementation keeps the
   * argument at most weakly.
   */
  private static boolean followsIntoClosedField(Declared at, InstructionHandle[] handles,
      int callIndex, BitSet jumpTargets, InvokeInstruction call, ConstantPoolGen cpg, int position,
      int depth) throws ClassNotFoundException {
    if (call instanceof INVOKESTATIC || call instanceof INVOKESPECIAL
        || !WeakRegistries.mayFollowInto(true, false, depth)) {
      return false;
    }
    String receiverField = null;
    for (int i = 0; i < callIndex; i++) {
      if (handles[i].getInstruction() instanceof GETSTATIC field
          && field.getClassName(cpg).equals(at.javaClass().getClassName())) {
        StackConsumer receiver = StackConsumer.of(handles, i, jumpTargets, cpg);
        if (receiver.kind == StackConsumer.Kind.RECEIVER && receiver.index == callIndex) {
          receiverField = field.getFieldName(cpg);
        }
      }
    }
    Optional<List<String>> classes = receiverField == null ? Optional.empty()
        : ClosedFieldClasses.of(at.javaClass(), cpg, receiverField);
    if (classes.isEmpty()) {
      return false;
    }
    for (String implementing : classes.get()) {
      Optional<Declared> method = implementation(implementing,
          call.getMethodName(cpg), call.getSignature(cpg));
      if (method.isEmpty() || !WeakRegistries.keepsAtMostWeakly(
          mentions(method.get(), position, depth + 1))) {
        return false;
      }
    }
    return true;
  }
}
