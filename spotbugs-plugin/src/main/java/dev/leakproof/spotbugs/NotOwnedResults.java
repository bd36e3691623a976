package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.ResourceFactories;
import dev.leakproof.checks.model.resource.ResourceFactories.Returned;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.ReturnedValues;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InvokeInstruction;

/**
 * Application methods that hand out nothing their caller owns ({@link
 * ResourceFactories#returnsNothingOwned}): every {@code areturn} gives a standard stream, a
 * wrapper built over one, or the result of another such method ({@code
 * KeepAliveOutputStream.wrapSystemOut()} returning {@code wrap(System.out)}, {@code wrap(ps)}
 * returning {@code new PrintStream(new KeepAliveOutputStream(ps))}), read by {@link
 * ReturnedValues} with the call's own arguments (a standard stream given to a parameter is one
 * in the callee). Only a method no override replaces (static, private, final, or of a final
 * class) of an application class; nesting stops a few calls deep, a recursion stays unknown.
 * The bytecode form of the source engines' {@code LocalFactories.returnsNothingOwned}.
 */
final class NotOwnedResults {
  private final CalleeAnswers<Boolean> answers = new CalleeAnswers<>(CalleeSummary.MAX_NESTED_CALLS);
  private final Map<String, ResourceCallModel> modelsByClass = new HashMap<>();

  /**
   * Whether {@code call} (named in {@code cpg}), given arguments of these kinds, returns
   * nothing its caller owns.
   */
  boolean returnsNothingOwned(InvokeInstruction call, ConstantPoolGen cpg,
      List<Returned> arguments) {
    if (call instanceof INVOKEDYNAMIC || arguments.size() != call.getArgumentTypes(cpg).length) {
      return false;
    }
    String owner = call.getClassName(cpg);
    String name = call.getMethodName(cpg);
    String signature = call.getSignature(cpg);
    return answers.answer(owner + "." + name + signature + arguments,
        () -> judge(owner, name, signature, arguments)).orElse(false);
  }

  private boolean judge(String owner, String name, String signature, List<Returned> arguments) {
    JavaClass type = name.equals("<init>") ? null : ApplicationClasses.lookup(owner).orElse(null);
    if (type == null) {
      return false; // a library's body, or a class SpotBugs cannot load: unknown
    }
    Method method = Declarations.declared(type, name, signature);
    Code code = method == null ? null : method.getCode();
    if (code == null || !Declarations.cannotBeOverridden(type, method)) {
      return false; // inherited, abstract or native, or another body may run in its place
    }
    BitSet notOwnedSlots = new BitSet();
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i) == Returned.NOT_OWNED) {
        notOwnedSlots.set(Declarations.slotOf(method, i));
      }
    }
    InstructionGraph graph = InstructionGraph.of(code);
    if (graph == null) {
      return false;
    }
    ResourceCallModel calls = modelsByClass.computeIfAbsent(owner,
        o -> new ResourceCallModel(new ConstantPoolGen(type.getConstantPool()), null));
    return ResourceFactories.returnsNothingOwned(ReturnedValues.of(graph, calls.constantPool(),
        origins(calls), code.getMaxLocals(), notOwnedSlots));
  }

  /** What the callee's own instructions make, by the tables, and its calls by this class. */
  private ReturnedValues.Origins origins(ResourceCallModel calls) {
    return new TableOrigins(calls) {
      @Override
      public boolean returnsNothingOwned(InvokeInstruction call, List<Returned> arguments) {
        return NotOwnedResults.this.returnsNothingOwned(call, calls.constantPool(), arguments);
      }
    };
  }
}
