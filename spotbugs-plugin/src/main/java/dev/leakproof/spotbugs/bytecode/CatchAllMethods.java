package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.CatchAll;
import dev.leakproof.checks.model.resource.CatchAllBodies;
import dev.leakproof.checks.model.resource.CatchAllBodies.Part;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.CodeException;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ConstantPushInstruction;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.LoadInstruction;
import org.apache.bcel.generic.NOP;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.StoreInstruction;

/**
 * Whether a method whose bytecode the analysis can read cannot throw ({@link CatchAllBodies}):
 * every instruction is either inside the range of an exception-table entry catching {@code
 * Throwable} or {@code Exception}, or harmless on its own (a local load or store, a constant, a
 * jump, a return): the handler of {@code catch (Throwable t) { return false; }} is {@code astore,
 * iconst_0, ireturn}, and a {@code finally}'s rethrow ({@code athrow}) is not harmless. The source
 * engines' {@code CatchAllCallees} read statements the same way.
 */
public final class CatchAllMethods {
  private CatchAllMethods() {}

  /** Whether {@code method}'s body cannot throw; false without code (abstract, native). */
  public static boolean cannotThrow(Method method) {
    Code code = method.getCode();
    if (code == null || code.getExceptionTable() == null) {
      return false;
    }
    List<CodeException> catchAll = new ArrayList<>();
    ConstantPool constants = code.getConstantPool();
    for (CodeException entry : code.getExceptionTable()) {
      if (entry.getCatchType() != 0 && CatchAll.catchesExpected(
          constants.getConstantString(entry.getCatchType(), org.apache.bcel.Const.CONSTANT_Class)
              .replace('/', '.'))) {
        catchAll.add(entry);
      }
    }
    if (catchAll.isEmpty()) {
      return false;
    }
    List<Part> parts = new ArrayList<>();
    for (InstructionHandle handle : new InstructionList(code.getCode()).getInstructionHandles()) {
      int pc = handle.getPosition();
      if (catchAll.stream().anyMatch(entry -> entry.getStartPC() <= pc && pc < entry.getEndPC())) {
        parts.add(Part.GUARDED);
      } else {
        parts.add(harmless(handle.getInstruction()) ? Part.HARMLESS : Part.MAY_THROW);
      }
    }
    return CatchAllBodies.cannotThrow(parts);
  }

  private static boolean harmless(Instruction instruction) {
    return instruction instanceof LoadInstruction || instruction instanceof StoreInstruction
        || instruction instanceof ConstantPushInstruction || instruction instanceof ACONST_NULL
        || instruction instanceof ReturnInstruction || instruction instanceof GotoInstruction
        || instruction instanceof NOP;
  }
}
