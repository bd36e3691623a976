package dev.leakproof.spotbugs;

import dev.leakproof.checks.knowledge.ListenerApis;
import dev.leakproof.spotbugs.bytecode.StackConsumer;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.BitSet;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LocalVariableInstruction;
import org.apache.bcel.generic.Type;

/**
 * Whether the registry keeps what a registration hands it only through a
 * {@code java.lang.ref.Reference} (weak, soft or phantom), which does not keep it reachable.
 * Two shapes: the called method's class is a {@code Reference} subtype (Guava's
 * {@code ClosingFuture} calls {@code FinalizableReference.register(this)}, a phantom reference's
 * own static registry), or the method (found in that class or its superclasses) belongs to an
 * application class and its bytecode loads the registered parameter only to pass it straight to
 * the constructor of a {@code Reference} subtype ({@code list.add(new WeakReference<>(o))}).
 * Whatever cannot be loaded or followed counts as strong: the registration stays reported.
 */
final class WeaklyHeldRegistration {
  private WeaklyHeldRegistration() {}

  /** Whether argument {@code argument} (0 is the first declared parameter) of {@code call} is held only through a reference. */
  static boolean test(InvokeInstruction call, ConstantPoolGen cpg, int argument) {
    try {
      String owner = call.getClassName(cpg);
      return isReference(owner)
          || wrapsParameter(owner, call.getMethodName(cpg), call.getSignature(cpg), argument);
    } catch (ClassNotFoundException | RuntimeException unknown) {
      return false;
    }
  }

  private static boolean isReference(String className) throws ClassNotFoundException {
    return ListenerApis.isReferenceType(className)
        || Hierarchy.isSubtype(className, ListenerApis.REFERENCE);
  }

  private static boolean wrapsParameter(String owner, String name, String signature, int argument)
      throws ClassNotFoundException {
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    for (String className = owner; className != null; ) {
      JavaClass javaClass = context.lookupClass(className);
      for (Method method : javaClass.getMethods()) {
        if (method.getName().equals(name) && method.getSignature().equals(signature)) {
          return context.isApplicationClass(javaClass) && wrapsParameter(javaClass, method, argument);
        }
      }
      String superclass = javaClass.getSuperclassName();
      className = javaClass.isInterface() || superclass.equals(className) ? null : superclass;
    }
    return false;
  }

  /** Whether every load of the parameter, and there is one, goes straight into a reference's constructor. */
  private static boolean wrapsParameter(JavaClass javaClass, Method method, int argument)
      throws ClassNotFoundException {
    Type[] parameters = method.getArgumentTypes();
    if (method.getCode() == null || argument < 0 || argument >= parameters.length) {
      return false;
    }
    int slot = method.isStatic() ? 0 : 1;
    for (int i = 0; i < argument; i++) {
      slot += parameters[i].getSize();
    }
    ConstantPoolGen cpg = new ConstantPoolGen(javaClass.getConstantPool());
    InstructionHandle[] handles = new InstructionList(method.getCode().getCode()).getInstructionHandles();
    BitSet jumpTargets = StackConsumer.jumpTargets(handles);
    int loads = 0;
    for (int i = 0; i < handles.length; i++) {
      if (!(handles[i].getInstruction() instanceof LocalVariableInstruction access)
          || access.getIndex() != slot) {
        continue;
      }
      if (!(access instanceof ALOAD) || !passedToReferenceConstructor(handles, i, jumpTargets, cpg)) {
        return false; // overwritten, or the value goes anywhere else
      }
      loads++;
    }
    return loads > 0;
  }

  private static boolean passedToReferenceConstructor(InstructionHandle[] handles, int load,
      BitSet jumpTargets, ConstantPoolGen cpg) throws ClassNotFoundException {
    StackConsumer consumer = StackConsumer.of(handles, load, jumpTargets, cpg);
    if (consumer.kind != StackConsumer.Kind.ESCAPES) {
      return false;
    }
    Instruction taker = handles[consumer.index].getInstruction();
    return taker instanceof INVOKESPECIAL constructor
        && constructor.getMethodName(cpg).equals(Const.CONSTRUCTOR_NAME)
        && isReference(constructor.getClassName(cpg));
  }
}
