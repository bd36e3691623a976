package dev.leakproof.spotbugs.bytecode;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.InnerClass;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;

/**
 * Whether instances of a class keep the enclosing instance they are constructed with, from the
 * class file: its own {@code InnerClasses} entry and, for an anonymous class, its code.
 *
 * <p>A named inner (member or local) class holds its enclosing instance, as its source says.
 * An anonymous class holds it only when its code reads the hidden {@code this$0} field:
 * {@code --release 8} javac keeps that field even when nothing uses it, newer javac leaves it
 * out, and either way an unread field is no use of the enclosing instance in the source.
 */
public final class InnerClassFacts {
  private final Map<String, Boolean> holds = new ConcurrentHashMap<>();

  /**
   * Whether an instance of {@code className} (dotted), created with the enclosing instance as
   * its first constructor argument, holds it. Unknown classes answer no.
   */
  public boolean holdsEnclosingInstance(String className) {
    return holds.computeIfAbsent(className, InnerClassFacts::decide);
  }

  /** Whether {@code className} (dotted) is an anonymous class; unknown classes answer no. */
  public boolean isAnonymous(String className) {
    InnerClass self = ClassFiles.read(className).map(InnerClassFacts::ownEntry).orElse(null);
    return self != null && self.getInnerNameIndex() == 0;
  }

  private static boolean decide(String className) {
    JavaClass javaClass = ClassFiles.read(className).orElse(null);
    if (javaClass == null) {
      return false; // cannot see it: stay silent
    }
    InnerClass self = ownEntry(javaClass);
    if (self == null || (self.getInnerAccessFlags() & Const.ACC_STATIC) != 0) {
      return false; // top level, or static nested
    }
    boolean anonymous = self.getInnerNameIndex() == 0;
    return !anonymous || readsOuterThis(javaClass);
  }

  private static InnerClass ownEntry(JavaClass javaClass) {
    return Nest.innerClassEntries(javaClass).get(javaClass.getClassName());
  }

  /** Whether some method of the class reads its own {@code this$N} field. */
  private static boolean readsOuterThis(JavaClass javaClass) {
    ConstantPoolGen cpg = new ConstantPoolGen(javaClass.getConstantPool());
    for (Method method : javaClass.getMethods()) {
      Code code = method.getCode();
      if (code == null) {
        continue;
      }
      for (InstructionHandle handle : new InstructionList(code.getCode()).getInstructionHandles()) {
        if (handle.getInstruction() instanceof GETFIELD get
            && get.getFieldName(cpg).startsWith("this$")
            && get.getReferenceType(cpg).toString().equals(javaClass.getClassName())) {
          return true;
        }
      }
    }
    return false;
  }
}
