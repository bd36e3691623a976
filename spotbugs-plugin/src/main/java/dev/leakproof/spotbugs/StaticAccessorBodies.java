package dev.leakproof.spotbugs;

import dev.leakproof.spotbugs.bytecode.ClassFiles;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;

/**
 * The static field a parameterless static method returns on every {@code areturn}, read from its
 * bytecode: {@code return GLOBAL;}, the holder idiom's {@code return Holder.INSTANCE;}, and the
 * {@code access$000()} accessor javac before 11 writes for a nested class reading its outer
 * class's private static field. Only application classes are read, as the source engines read
 * only the analysed sources (a JDK accessor is judged by its name). Cached for one detector instance; classes it cannot load answer
 * empty (the accessor is then judged by its name).
 */
final class StaticAccessorBodies {
  /** A static field, by its declaring class (dotted) and name. */
  record StaticFieldRef(String className, String name) {}

  private final Map<String, Optional<StaticFieldRef>> returned = new HashMap<>();

  Optional<StaticFieldRef> returnedField(String className, String methodName, String returnType) {
    return returned.computeIfAbsent(className + "#" + methodName,
        key -> find(className, methodName, returnType));
  }

  private static Optional<StaticFieldRef> find(String className, String methodName,
      String returnType) {
    AnalysisContext analysis = AnalysisContext.currentAnalysisContext();
    JavaClass javaClass = analysis == null || !analysis.isApplicationClass(className)
        ? null // like the source engines: only the analysed code's bodies
        : ClassFiles.read(className).orElse(null);
    if (javaClass == null) {
      return Optional.empty();
    }
    for (Method method : javaClass.getMethods()) {
      if (method.isStatic() && method.getName().equals(methodName)
          && method.getArgumentTypes().length == 0
          && method.getReturnType().toString().equals(returnType)) {
        return fieldReturnedBy(method, new ConstantPoolGen(javaClass.getConstantPool()));
      }
    }
    return Optional.empty();
  }

  /** The field every {@code areturn} of {@code method} returns straight after reading it. */
  private static Optional<StaticFieldRef> fieldReturnedBy(Method method, ConstantPoolGen cpg) {
    Code code = method.getCode();
    if (code == null) {
      return Optional.empty();
    }
    StaticFieldRef found = null;
    InstructionHandle[] handles = new InstructionList(code.getCode()).getInstructionHandles();
    for (int i = 0; i < handles.length; i++) {
      if (!(handles[i].getInstruction() instanceof ARETURN)) {
        continue;
      }
      int before = i - 1;
      while (before >= 0 && handles[before].getInstruction() instanceof CHECKCAST) {
        before--;
      }
      Instruction load = before >= 0 ? handles[before].getInstruction() : null;
      if (!(load instanceof GETSTATIC get)) {
        return Optional.empty();
      }
      StaticFieldRef field = new StaticFieldRef(get.getClassName(cpg), get.getFieldName(cpg));
      if (found != null && !found.equals(field)) {
        return Optional.empty();
      }
      found = field;
    }
    return Optional.ofNullable(found);
  }
}
