package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.ThreadLocalApis.Argument;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Effect;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ThreadLocalApisTest {
  @Test
  void namesAreTheJdkOnes() throws ReflectiveOperationException {
    for (String type : ThreadLocalApis.JDK_TYPES) {
      assertTrue(ThreadLocal.class.isAssignableFrom(Class.forName(type)), type);
    }
    assertEquals(ThreadLocal.class.getName(), ThreadLocalApis.THREAD_LOCAL);
    assertEquals(InheritableThreadLocal.class.getName(), ThreadLocalApis.INHERITABLE_THREAD_LOCAL);
    ThreadLocal.class.getMethod(ThreadLocalApis.WITH_INITIAL, Supplier.class);
    ThreadLocal.class.getDeclaredMethod(ThreadLocalApis.INITIAL_VALUE);
    for (Operation operation : Operation.values()) {
      assertEquals(operation.parameterCount(), parameterCountOf(operation.methodName()),
          operation.methodName());
    }
  }

  private static int parameterCountOf(String name) {
    for (var method : ThreadLocal.class.getMethods()) {
      if (method.getName().equals(name) && method.getDeclaringClass() == ThreadLocal.class) {
        return method.getParameterCount();
      }
    }
    return -1;
  }

  @Test
  void findsOperationsByDescriptorAndByName() {
    assertEquals(Operation.SET, ThreadLocalApis.byDescriptor("set", "(Ljava/lang/Object;)V"));
    assertEquals(Operation.REMOVE, ThreadLocalApis.byDescriptor("remove", "()V"));
    assertEquals(Operation.GET, ThreadLocalApis.byDescriptor("get", "()Ljava/lang/Object;"));
    assertNull(ThreadLocalApis.byDescriptor("set", "(Ljava/lang/String;)V"));
    assertNull(ThreadLocalApis.byDescriptor("toString", "()Ljava/lang/String;"));
    assertEquals(Operation.SET, ThreadLocalApis.byName("set", 1));
    assertEquals(Operation.REMOVE, ThreadLocalApis.byName("remove", 0));
    assertEquals(Operation.GET, ThreadLocalApis.byName("get", 0));
    assertNull(ThreadLocalApis.byName("set", 0));
    assertNull(ThreadLocalApis.byName("remove", 1));
  }

  @Test
  void setPutsInUnlessItClearsOrRestores() {
    assertEquals(Effect.PUTS_IN, ThreadLocalApis.effect(Operation.SET, Argument.OTHER, false));
    assertEquals(Effect.TAKES_OUT, ThreadLocalApis.effect(Operation.SET, Argument.NULL, false));
    assertEquals(Effect.RESTORES,
        ThreadLocalApis.effect(Operation.SET, Argument.PREVIOUS_VALUE, false));
    assertEquals(Effect.TAKES_OUT, ThreadLocalApis.effect(Operation.REMOVE, Argument.OTHER, true));
  }

  @Test
  void getPutsInOnlyWithAnInitialValue() {
    assertEquals(Effect.PUTS_IN, ThreadLocalApis.effect(Operation.GET, Argument.OTHER, true));
    assertEquals(Effect.READS, ThreadLocalApis.effect(Operation.GET, Argument.OTHER, false));
  }

  @Test
  void recognisesInitialValueSources() {
    assertTrue(ThreadLocalApis.isWithInitial("java.lang.ThreadLocal", "withInitial",
        ThreadLocalApis.WITH_INITIAL_DESCRIPTOR));
    assertTrue(ThreadLocalApis.isWithInitial("java.lang.ThreadLocal", "withInitial", null));
    assertFalse(ThreadLocalApis.isWithInitial("com.example.Locals", "withInitial", null));
    assertTrue(ThreadLocalApis.overridesInitialValue("initialValue", 0, "()Ljava/lang/Object;"));
    assertTrue(ThreadLocalApis.overridesInitialValue("initialValue", 0, "()Ljava/lang/String;"));
    assertTrue(ThreadLocalApis.overridesInitialValue("initialValue", 0, null));
    assertFalse(ThreadLocalApis.overridesInitialValue("initialValue", 1, null));
    assertFalse(ThreadLocalApis.overridesInitialValue("initialValue", 0, "()I"));
    assertFalse(ThreadLocalApis.overridesInitialValue("childValue", 1, null));
    assertEquals("java/lang/ThreadLocal", ThreadLocalApis.internalName("java.lang.ThreadLocal"));
  }
}
