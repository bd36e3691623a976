package dev.leakproof.spotbugs.bytecode;

import edu.umd.cs.findbugs.ba.BytecodeScanner;
import java.util.BitSet;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInterfaceMethodref;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;

/**
 * Which methods of a class may call one of the methods a detector cares about, read from the
 * constant pool and each method's raw bytecode before any graph is built. The methods are
 * judged once per constant-pool entry ({@code Methodref}, {@code InterfaceMethodref}); a method
 * then qualifies when one of its {@code invokevirtual}, {@code invokespecial}, {@code
 * invokestatic} or {@code invokeinterface} instructions names such an entry. The scan is
 * SpotBugs' own {@link BytecodeScanner} walk, as in {@link BackwardBranches}: no instruction
 * objects, no allocation per instruction. A "no" must be final: the predicate is a superset of
 * what the detector looks for, and bytecode the scanner cannot walk counts as a "maybe".
 */
public final class InvokedMethods {
  /** A method as an invoke instruction names it. */
  public record Callee(String owner, String name, String descriptor) {
    /** Whether the method returns an object (not a primitive, an array or nothing). */
    public boolean returnsObject() {
      return descriptor.charAt(descriptor.indexOf(')') + 1) == 'L';
    }

    /** The class of the object it returns, dotted; only when {@link #returnsObject}. */
    public String returnedClass() {
      String returned = descriptor.substring(descriptor.indexOf(')') + 2, descriptor.length() - 1);
      return returned.replace('/', '.');
    }
  }

  /** Indices of the pool entries the predicate accepts. */
  private final BitSet wanted;

  private InvokedMethods(BitSet wanted) {
    this.wanted = wanted;
  }

  /** The pool entries of {@code javaClass} whose method {@code wanted} accepts. */
  public static InvokedMethods of(JavaClass javaClass, Predicate<Callee> wanted) {
    ConstantPool pool = javaClass.getConstantPool();
    Constant[] constants = pool.getConstantPool();
    BitSet indices = new BitSet(constants.length);
    for (int i = 1; i < constants.length; i++) {
      if ((constants[i] instanceof ConstantMethodref
          || constants[i] instanceof ConstantInterfaceMethodref)
          && wanted.test(callee(pool, (ConstantCP) constants[i]))) {
        indices.set(i);
      }
    }
    return new InvokedMethods(indices);
  }

  private static Callee callee(ConstantPool pool, ConstantCP reference) {
    ConstantNameAndType nameAndType =
        pool.getConstant(reference.getNameAndTypeIndex(), ConstantNameAndType.class);
    return new Callee(reference.getClass(pool).replace('/', '.'), nameAndType.getName(pool),
        nameAndType.getSignature(pool));
  }

  /** Whether no method of the class can call a wanted method. */
  public boolean none() {
    return wanted.isEmpty();
  }

  /** Whether {@code code} may call a wanted method; {@code true} when unsure. */
  public boolean mayBeCalledBy(Code code) {
    if (wanted.isEmpty()) {
      return false;
    }
    byte[] bytes = code.getCode();
    boolean[] found = {false};
    try {
      new BytecodeScanner().scan(bytes, (opcode, index) -> {
        if (!found[0] && isInvoke(opcode)
            && wanted.get(((bytes[index + 1] & 0xff) << 8) | (bytes[index + 2] & 0xff))) {
          found[0] = true;
        }
      });
    } catch (RuntimeException e) {
      return true; // bytecode the scanner cannot walk: let the full analysis decide
    }
    return found[0];
  }

  private static boolean isInvoke(int opcode) {
    return opcode == Const.INVOKEVIRTUAL || opcode == Const.INVOKESPECIAL
        || opcode == Const.INVOKESTATIC || opcode == Const.INVOKEINTERFACE;
  }
}
