package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.model.concat.ConcatModel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;

/** What the {@code invokedynamic} call sites of one class bootstrap. */
public final class InvokeDynamics {
  private static final String STRING_CONCAT_FACTORY = "java.lang.invoke.StringConcatFactory";
  private static final String LAMBDA_METAFACTORY = "java.lang.invoke.LambdaMetafactory";

  private final JavaClass javaClass;
  private final ConstantPool pool;
  private final BootstrapMethod[] bootstraps;

  public InvokeDynamics(JavaClass javaClass) {
    this.javaClass = javaClass;
    this.pool = javaClass.getConstantPool();
    BootstrapMethod[] found = new BootstrapMethod[0];
    for (Attribute attribute : javaClass.getAttributes()) {
      if (attribute instanceof BootstrapMethods table) {
        found = table.getBootstrapMethods();
      }
    }
    this.bootstraps = found;
  }

  /** Whether {@code indy} is a Java 9+ string concatenation ({@code StringConcatFactory}). */
  public boolean isStringConcat(INVOKEDYNAMIC indy) {
    return bootstrapOf(indy)
        .map(bootstrap -> STRING_CONCAT_FACTORY.equals(ownerOfHandle(bootstrap.getBootstrapMethodRef())))
        .orElse(false);
  }

  /** Whether {@code indy} makes a lambda or method reference ({@code LambdaMetafactory}). */
  public boolean isLambda(INVOKEDYNAMIC indy) {
    return bootstrapOf(indy)
        .map(bootstrap -> LAMBDA_METAFACTORY.equals(ownerOfHandle(bootstrap.getBootstrapMethodRef())))
        .orElse(false);
  }

  /**
   * Whether {@code indy} makes a method reference ({@code this::onEvent}) rather than a lambda:
   * its implementation is a named method, not javac's synthetic {@code lambda$…}.
   */
  public boolean isMethodReference(INVOKEDYNAMIC indy) {
    Optional<BootstrapMethod> bootstrap = bootstrapOf(indy);
    if (bootstrap.isEmpty()
        || !LAMBDA_METAFACTORY.equals(ownerOfHandle(bootstrap.get().getBootstrapMethodRef()))) {
      return false;
    }
    int[] args = bootstrap.get().getBootstrapArguments();
    if (args.length < 2 || !(pool.getConstant(args[1]) instanceof ConstantMethodHandle handle)
        || !(pool.getConstant(handle.getReferenceIndex()) instanceof ConstantCP ref)) {
      return false;
    }
    String name = pool.getConstant(ref.getNameAndTypeIndex(), ConstantNameAndType.class).getName(pool);
    return !name.startsWith("lambda$");
  }

  /**
   * The names of this class's methods whose lambda is created and handed straight to a
   * {@code forEach}/{@code forEachOrdered} call ({@code list.forEach(x -> ...)},
   * {@code map.forEach((k, v) -> ...)}): their body runs once per element, like a loop body.
   */
  public Set<String> lambdasPassedToForEach() {
    return lambdasPassedStraightTo(InvokeDynamics::isForEach);
  }

  /**
   * The names of this class's methods whose lambda is created and handed straight to an
   * executor's {@code execute}/{@code submit} ({@code pool.execute(() -> ...)}): their body runs
   * on a pool thread ({@link ThreadLocalApis#runsTaskOnPoolThread}).
   */
  public Set<String> lambdasSubmittedToExecutors() {
    return lambdasPassedStraightTo((next, cpg) -> next instanceof InvokeInstruction call
        && ThreadLocalApis.runsTaskOnPoolThread(
            call.getReferenceType(cpg).toString(), call.getMethodName(cpg)));
  }

  /** The lambdas created right before a call {@code takes} accepts, by implementation method. */
  private Set<String> lambdasPassedStraightTo(BiPredicate<Instruction, ConstantPoolGen> takes) {
    Set<String> names = new HashSet<>();
    if (bootstraps.length == 0) {
      return names;
    }
    ConstantPoolGen cpg = new ConstantPoolGen(pool);
    for (Method method : javaClass.getMethods()) {
      Code code = method.getCode();
      if (code == null) {
        continue;
      }
      InstructionHandle[] handles = new InstructionList(code.getCode()).getInstructionHandles();
      for (int i = 0; i + 1 < handles.length; i++) {
        if (handles[i].getInstruction() instanceof INVOKEDYNAMIC indy
            && takes.test(handles[i + 1].getInstruction(), cpg)) {
          lambdaImplementation(indy).ifPresent(names::add);
        }
      }
    }
    return names;
  }

  private static boolean isForEach(Instruction next, ConstantPoolGen cpg) {
    if (!(next instanceof InvokeInstruction call)) {
      return false;
    }
    String name = call.getMethodName(cpg);
    return ConcatModel.runsLambdaPerElement(name) && call.getArgumentTypes(cpg).length == 1;
  }

  /** The method of this class a {@code LambdaMetafactory} call site implements its lambda with. */
  private Optional<String> lambdaImplementation(INVOKEDYNAMIC indy) {
    Optional<BootstrapMethod> bootstrap = bootstrapOf(indy);
    if (bootstrap.isEmpty()
        || !LAMBDA_METAFACTORY.equals(ownerOfHandle(bootstrap.get().getBootstrapMethodRef()))) {
      return Optional.empty();
    }
    int[] args = bootstrap.get().getBootstrapArguments();
    if (args.length < 2 || !(pool.getConstant(args[1]) instanceof ConstantMethodHandle handle)) {
      return Optional.empty();
    }
    Constant target = pool.getConstant(handle.getReferenceIndex());
    if (!(target instanceof ConstantCP ref)
        || !ref.getClass(pool).equals(javaClass.getClassName())) {
      return Optional.empty();
    }
    ConstantNameAndType nameAndType = pool.getConstant(ref.getNameAndTypeIndex(), ConstantNameAndType.class);
    return Optional.of(nameAndType.getName(pool));
  }

  private Optional<BootstrapMethod> bootstrapOf(INVOKEDYNAMIC indy) {
    Constant constant = pool.getConstant(indy.getIndex());
    if (!(constant instanceof ConstantInvokeDynamic dynamic)) {
      return Optional.empty();
    }
    int index = dynamic.getBootstrapMethodAttrIndex();
    return index >= 0 && index < bootstraps.length ? Optional.of(bootstraps[index]) : Optional.empty();
  }

  private String ownerOfHandle(int handleIndex) {
    if (!(pool.getConstant(handleIndex) instanceof ConstantMethodHandle handle)) {
      return "";
    }
    Constant ref = pool.getConstant(handle.getReferenceIndex());
    return ref instanceof ConstantCP cp ? cp.getClass(pool) : "";
  }
}
