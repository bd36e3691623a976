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
    List<InvokedMethods.Callee> asked = new ArrayList<>();
    InvokedMethods closing = InvokedMethods.of(javaClass, callee -> {
      asked.add(callee);
      return callee.name().equals("close");
    });

    assertFalse(closing.none());
    assertFalse(closing.mayBeCalledBy(method(javaClass, "exists").getCode()));
    assertTrue(closing.mayBeCalledBy(method(javaClass, "closeIt").getCode()));
    assertEquals(List.of(new InvokedMethods.Callee("java.io.File", "exists", "()Z"),
        new InvokedMethods.Callee("java.io.Closeable", "close", "()V")), asked);
  }

  @Test
  void aClassWhosePoolNamesNoWantedMethodHasNoMethodThatQualifies() {
    addMethod("exists", new INVOKEVIRTUAL(pool.addMethodref("java.io.File", "exists", "()Z")),
        InstructionConst.POP);
    JavaClass javaClass = type.getJavaClass();
    InvokedMethods none = InvokedMethods.of(javaClass, callee -> false);

    assertTrue(none.none());
    assertFalse(none.mayBeCalledBy(method(javaClass, "exists").getCode()));
  }

  @Test
  void theCalleeTellsAnObjectResultFromAnArrayOrAPrimitive() {
    InvokedMethods.Callee opens =
        new InvokedMethods.Callee("samples.Calls", "open", "(Ljava/lang/String;)Ljava/io/InputStream;");
    assertTrue(opens.returnsObject());
    assertEquals("java.io.InputStream", opens.returnedClass());
    assertFalse(new InvokedMethods.Callee("samples.Calls", "all", "()[Ljava/io/InputStream;")
        .returnsObject());
    assertFalse(new InvokedMethods.Callee("samples.Calls", "size", "()I").returnsObject());
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
