package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.MethodBodies;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.Hierarchy;
import edu.umd.cs.findbugs.ba.JavaClassAndMethod;
import java.util.Optional;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.Type;

/** What a callee's declaration says, asked wherever the plugin reads the body a call runs. */
public final class Declarations {
  private Declarations() {}

  /** The method {@code type} itself declares with this name and signature; null when it declares none. */
  public static Method declared(JavaClass type, String name, String signature) {
    JavaClassAndMethod found = Hierarchy.findMethod(type, name, signature);
    return found == null ? null : found.getMethod();
  }

  /** A method with the class that declares it. */
  public record Declared(JavaClass javaClass, Method method) {}

  /**
   * The declaration a call naming {@code className} runs: the nearest in its superclass chain, the
   * class itself first (an interface's chain is the interface alone); empty when none declares it.
   *
   * @throws ClassNotFoundException when SpotBugs cannot load a class of the chain (not reported:
   *     each caller says what unknown means)
   */
  public static Optional<Declared> inSuperclassChain(String className, String name,
      String signature) throws ClassNotFoundException {
    JavaClass type = AnalysisContext.currentAnalysisContext().lookupClass(className);
    for (; type != null; type = type.isInterface() ? null : type.getSuperClass()) {
      Method method = declared(type, name, signature);
      if (method != null) {
        return Optional.of(new Declared(type, method));
      }
    }
    return Optional.empty();
  }

  /**
   * The local slot of declared parameter {@code argument} (0 is the first; an instance method's
   * {@code this} takes slot 0); past the last parameter, the first slot after the parameters.
   */
  public static int slotOf(Method method, int argument) {
    int slot = method.isStatic() ? 0 : 1;
    Type[] parameters = method.getArgumentTypes();
    for (int i = 0; i < argument && i < parameters.length; i++) {
      slot += parameters[i].getSize();
    }
    return slot;
  }

  /** {@link MethodBodies#cannotBeOverridden} for {@code method}, declared in {@code owner}. */
  public static boolean cannotBeOverridden(JavaClass owner, Method method) {
    return MethodBodies.cannotBeOverridden(method.isStatic(), method.isPrivate(),
        method.isFinal(), method.getName().equals(Const.CONSTRUCTOR_NAME), owner::isFinal);
  }
}
