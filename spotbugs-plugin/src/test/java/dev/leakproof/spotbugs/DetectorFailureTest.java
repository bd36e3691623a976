package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.testcases.Corpus;
import edu.umd.cs.findbugs.test.SpotBugsExtension;
import edu.umd.cs.findbugs.test.SpotBugsRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.generic.ClassGen;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GOTO;
import org.apache.bcel.generic.IFEQ;
import org.apache.bcel.generic.InstructionConst;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A method the detector cannot follow (here: unverifiable bytecode whose stack heights disagree
 * at a merge) must not cost the rest of the analysis: the failure is logged once as Leakproof's,
 * naming the method, and findings in other classes are still reported.
 */
@ExtendWith(SpotBugsExtension.class)
class DetectorFailureTest {

  @Test
  void aMethodWeCannotFollowIsLoggedAndAnalysisGoesOn(SpotBugsRunner spotbugs) throws IOException {
    Path classes = JavaSources.compile(List.of(Corpus.locate().sourceRoot()
        .resolve("cases/concat/CarriedAcrossEnhancedForLoop.java")),
        17, true, JavaSources.targetDir().resolve("concat-failure"));
    writeClassWithBrokenMethod(classes.resolve("cases/concat/Broken.class"));

    LeakproofAnalysis.Result result = LeakproofAnalysis.run(spotbugs, classes);

    assertEquals(1, result.leakproofErrors().size(), String.join("\n", result.leakproofErrors()));
    String error = result.leakproofErrors().get(0);
    assertTrue(error.startsWith("Leakproof StringConcatInLoopDetector could not analyze cases.concat.Broken.broken()V"),
        error);
    assertTrue(result.findings().stream().anyMatch(f -> f.sourcePath().equals("cases/concat/CarriedAcrossEnhancedForLoop.java")),
        "the other class is still analyzed");
  }

  /**
   * {@code T: iconst_0; ifeq L; aconst_null; goto T; L: return}: at {@code T} one word on the
   * path back, none on entry. The backward {@code goto} makes it a loop, so that the detector's
   * loop pre-filter ({@code BackwardBranches}) lets the method through too.
   */
  private static void writeClassWithBrokenMethod(Path file) throws IOException {
    ClassGen type = new ClassGen("cases.concat.Broken", "java.lang.Object", "Broken.java",
        Const.ACC_PUBLIC | Const.ACC_SUPER, null);
    ConstantPoolGen pool = type.getConstantPool();
    // Names StringBuilder, so that StringConcatInLoopDetector's constant-pool filter lets the
    // class through to the method analysis that fails.
    pool.addClass("java.lang.StringBuilder");
    InstructionList code = new InstructionList();
    InstructionHandle top = code.append(InstructionConst.ICONST_0);
    IFEQ branch = new IFEQ(null);
    code.append(branch);
    code.append(InstructionConst.ACONST_NULL);
    code.append(new GOTO(top));
    InstructionHandle join = code.append(InstructionConst.RETURN);
    branch.setTarget(join);
    MethodGen method = new MethodGen(Const.ACC_PUBLIC | Const.ACC_STATIC, Type.VOID, Type.NO_ARGS,
        new String[0], "broken", "cases.concat.Broken", code, pool);
    method.setMaxStack(1);
    method.setMaxLocals(0);
    type.addMethod(method.getMethod());
    Files.write(file, type.getJavaClass().getBytes());
  }
}
