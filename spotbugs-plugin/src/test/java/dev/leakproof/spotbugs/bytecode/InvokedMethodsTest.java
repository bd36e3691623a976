package dev.leakproof.spotbugs.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ClassGen;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEINTERFACE;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.InstructionConst;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.Type;
import org.junit.jupiter.api.Test;

/** The per-method call pre-filter: a "no" only where no invoke names a wanted method. */
class InvokedMethodsTest {
  private final ClassGen type = new ClassGen("samples.Calls", "java.lang.Object", "Calls.java",
      Const.ACC_PUBLIC | Const.ACC_SUPER, null);
  private final ConstantPoolGen pool = type.getConstantPool();

  @Test
  void aMethodQualifiesOnlyWhenOneOfItsInvokesNamesAWantedMethod() {
    // exists(file): a call, but not a wanted one
    addMethod("exists", new INVOKEVIRTUAL(pool.addMethodref("java.io.File", "exists", "()Z")),
        InstructionConst.POP);
    // closeIt(closeable): an interface call of close()
    addMethod("closeIt", new INVOKEINTERFACE(
        pool.addInterfaceMethodref("java.io.Closeable", "close", "()V"), 1));
    JavaClass javaClass = type.getJavaClass();
    ConstantPoolGen cpg = new ConstantPoolGen(javaClass.getConstantPool());
    List<String> asked = new ArrayList<>();
    InvokedMethods closing = InvokedMethods.of(javaClass, call -> {
      asked.add(call.getName() + " " + call.getClassName(cpg) + "." + call.getMethodName(cpg));
      return call.getMethodName(cpg).equals("close");
    });

    assertFalse(closing.none());
    assertFalse(closing.mayBeCalledBy(method(javaClass, "exists").getCode()));
    assertTrue(closing.mayBeCalledBy(method(javaClass, "closeIt").getCode()));
    // each entry asked as each invoke that may name it (JVMS 6.5), as the analysis would see it
    assertEquals(List.of("invokevirtual java.io.File.exists", "invokespecial java.io.File.exists",
        "invokestatic java.io.File.exists", "invokespecial java.io.Closeable.close",
        "invokestatic java.io.Closeable.close", "invokeinterface java.io.Closeable.close"), asked);
  }

  @Test
  void anEntryIsWantedOnlyForTheInvokeTheQuestionAccepted() {
    int open = pool.addMethodref("samples.Files", "open", "()Ljava/io/InputStream;");
    addMethod("viaStatic", new INVOKESTATIC(open), InstructionConst.POP);
    addMethod("viaVirtual", new INVOKEVIRTUAL(open), InstructionConst.POP);
    JavaClass javaClass = type.getJavaClass();
    InvokedMethods staticOnly = InvokedMethods.of(javaClass, call -> call instanceof INVOKESTATIC);

    assertTrue(staticOnly.mayBeCalledBy(method(javaClass, "viaStatic").getCode()));
    assertFalse(staticOnly.mayBeCalledBy(method(javaClass, "viaVirtual").getCode()));
  }

  @Test
  void aQuestionThatThrowsCountsAsAYesForTheMethodsThatAskIt() {
    int odd = pool.addMethodref("samples.Odd", "make", "()Ljava/lang/Object;");
    addMethod("odd", new INVOKESTATIC(odd), InstructionConst.POP);
    addMethod("exists", new INVOKEVIRTUAL(pool.addMethodref("java.io.File", "exists", "()Z")),
        InstructionConst.POP);
    JavaClass javaClass = type.getJavaClass();
    ConstantPoolGen cpg = new ConstantPoolGen(javaClass.getConstantPool());
    InvokedMethods throwing = InvokedMethods.of(javaClass, call -> {
      if (call.getClassName(cpg).equals("samples.Odd")) {
        throw new NullPointerException("a table that cannot answer");
      }
      return false;
    });

    assertTrue(throwing.mayBeCalledBy(method(javaClass, "odd").getCode()));
    assertFalse(throwing.mayBeCalledBy(method(javaClass, "exists").getCode()));
  }

  @Test
  void aClassWhosePoolNamesNoWantedMethodHasNoMethodThatQualifies() {
    addMethod("exists", new INVOKEVIRTUAL(pool.addMethodref("java.io.File", "exists", "()Z")),
        InstructionConst.POP);
    JavaClass javaClass = type.getJavaClass();
    InvokedMethods none = InvokedMethods.of(javaClass, call -> false);

    assertTrue(none.none());
    assertFalse(none.mayBeCalledBy(method(javaClass, "exists").getCode()));
  }

  /** A {@code void name(Object)} whose body loads its argument, runs {@code body} and returns. */
  private void addMethod(String name, org.apache.bcel.generic.Instruction... body) {
    InstructionList list = new InstructionList();
    list.append(InstructionConst.ALOAD_1);
    for (org.apache.bcel.generic.Instruction instruction : body) {
      list.append(instruction);
    }
    list.append(InstructionConst.RETURN);
    MethodGen method = new MethodGen(Const.ACC_PUBLIC, Type.VOID, new Type[] {Type.OBJECT},
        new String[] {"value"}, name, "samples.Calls", list, pool);
    method.setMaxStack(2);
    method.setMaxLocals(2);
    type.addMethod(method.getMethod());
  }

  private static Method method(JavaClass javaClass, String name) {
    for (Method method : javaClass.getMethods()) {
      if (method.getName().equals(name)) {
        return method;
      }
    }
    throw new AssertionError(name);
  }
}
