package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import java.util.Arrays;
import java.util.List;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * The application's classes that are resources of their own ({@link
 * UnclosedResourceModel#ownClassOpensResource}): they implement {@code java.io.Closeable} or
 * {@code java.lang.AutoCloseable}, and their {@code close()}, whose bytecode SpotBugs' class
 * repository holds, closes one of their fields ({@code logStream.close()} in ZooKeeper's {@code
 * FileTxnLog}: {@code aload_0; getfield; invokevirtual close}), or gives one to a closing helper.
 * The Error Prone plugin's and the scanner's {@code OwnCloseables} read the same from the source.
 */
final class OwnCloseables {
  private static final List<String> CLOSEABLE =
      List.of("java.io.Closeable", "java.lang.AutoCloseable");

  private OwnCloseables() {}

  /**
   * Whether {@code new owner(..)} with these constructor parameters opens such a resource; false
   * for a library's class (the tables judge those) and for a class SpotBugs cannot load.
   */
  static boolean opens(String owner, Type[] constructorParameters) {
    JavaClass type = ApplicationClasses.lookup(owner).orElse(null);
    if (type == null || !type.isClass() || type.isAbstract()
        || Arrays.stream(type.getInterfaceNames()).noneMatch(CLOSEABLE::contains)) {
      return false;
    }
    return UnclosedResourceModel.ownClassOpensResource(true, closeReleasesAField(type),
        givenACloseable(constructorParameters));
  }

  /**
   * Whether a parameter of the constructor is (or, its class missing, may be) {@code
   * AutoCloseable}: then the object holds what it was given ({@code new ScriptReader(reader)}).
   */
  private static boolean givenACloseable(Type[] parameters) {
    for (Type parameter : parameters) {
      if (parameter instanceof ObjectType object
          && ResourceCallModel.closeable(object.getClassName()).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the class's own {@code close()} closes one of its instance fields. */
  private static boolean closeReleasesAField(JavaClass type) {
    ConstantPoolGen cpg = new ConstantPoolGen(type.getConstantPool());
    ResourceCallModel calls = new ResourceCallModel(cpg, null);
    for (Method method : type.getMethods()) {
      Code code = method.getCode();
      if (!method.getName().equals("close") || !method.getSignature().startsWith("()")
          || method.isStatic() || code == null) {
        continue;
      }
      InstructionGraph graph = InstructionGraph.of(code);
      if (graph != null && closesAField(graph, cpg, calls, type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean closesAField(InstructionGraph graph, ConstantPoolGen cpg,
      ResourceCallModel calls, JavaClass type) {
    for (int node = 0; node < graph.size(); node++) {
      if (!(graph.instruction(node) instanceof InvokeInstruction call)
          || call instanceof INVOKEDYNAMIC) {
        continue;
      }
      int words = call.consumeStack(cpg);
      if (calls.closesReceiver(call) && isOwnField(graph, cpg, type, node, words - 1)) {
        return true; // this.out.close()
      }
      if (calls.closesArgument(call)) {
        for (int depth = 0; depth < words; depth++) {
          if (isOwnField(graph, cpg, type, node, depth)) {
            return true; // IOUtils.closeQuietly(this.out)
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the word {@code depth} below the top of the stack at {@code node} is an instance
   * field this class declares, read from {@code this} ({@code aload_0; getfield}).
   */
  private static boolean isOwnField(InstructionGraph graph, ConstantPoolGen cpg, JavaClass type,
      int node, int depth) {
    int pusher = graph.pusherOf(cpg, node, depth);
    if (pusher < 0 || !(graph.instruction(pusher) instanceof GETFIELD get)
        || !get.getClassName(cpg).equals(type.getClassName())) {
      return false;
    }
    int receiver = graph.pusherOf(cpg, pusher, 0);
    if (receiver < 0 || !(graph.instruction(receiver) instanceof ALOAD self)
        || self.getIndex() != 0) {
      return false;
    }
    for (Field field : type.getFields()) {
      if (field.getName().equals(get.getFieldName(cpg)) && !field.isStatic()) {
        return true;
      }
    }
    return false;
  }
}
