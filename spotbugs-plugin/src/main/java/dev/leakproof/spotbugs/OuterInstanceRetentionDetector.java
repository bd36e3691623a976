package dev.leakproof.spotbugs;

import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.knowledge.RetentionSinks;
import dev.leakproof.checks.model.outerinstance.OuterInstanceRetentionModel;
import dev.leakproof.spotbugs.bytecode.BytecodeSingletonClass;
import dev.leakproof.spotbugs.bytecode.ConstantPoolFilter;
import dev.leakproof.spotbugs.bytecode.Handovers;
import dev.leakproof.spotbugs.bytecode.Handovers.Handover;
import dev.leakproof.spotbugs.bytecode.InnerClassFacts;
import dev.leakproof.spotbugs.bytecode.InvokeDynamics;
import dev.leakproof.spotbugs.bytecode.Nest;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.BitSet;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;

/**
 * {@link Rule#OUTER_INSTANCE_RETENTION} on bytecode: an object that holds {@code this} handed to
 * a long-lived sink in the same run of code that makes it. Holding {@code this} means an inner
 * class instance constructed with {@code this} (an anonymous class only when its code reads its
 * {@code this$0}), or a lambda or method reference whose {@code invokedynamic} captures
 * {@code this}; the sinks are {@code putstatic}, {@code Thread.start} of a fresh thread, a
 * {@code Timer} schedule, {@code Runtime.addShutdownHook}, and submission to or adding to an
 * executor or collection read from a static field. Reported at the store or call.
 */
public class OuterInstanceRetentionDetector extends LeakproofDetector {
  private final Handovers handovers = new Handovers(new InnerClassFacts());

  public OuterInstanceRetentionDetector(BugReporter bugReporter) {
    super(Rule.OUTER_INSTANCE_RETENTION, bugReporter);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    if (!ConstantPoolFilter.mayMakeInnerObjects(javaClass)) {
      return; // nothing here can hold this: no lambda, no nested class
    }
    InvokeDynamics indys = new InvokeDynamics(javaClass);
    ConstantPoolGen cpg = classContext.getConstantPoolGen();
    forEachMethodWithCode(javaClass, (method, code) -> {
      if (!mayMakeInnerObject(classContext, method)) {
        return;
      }
      // One report per line: javac copies finally blocks.
      TreeMap<Integer, Handover> byLine = new TreeMap<>();
      for (Handover handover : handovers.of(method, code, cpg, indys)) {
        byLine.putIfAbsent(lineOf(method, handover.pc()), handover);
      }
      byLine.values().forEach(h -> report(classContext, method, h));
    });
  }

  /**
   * Whether {@code method} has a {@code new} or an {@code invokedynamic}: every object that
   * {@link Handovers} sees holding {@code this} is made by one of them. From the opcode set
   * SpotBugs keeps per method (most of its own detectors ask for it first, so it is usually
   * there already); most methods of a class with a lambda or a nested class make neither.
   */
  private static boolean mayMakeInnerObject(ClassContext classContext, Method method) {
    BitSet opcodes = classContext.getBytecodeSet(method);
    return opcodes == null || opcodes.get(Const.NEW) || opcodes.get(Const.INVOKEDYNAMIC);
  }

  /**
   * Whether {@code className}, the class whose {@code this} the handed-over object captures (a
   * lambda's body and an anonymous class's methods are methods of the class that holds them),
   * extends {@code supertype}; a supertype that cannot be loaded counts as not extended.
   */
  private static boolean extendsType(String className, String supertype) {
    try {
      return Hierarchy.isSubtype(className, supertype);
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * Whether a class of {@code javaClass}'s nest (its top-level class and everything nested in it,
   * as the source engines read a file's top-level class) refers to {@code Runtime.removeShutdownHook}.
   */
  private static boolean removesAShutdownHook(JavaClass javaClass) {
    for (JavaClass member : Nest.of(javaClass).classes()) {
      ConstantPool pool = member.getConstantPool();
      for (Constant constant : pool.getConstantPool()) {
        if (constant instanceof ConstantMethodref ref
            && RetentionSinks.isShutdownHookRemoval(ref.getClass(pool).replace('/', '.'),
                pool.getConstantUtf8(((ConstantNameAndType) pool.getConstant(
                    ref.getNameAndTypeIndex())).getNameIndex()).getBytes())) {
          return true;
        }
      }
    }
    return false;
  }

  private void report(ClassContext classContext, Method method, Handover handover) {
    JavaClass javaClass = classContext.getJavaClass();
    String enclosing = javaClass.getClassName();
    OuterInstanceRetentionModel.judge(handover.capture(), handover.sink(),
            supertype -> extendsType(enclosing, supertype),
            () -> BytecodeSingletonClass.mayBeOne(javaClass)
                ? BytecodeSingletonClass.holderOf(javaClass, Nest.of(javaClass)) : Optional.empty(),
            () -> removesAShutdownHook(javaClass))
        .map(message -> bugInMethod(classContext.getJavaClass(), method, message)
            .addSourceLine(SourceLineAnnotation.fromVisitedInstruction(classContext, method,
                handover.pc())))
        .ifPresent(bugReporter::reportBug);
  }


}
