package dev.leakproof.spotbugs;

import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.model.threadlocal.HelperField;
import dev.leakproof.checks.model.threadlocal.ThreadLocalModel;
import dev.leakproof.checks.model.threadlocal.ValueType;
import dev.leakproof.spotbugs.bytecode.ClassFiles;
import dev.leakproof.spotbugs.bytecode.GenericSignatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;

/**
 * A thread-local's value class when it is the library's own per-thread helper (the model's
 * {@code ThreadLocalPut#ownHelperFields}): a class of the thread-local's nest (the top-level
 * class or one nested in it) whose superclass is {@code Object}, with its instance fields. An
 * inner class shows its outer instance as a {@code this$0} field of an application class, which
 * the model does not take as bounded.
 */
final class OwnHelperClasses {
  private OwnHelperClasses() {}

  /**
   * @param valueType the thread-local's value type, dotted with {@code $} for nested classes
   * @param threadLocalNest the top-level class that declares the thread-local
   */
  static Optional<List<HelperField>> fields(ValueType valueType, String threadLocalNest) {
    if (!valueType.isKnown() || valueType.isArray()
        || !nestOf(valueType.name()).equals(threadLocalNest)) {
      return Optional.empty();
    }
    JavaClass helper = ClassFiles.read(valueType.name()).orElse(null);
    // An inner class shows its outer instance as a this$0 field (javac leaves it out when the
    // class never uses it; then it holds nothing of the outer object).
    if (helper == null || !ThreadLocalModel.isOwnHelperClass(true, helper.isClass(),
        "java.lang.Object".equals(helper.getSuperclassName()),
        Arrays.stream(helper.getFields()).anyMatch(f -> f.getName().startsWith("this$")))) {
      return Optional.empty();
    }
    ConstantPoolGen cpg = new ConstantPoolGen(helper.getConstantPool());
    List<HelperField> fields = new ArrayList<>();
    for (Field field : helper.getFields()) {
      if (!field.isStatic()) {
        String generic = field.getGenericSignature();
        fields.add(new HelperField(
            GenericSignatures.fieldType(generic != null ? generic : field.getSignature()),
            emptied(helper, cpg, field.getName())));
      }
    }
    return Optional.of(fields);
  }

  /**
   * Whether a method of the class empties its field {@code name}: {@code getfield name} directly
   * followed by {@code iconst_0; invokevirtual setLength(I)V}, or by {@code invokevirtual reset()V}.
   */
  private static boolean emptied(JavaClass helper, ConstantPoolGen cpg, String name) {
    for (Method method : helper.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      InstructionList instructions = new InstructionList(method.getCode().getCode());
      for (InstructionHandle at = instructions.getStart(); at != null; at = at.getNext()) {
        if (at.getInstruction() instanceof GETFIELD get && get.getFieldName(cpg).equals(name)
            && get.getClassName(cpg).equals(helper.getClassName()) && emptiesNext(at, cpg)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean emptiesNext(InstructionHandle getField, ConstantPoolGen cpg) {
    InstructionHandle next = getField.getNext();
    boolean zero = next != null && next.getInstruction() instanceof ICONST constant
        && constant.getValue().intValue() == 0;
    InstructionHandle call = zero ? next.getNext() : next;
    Instruction instruction = call == null ? null : call.getInstruction();
    return instruction instanceof INVOKEVIRTUAL invoke
        && ThreadLocalApis.emptiesBuffer(invoke.getMethodName(cpg),
            invoke.getArgumentTypes(cpg).length, zero);
  }

  /** The top-level class of a (dotted) class name: nested classes are {@code Outer$Inner}. */
  static String nestOf(String className) {
    int dollar = className.indexOf('$', className.lastIndexOf('.') + 1);
    return dollar > 0 ? className.substring(0, dollar) : className;
  }
}
