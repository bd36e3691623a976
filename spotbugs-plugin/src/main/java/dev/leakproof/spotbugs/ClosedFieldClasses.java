package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.listener.WeakRegistries;
import dev.leakproof.checks.model.listener.WeakRegistries.SubjectField;
import dev.leakproof.checks.model.resource.ResourceFactories.Returned;
import dev.leakproof.spotbugs.bytecode.ClassFiles;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.ReturnedValues;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTSTATIC;

/**
 * The classes a static field of an application class can hold when its code closes them ({@link
 * WeakRegistries#closedClasses}), read from bytecode: the field's flags, the one {@code putstatic}
 * of it in the static initialiser, and what it stores: a {@code new C(..)} (the instruction before
 * is {@code C.<init>}) or the result of a method of the class ({@code invokestatic}), whose every
 * {@code areturn} {@link ReturnedValues} finds to be a {@code new} of an application class that is
 * not anonymous. Two values meeting at a merge stay "new" when both are (the branches of a {@code
 * ?:}); every constructor of such a class the factory calls counts among the classes, so one made
 * and not returned can only add a class to check.
 */
final class ClosedFieldClasses {
  private ClosedFieldClasses() {}

  /** The classes {@code owner}'s static field may hold; {@code cpg} is {@code owner}'s pool. */
  static Optional<List<String>> of(JavaClass owner, ConstantPoolGen cpg, String fieldName) {
    Field field = null;
    for (Field f : owner.getFields()) {
      if (f.getName().equals(fieldName)) {
        field = f;
      }
    }
    Method initialiser = Declarations.declared(owner, Const.STATIC_INITIALIZER_NAME, "()V");
    if (field == null || initialiser == null || initialiser.getCode() == null) {
      return Optional.empty();
    }
    InstructionHandle[] handles = new InstructionList(initialiser.getCode().getCode()).getInstructionHandles();
    Instruction stored = null;
    int stores = 0;
    for (int i = 1; i < handles.length; i++) {
      if (handles[i].getInstruction() instanceof PUTSTATIC put && put.getFieldName(cpg).equals(fieldName)
          && put.getClassName(cpg).equals(owner.getClassName())) {
        stores++;
        stored = handles[i - 1].getInstruction();
      }
    }
    if (stores != 1) {
      return Optional.empty();
    }
    boolean isNew = stored instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals(Const.CONSTRUCTOR_NAME);
    Method factory = stored instanceof INVOKESTATIC call && call.getClassName(cpg).equals(owner.getClassName())
        ? Declarations.declared(owner, call.getMethodName(cpg), call.getSignature(cpg)) : null;
    List<Optional<String>> returns = isNew
        ? List.of(analysed(((InvokeInstruction) stored).getClassName(cpg)))
        : factory == null ? List.of() : returns(cpg, factory);
    return WeakRegistries.closedClasses(new SubjectField(field.isStatic(), field.isPrivate(),
        field.isFinal(), isNew, factory != null && factory.isPrivate(), returns));
  }

  /** Each class the factory makes when every {@code areturn} gives a new object; an empty entry otherwise. */
  private static List<Optional<String>> returns(ConstantPoolGen cpg, Method factory) {
    InstructionGraph graph = factory.getCode() == null ? null : InstructionGraph.of(factory.getCode());
    if (graph == null) {
      return List.of(Optional.empty());
    }
    Set<Optional<String>> made = new LinkedHashSet<>();
    List<Returned> returned = ReturnedValues.of(graph, cpg, new ReturnedValues.Origins() {
      @Override
      public boolean opens(INVOKESPECIAL init) {
        made.add(analysed(init.getClassName(cpg)));
        return true;
      }
    }, factory.getCode().getMaxLocals());
    List<Optional<String>> classes = new ArrayList<>(made);
    if (returned.isEmpty() || returned.stream().anyMatch(r -> r != Returned.FRESH_RESOURCE)) {
      classes.add(Optional.empty());
    }
    return classes;
  }

  /** The class when it is an application class that is not anonymous; empty otherwise. */
  private static Optional<String> analysed(String className) {
    return ClassFiles.read(className)
        .filter(javaClass -> AnalysisContext.currentAnalysisContext().isApplicationClass(javaClass)
            && !javaClass.isAnonymous())
        .map(javaClass -> className);
  }
}
