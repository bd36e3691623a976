package dev.leakproof.spotbugs.bytecode;

import edu.umd.cs.findbugs.ba.BytecodeScanner;
import java.util.BitSet;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantInterfaceMethodref;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKEINTERFACE;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.InvokeInstruction;

/**
 * Which methods of a class may call one of the methods a detector cares about, read from the
 * constant pool and each method's raw bytecode before any graph is built. The detector's own
 * question is asked of each {@code Methodref}, {@code InterfaceMethodref} and {@code
 * InvokeDynamic} of the pool once per kind of invoke that may name it, as the very instruction
 * its analysis would see; a method then qualifies when one of its invokes names an accepted entry
 * with that kind. The scan is SpotBugs' own {@link BytecodeScanner} walk, as
 * in {@link BackwardBranches}: no instruction objects, no allocation per instruction.
 *
 * <p>A "no" must be final: the question must be the detector's own, a question that throws
 * counts as a "yes" (the analysis then meets the same throw and reports it where it did before),
 * and bytecode the scanner cannot walk counts as a "maybe".
 */
public final class InvokedMethods {
  /** The invokes asked about, in the order of {@link #kind}. */
  private static final int[] INVOKES = {
    Const.INVOKEVIRTUAL, Const.INVOKESPECIAL, Const.INVOKESTATIC, Const.INVOKEINTERFACE,
    Const.INVOKEDYNAMIC
  };

  /** Per pool index, one bit per {@link #INVOKES} kind the question accepted. */
  private final BitSet wanted;

  private InvokedMethods(BitSet wanted) {
    this.wanted = wanted;
  }

  /** The invokes of {@code javaClass}'s pool entries that {@code wanted} accepts. */
  public static InvokedMethods of(JavaClass javaClass, Predicate<InvokeInstruction> wanted) {
    Constant[] constants = javaClass.getConstantPool().getConstantPool();
    BitSet accepted = new BitSet();
    for (int index = 1; index < constants.length; index++) {
      Constant entry = constants[index];
      for (int kind = 0; kind < INVOKES.length; kind++) {
        if (mayName(INVOKES[kind], entry) && accepts(wanted, invoke(INVOKES[kind], index))) {
          accepted.set(index * INVOKES.length + kind);
        }
      }
    }
    return new InvokedMethods(accepted);
  }

  /**
   * Whether an invoke of {@code opcode} may name {@code entry} (JVMS 6.5): {@code invokevirtual} a
   * {@code Methodref}; {@code invokespecial} and {@code invokestatic} a {@code Methodref} or, for
   * an interface's own methods, an {@code InterfaceMethodref}; {@code invokeinterface} an {@code
   * InterfaceMethodref}; {@code invokedynamic} an {@code InvokeDynamic}.
   */
  private static boolean mayName(int opcode, Constant entry) {
    return switch (opcode) {
      case Const.INVOKEVIRTUAL -> entry instanceof ConstantMethodref;
      case Const.INVOKESPECIAL, Const.INVOKESTATIC ->
          entry instanceof ConstantMethodref || entry instanceof ConstantInterfaceMethodref;
      case Const.INVOKEINTERFACE -> entry instanceof ConstantInterfaceMethodref;
      default -> entry instanceof ConstantInvokeDynamic;
    };
  }

  private static boolean accepts(Predicate<InvokeInstruction> wanted, InvokeInstruction call) {
    try {
      return wanted.test(call);
    } catch (RuntimeException e) {
      return true; // the analysis asks the same and reports what it meets, method by method
    }
  }

  /** The instruction an invoke of {@code opcode} naming pool entry {@code index} is. */
  private static InvokeInstruction invoke(int opcode, int index) {
    return switch (opcode) {
      case Const.INVOKEVIRTUAL -> new INVOKEVIRTUAL(index);
      case Const.INVOKESPECIAL -> new INVOKESPECIAL(index);
      case Const.INVOKESTATIC -> new INVOKESTATIC(index);
      case Const.INVOKEINTERFACE -> new INVOKEINTERFACE(index, 1); // its count is asked of no one
      default -> new INVOKEDYNAMIC(index);
    };
  }

  private static int kind(int opcode) {
    for (int kind = 0; kind < INVOKES.length; kind++) {
      if (INVOKES[kind] == opcode) {
        return kind;
      }
    }
    return -1;
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
        int kind = kind(opcode);
        if (!found[0] && kind >= 0) {
          int entry = ((bytes[index + 1] & 0xff) << 8) | (bytes[index + 2] & 0xff);
          found[0] = wanted.get(entry * INVOKES.length + kind);
        }
      });
    } catch (RuntimeException e) {
      return true; // bytecode the scanner cannot walk: let the full analysis decide
    }
    return found[0];
  }
}
