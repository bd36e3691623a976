package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Factory;
import dev.leakproof.checks.knowledge.CollectionApis.Growth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ConstantPushInstruction;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.INVOKEVIRTUAL;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.LDC;
import org.apache.bcel.generic.LDC2_W;
import org.apache.bcel.generic.Type;

/**
 * How large the collection a {@code putstatic} stores can become, read from the instructions
 * just before it: {@code new T(…)} ({@code invokespecial T.<init>}), a factory
 * ({@code invokestatic}), a wrapper around one of those, or a cache builder chain ending in
 * {@code build()}. {@link Growth#UNKNOWN} for anything else.
 */
public final class StoredCollectionGrowth {
  private StoredCollectionGrowth() {}

  /**
   * @param store index of the {@code putstatic}
   * @param jumpTargets indexes some branch jumps to (where two values may merge)
   * @param lookup the class of a name, or null when it cannot be loaded (for anonymous subclasses)
   */
  public static Growth of(InstructionHandle[] handles, int store, BitSet jumpTargets,
      ConstantPoolGen cpg, Function<String, JavaClass> lookup) {
    return producedAt(handles, store - 1, jumpTargets, cpg, lookup);
  }

  private static Growth producedAt(InstructionHandle[] handles, int at, BitSet jumpTargets,
      ConstantPoolGen cpg, Function<String, JavaClass> lookup) {
    if (at < 0 || jumpTargets.get(at + 1)) {
      return Growth.UNKNOWN; // `c ? a : b`: the value may come from either branch
    }
    Instruction instruction = handles[at].getInstruction();
    if (instruction instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals("<init>")) {
      return constructed(init.getClassName(cpg), init.getArgumentTypes(cpg), lookup);
    }
    if (instruction instanceof INVOKESTATIC call) {
      Type[] arguments = call.getArgumentTypes(cpg);
      Factory factory = CollectionApis.factory(call.getClassName(cpg), call.getMethodName(cpg),
          names(arguments));
      if (factory == Factory.WRAPS_FIRST_ARGUMENT) {
        // Only a one-argument wrapper: then the argument is what the instruction before made.
        return arguments.length == 1 ? producedAt(handles, at - 1, jumpTargets, cpg, lookup) : Growth.UNKNOWN;
      }
      return factory.growth();
    }
    if (instruction instanceof INVOKEVIRTUAL build && build.getMethodName(cpg).equals("build")
        && CollectionApis.isCacheBuilder(build.getClassName(cpg))) {
      return builtCache(handles, at, cpg);
    }
    return Growth.UNKNOWN;
  }

  private static Growth constructed(String type, Type[] arguments,
      Function<String, JavaClass> lookup) {
    Growth known = CollectionApis.constructed(type, names(arguments));
    if (known != Growth.UNKNOWN) {
      return known;
    }
    // An anonymous (or own) subclass may override anything; the one we know is an LRU map.
    JavaClass subclass = lookup.apply(type);
    if (subclass != null && CollectionApis.LINKED_HASH_MAP.equals(subclass.getSuperclassName())) {
      for (Method method : subclass.getMethods()) {
        if (method.getName().equals(CollectionApis.REMOVE_ELDEST_ENTRY)
            && method.getSignature().equals(CollectionApis.REMOVE_ELDEST_ENTRY_DESCRIPTOR)) {
          return Growth.BOUNDED;
        }
      }
    }
    return Growth.UNKNOWN;
  }

  /**
   * Back from {@code build()} to {@code newBuilder()}: unbounded only when every call between
   * is a builder call that bounds nothing, with at most constant arguments.
   */
  private static Growth builtCache(InstructionHandle[] handles, int build, ConstantPoolGen cpg) {
    for (int i = build - 1; i >= 0; i--) {
      Instruction instruction = handles[i].getInstruction();
      if (instruction instanceof InvokeInstruction call
          && CollectionApis.isCacheBuilder(call.getClassName(cpg))) {
        if (instruction instanceof INVOKESTATIC) {
          return CollectionApis.factory(call.getClassName(cpg), call.getMethodName(cpg), null)
              == Factory.CACHE_BUILDER ? Growth.UNBOUNDED : Growth.UNKNOWN;
        }
        if (CollectionApis.isCacheBound(call.getMethodName(cpg))) {
          return Growth.BOUNDED;
        }
      } else if (!(instruction instanceof ConstantPushInstruction
          || instruction instanceof LDC || instruction instanceof LDC2_W)) {
        return Growth.UNKNOWN;
      }
    }
    return Growth.UNKNOWN;
  }

  private static List<String> names(Type[] types) {
    List<String> names = new ArrayList<>();
    for (Type type : types) {
      names.add(type.toString());
    }
    return names;
  }
}
