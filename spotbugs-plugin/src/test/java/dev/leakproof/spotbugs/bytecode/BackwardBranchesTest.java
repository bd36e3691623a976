package dev.leakproof.spotbugs.bytecode;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.generic.ClassGen;
import org.apache.bcel.generic.GOTO;
import org.apache.bcel.generic.GOTO_W;
import org.apache.bcel.generic.IFEQ;
import org.apache.bcel.generic.IFNE;
import org.apache.bcel.generic.ILOAD;
import org.apache.bcel.generic.InstructionConst;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.TABLESWITCH;
import org.apache.bcel.generic.Type;
import org.junit.jupiter.api.Test;

/** The loop pre-filter: a "no" only where every branch jumps forwards. */
class BackwardBranchesTest {

  @Test
  void straightLineCodeAndForwardBranchesCannotLoop() {
    assertFalse(BackwardBranches.mayLoop(code(list -> list.append(InstructionConst.RETURN))));
    assertFalse(BackwardBranches.mayLoop(code(list -> {
      // if (x == 0) { x = 1 } return: an if/else shape, all forwards
      list.append(new ILOAD(0));
      IFNE skip = new IFNE(null);
      list.append(skip);
      list.append(InstructionConst.ICONST_1);
      list.append(InstructionConst.ISTORE_0);
      skip.setTarget(list.append(InstructionConst.RETURN));
    })));
  }

  @Test
  void aBackwardConditionalBranchOrGotoIsALoop() {
    assertTrue(BackwardBranches.mayLoop(code(list -> {
      // do { } while (x == 0): the test jumps back to the top
      InstructionHandle top = list.append(new ILOAD(0));
      list.append(new IFEQ(top));
      list.append(InstructionConst.RETURN);
    })));
    assertTrue(BackwardBranches.mayLoop(code(list -> {
      // while (x != 0) { }: javac's shape, a goto back to the test
      InstructionHandle test = list.append(new ILOAD(0));
      IFEQ exit = new IFEQ(null);
      list.append(exit);
      list.append(new GOTO(test));
      exit.setTarget(list.append(InstructionConst.RETURN));
    })));
  }

  @Test
  void aWideGotoBackIsALoopAndASwitchIsTakenAsOne() {
    assertTrue(BackwardBranches.mayLoop(code(list -> {
      InstructionHandle top = list.append(InstructionConst.NOP);
      list.append(new GOTO_W(top));
    })));
    assertTrue(BackwardBranches.mayLoop(code(list -> {
      // every target forwards: still "maybe", the targets are not read
      list.append(new ILOAD(0));
      TABLESWITCH branches = new TABLESWITCH(new int[] {0}, new InstructionHandle[] {null}, null);
      list.append(branches);
      InstructionHandle end = list.append(InstructionConst.RETURN);
      branches.setTarget(end);
      branches.setTarget(0, end);
    })));
  }

  /** A static {@code void m(int)} whose body {@code body} appends. */
  private static Code code(Consumer<InstructionList> body) {
    ClassGen type = new ClassGen("samples.Loops", "java.lang.Object", "Loops.java",
        Const.ACC_PUBLIC | Const.ACC_SUPER, null);
    InstructionList list = new InstructionList();
    body.accept(list);
    MethodGen method = new MethodGen(Const.ACC_PUBLIC | Const.ACC_STATIC, Type.VOID,
        new Type[] {Type.INT}, new String[] {"x"}, "m", "samples.Loops", list,
        type.getConstantPool());
    method.setMaxStack(2);
    method.setMaxLocals(1);
    return method.getMethod().getCode();
  }
}
