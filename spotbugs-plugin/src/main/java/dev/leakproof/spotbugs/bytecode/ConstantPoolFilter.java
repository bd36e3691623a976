package dev.leakproof.spotbugs.bytecode;

import java.util.Set;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantUtf8;
import org.apache.bcel.classfile.InnerClasses;
import org.apache.bcel.classfile.JavaClass;

/**
 * Cheap questions about a class, answered from its constant pool and attributes before any method
 * is analysed. SpotBugs hands every detector every class; most classes cannot contain what a
 * detector looks for, and saying so costs one pass over the pool instead of a graph per method.
 * Each filter must be a superset of what its detector can find: a "no" is final.
 */
public final class ConstantPoolFilter {
  private ConstantPoolFilter() {}

  /** Whether some UTF-8 constant (a class, member or descriptor name) is one of {@code names}. */
  public static boolean namesAny(JavaClass javaClass, Set<String> names) {
    for (Constant constant : javaClass.getConstantPool().getConstantPool()) {
      if (constant instanceof ConstantUtf8 utf8 && names.contains(utf8.getBytes())) {
        return true;
      }
    }
    return false;
  }

  /** Whether some UTF-8 constant contains one of {@code fragments}. */
  public static boolean mentionsAny(JavaClass javaClass, Set<String> fragments) {
    for (Constant constant : javaClass.getConstantPool().getConstantPool()) {
      if (constant instanceof ConstantUtf8 utf8) {
        String text = utf8.getBytes();
        for (String fragment : fragments) {
          if (text.contains(fragment)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the class can make an object that holds an enclosing instance: it has an
   * {@code invokedynamic} (a lambda or method reference), or an {@code InnerClasses} attribute
   * with an entry — the JVM specification (4.7.6) requires one for every nested class the
   * constant pool refers to, so a class that constructs an inner class always has it.
   */
  public static boolean mayMakeInnerObjects(JavaClass javaClass) {
    for (Constant constant : javaClass.getConstantPool().getConstantPool()) {
      if (constant instanceof ConstantInvokeDynamic) {
        return true;
      }
    }
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof InnerClasses inner && inner.getInnerClasses().length > 0) {
        return true;
      }
    }
    return false;
  }
}
