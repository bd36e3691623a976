package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.ObjectType;

/**
 * Whether a call's last argument is a constant string, as the bytecode shows it: pushed right
 * before the call by {@code ldc "UTF-8"} or read from a field named as a constant ({@code
 * getstatic StandardCharsets.UTF_8}); where the JDK takes a charset name ({@link
 * UnclosedResourceModel#neverRaised}). An argument computed by several instructions is no
 * constant here, as a name computed in source is none.
 */
public final class ConstantLastArgument {
  private ConstantLastArgument() {}

  /** Whether the call at node {@code at} of {@code graph} is given a constant last argument. */
  public static boolean of(InstructionGraph graph, int at, ConstantPoolGen cpg) {
    if (at <= 0 || !(graph.instruction(at) instanceof InvokeInstruction call)
        || call.getArgumentTypes(cpg).length == 0) {
      return false;
    }
    Instruction before = graph.instruction(at - 1);
    return before instanceof LDC constant && constant.getType(cpg) instanceof ObjectType type
            && type.getClassName().equals("java.lang.String")
        || before instanceof GETSTATIC field
            && UnclosedResourceModel.namedLikeConstant(field.getFieldName(cpg));
  }
}
