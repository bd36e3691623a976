package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.ResourceFactories;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.ReturnedValues;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;

/**
 * Methods of the analysed class that return a resource they open ({@link ResourceFactories}): a
 * call of one acquires like a known factory ({@code InputStream in = open(file);}). The bytecode
 * form of the source engines' {@code LocalFactories}: the callee's returns are read by {@link
 * ReturnedValues}, with this same knowledge (a factory may return another's result, or wrap it);
 * nesting stops a few calls deep, so a recursion stays unknown. Only a call naming the class
 * itself counts, as the source engines count only calls written on their own class; an
 * overriding subclass is not looked for, as they do not.
 */
final class OwnFactories extends TableOrigins {
  private final JavaClass javaClass;
  private final ConstantPoolGen cpg;
  private final CalleeAnswers<Boolean> answers = new CalleeAnswers<>(CalleeSummary.MAX_NESTED_CALLS);

  OwnFactories(JavaClass javaClass, ConstantPoolGen cpg, ResourceCallModel calls) {
    super(calls);
    this.javaClass = javaClass;
    this.cpg = cpg;
  }

  /** Whether {@code call} calls a method of the analysed class that is a factory. */
  boolean isFactoryCall(InvokeInstruction call) {
    if (call instanceof INVOKEDYNAMIC || !(call.getReturnType(cpg) instanceof ObjectType result)
        || !call.getClassName(cpg).equals(javaClass.getClassName())) {
      return false;
    }
    String name = call.getMethodName(cpg);
    if (name.equals("<init>") || !ResourceCallModel.closeable(result.getClassName()).orElse(true)) {
      return false; // what the caller gets cannot be closed: no resource to own
    }
    // a result type missing from the class path (JRediSearch's Jedis _conn() { return
    // pool.getResource(); } analysed without Jedis's jar) is judged by the body, as the source
    // engines judge it: a factory the tables know returns a resource whatever its type
    return declaresFactory(name, call.getSignature(cpg));
  }

  /**
   * Whether the analysed class declares the method {@code name} with {@code signature} and its
   * body is a factory's; asked for its own calls, and by {@link ParameterSummaries#isFactory} for
   * a creating-named call into it from another application class.
   */
  boolean declaresFactory(String name, String signature) {
    return answers.answer(name + signature, () -> judge(name, signature)).orElse(false);
  }

  private boolean judge(String name, String signature) {
    Method method = Declarations.declared(javaClass, name, signature);
    if (method == null || method.getCode() == null) {
      return false; // inherited (its body is another class's), abstract or native
    }
    InstructionGraph graph = InstructionGraph.of(method.getCode());
    return graph != null && ResourceFactories.isFactory(
        ReturnedValues.of(graph, cpg, this, method.getCode().getMaxLocals()));
  }

  @Override
  public boolean acquires(InvokeInstruction call) {
    return calls.acquires(call) || isFactoryCall(call);
  }
}
