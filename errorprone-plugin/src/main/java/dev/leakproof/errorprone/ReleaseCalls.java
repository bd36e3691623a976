package dev.leakproof.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Type;
import dev.leakproof.checks.knowledge.ReleaseMethods;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether a call releases its receiver, as {@link ReleaseMethods} says: {@code close()} on
 * anything, or a release method of the receiver's type or of a supertype whose subtypes inherit
 * it ({@code walk.dispose()} on a {@code RevWalk} or an {@code ObjectWalk}), the receiver's type
 * being the one javac gives it.
 */
final class ReleaseCalls {
  private ReleaseCalls() {}

  /** {@code call}, whose method is called {@code name}, releases its receiver. */
  static boolean releasesReceiver(MethodInvocationTree call, String name) {
    ClassSymbol type = ReleaseMethods.mayReleaseReceiver(name)
        && ASTHelpers.getReceiverType(call) instanceof Type receiver
        && receiver.tsym instanceof ClassSymbol symbol ? symbol : null;
    return ReleaseMethods.releasesReceiver(name, call.getArguments().size(),
        type == null ? null : type.getQualifiedName().toString(), () -> supertypes(type).iterator());
  }

  private static Set<String> supertypes(ClassSymbol type) {
    Set<String> supertypes = new LinkedHashSet<>();
    addSupertypes(type, supertypes);
    return supertypes;
  }

  private static void addSupertypes(ClassSymbol type, Set<String> into) {
    Type superclass = type.getSuperclass();
    if (superclass != null && superclass.tsym instanceof ClassSymbol parent
        && into.add(parent.getQualifiedName().toString())) {
      addSupertypes(parent, into);
    }
    for (Type implemented : type.getInterfaces()) {
      if (implemented.tsym instanceof ClassSymbol iface
          && into.add(iface.getQualifiedName().toString())) {
        addSupertypes(iface, into);
      }
    }
  }

  /** {@code call} releases its receiver, its method's name read from javac's symbol. */
  static boolean releasesReceiver(MethodInvocationTree call) {
    Symbol method = ASTHelpers.getSymbol(call);
    return method != null && releasesReceiver(call, method.getSimpleName().toString());
  }
}
