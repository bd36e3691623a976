package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.resource.MemoryOnlyClasses;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.Call;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.CloseMethod;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.FieldClose;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.OtherCall;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.SuperClose;
import dev.leakproof.spotbugs.bytecode.ClassFiles;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.Declarations.Declared;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.ObjectType;

/**
 * The facts {@link MemoryOnlyClasses} judges, read from bytecode: the {@code close()} a class
 * runs (its own or inherited) and the calls in its body. Bodies are read only in application
 * classes, as the source engines read only the analysed sources; a library class's {@code
 * close()} is known by its declaring class alone.
 */
final class BytecodeCloseMethods implements MemoryOnlyClasses.Classes {
  static final BytecodeCloseMethods INSTANCE = new BytecodeCloseMethods();

  private BytecodeCloseMethods() {}

  /** Whether {@code new className(..)} makes a value that holds only memory. */
  static boolean createdHoldsOnlyMemory(String className) {
    return MemoryOnlyClasses.createdHoldsOnlyMemory(className, INSTANCE);
  }

  @Override
  public Optional<CloseMethod> closeOf(String fqcn) {
    try {
      return Declarations.inSuperclassChain(fqcn, "close", "()V")
          .filter(found -> !found.method().isStatic()).map(BytecodeCloseMethods::closeMethod);
    } catch (ClassNotFoundException | RuntimeException e) {
      return Optional.empty(); // cannot tell: it may hold anything
    }
  }

  /** A {@code close()} whose body is read only in an application class. */
  private static CloseMethod closeMethod(Declared close) {
    String name = close.javaClass().getClassName();
    Code code = close.method().getCode();
    return new CloseMethod(name, code == null || close.method().isAbstract()
        || close.method().isNative()
        || !AnalysisContext.currentAnalysisContext().isApplicationClass(name) ? Optional.empty()
        : Optional.of(calls(new InstructionList(code.getCode()),
            new ConstantPoolGen(close.javaClass().getConstantPool()))));
  }

  /** Every call and object creation of a {@code close()} body, as the model reads them. */
  private static List<Call> calls(InstructionList body, ConstantPoolGen cpg) {
    List<Call> calls = new ArrayList<>();
    InstructionHandle[] handles = body.getInstructionHandles();
    for (int i = 0; i < handles.length; i++) {
      Instruction instruction = handles[i].getInstruction();
      if (instruction instanceof NEW) {
        calls.add(new OtherCall("new"));
      } else if (instruction instanceof InvokeInstruction call) {
        calls.add(call(call, cpg, i > 0 ? handles[i - 1].getInstruction() : null,
            i > 1 ? handles[i - 2].getInstruction() : null));
      }
    }
    return calls;
  }

  /**
   * {@code aload_0; invokespecial Super.close()V} is {@code super.close()}; {@code aload_0;
   * getfield f; invoke… close()V} closes the field {@code f}; anything else is another call.
   */
  private static Call call(InvokeInstruction call, ConstantPoolGen cpg, Instruction before,
      Instruction twoBefore) {
    if (!call.getMethodName(cpg).equals("close") || !call.getSignature(cpg).equals("()V")) {
      return new OtherCall(call.getMethodName(cpg));
    }
    if (call instanceof INVOKESPECIAL && before instanceof ALOAD self && self.getIndex() == 0) {
      return new SuperClose(call.getClassName(cpg));
    }
    if (!(call instanceof INVOKESPECIAL) && before instanceof GETFIELD field
        && twoBefore instanceof ALOAD self && self.getIndex() == 0
        && field.getFieldType(cpg) instanceof ObjectType type) {
      return new FieldClose(type.getClassName());
    }
    return new OtherCall("close");
  }

  @Override
  public List<String> superclasses(String fqcn) {
    List<String> names = new ArrayList<>();
    String name = fqcn;
    while (name != null && !name.equals("java.lang.Object") && names.size() < 20) {
      JavaClass type = ClassFiles.read(name).orElse(null); // as far as the class path tells
      name = type == null || type.isInterface() ? null : type.getSuperclassName();
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  @Override
  public boolean isFinal(String fqcn) {
    return ClassFiles.read(fqcn).filter(type -> type.isClass() && (type.isFinal()
        || type.isEnum() || "java.lang.Record".equals(type.getSuperclassName()))).isPresent();
  }
}
