package dev.leakproof.spotbugs.bytecode;

import edu.umd.cs.findbugs.ba.Hierarchy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.BranchInstruction;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.Select;

/**
 * Whether a class has exactly one instance for the life of its class loader, held by one of its
 * own static fields, so that its instance fields live as long as a static field would:
 *
 * <ul>
 *   <li>an enum with exactly one constant and no constant body (no class of the nest extends it);
 *   <li>a concrete class whose every constructor is private (so no synthetic accessor
 *       constructor either: javac before nestmates makes one when another class calls a private
 *       constructor), that is neither {@code Serializable} nor {@code Cloneable}, that no class
 *       of the nest extends, and that the nest instantiates exactly once: a {@code new} in its
 *       own {@code <clinit>}, outside any loop, whose constructor call is followed at once by a
 *       {@code putstatic} into one of its own static final fields (final, so that nothing lets
 *       go of the instance: a holder set to null frees it).
 * </ul>
 *
 * <p>Private constructors can be called only from the nest, so the nest shows every instance
 * there is (reflection aside).
 */
public final class Singleton {
  private Singleton() {}

  /**
   * How the only instance of {@code type} is held ("the enum constant INSTANCE", "static
   * INSTANCE"), or empty when {@code type} is not certainly a singleton.
   */
  public static Optional<String> holderOf(JavaClass type, Nest nest) {
    if (!mayBeOne(type) || !nest.complete() || subclassedIn(nest, type)) {
      return Optional.empty();
    }
    if (type.isEnum()) {
      return Optional.of("the enum constant " + enumConstants(type).get(0));
    }
    return copyable(type) ? Optional.empty()
        : onlyCreationHolder(type, nest).map(field -> "static " + field);
  }

  /**
   * What the class alone tells, before its nest is loaded: an enum with one constant, or a
   * concrete class whose every constructor is private.
   */
  public static boolean mayBeOne(JavaClass type) {
    if (type.isEnum()) {
      return enumConstants(type).size() == 1;
    }
    return !type.isInterface() && !type.isAbstract() && everyConstructorPrivate(type);
  }

  private static List<String> enumConstants(JavaClass type) {
    List<String> constants = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (field.isEnum() && field.isStatic()) {
        constants.add(field.getName());
      }
    }
    return constants;
  }

  private static boolean everyConstructorPrivate(JavaClass type) {
    boolean any = false;
    for (Method method : type.getMethods()) {
      if (method.getName().equals("<init>")) {
        any = true;
        if (!method.isPrivate()) {
          return false;
        }
      }
    }
    return any;
  }

  /** Serializable or Cloneable, or a supertype we cannot load (which might be either). */
  private static boolean copyable(JavaClass type) {
    try {
      return Hierarchy.isSubtype(type.getClassName(), "java.io.Serializable")
          || Hierarchy.isSubtype(type.getClassName(), "java.lang.Cloneable");
    } catch (ClassNotFoundException e) {
      return true;
    }
  }

  private static boolean subclassedIn(Nest nest, JavaClass type) {
    for (JavaClass member : nest.classes()) {
      if (member != type && member.getSuperclassName().equals(type.getClassName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The static field of {@code type} its one {@code new} is stored into, when the nest has
   * exactly one {@code new type}, in {@code type}'s {@code <clinit>}, outside any loop.
   */
  private static Optional<String> onlyCreationHolder(JavaClass type, Nest nest) {
    String name = type.getClassName();
    Optional<String> holder = Optional.empty();
    int creations = 0;
    for (JavaClass member : nest.classes()) {
      ConstantPoolGen cpg = new ConstantPoolGen(member.getConstantPool());
      for (Method method : member.getMethods()) {
        Code code = method.getCode();
        if (code == null) {
          continue;
        }
        InstructionHandle[] handles = new InstructionList(code.getCode()).getInstructionHandles();
        for (int i = 0; i < handles.length; i++) {
          if (handles[i].getInstruction() instanceof NEW creation
              && creation.getLoadClassType(cpg).getClassName().equals(name)) {
            creations++;
            if (member == type && method.getName().equals("<clinit>") && !inLoop(handles, i)) {
              holder = storedInto(handles, i, type, cpg);
            }
          }
        }
      }
    }
    return creations == 1 ? holder : Optional.empty();
  }

  /** {@code new C; dup; …; invokespecial C.<init>; putstatic C.field}: the field's name. */
  private static Optional<String> storedInto(InstructionHandle[] handles, int creation,
      JavaClass type, ConstantPoolGen cpg) {
    for (int i = creation + 1; i + 1 < handles.length; i++) {
      if (handles[i].getInstruction() instanceof INVOKESPECIAL init
          && init.getMethodName(cpg).equals("<init>")
          && init.getClassName(cpg).equals(type.getClassName())) {
        return handles[i + 1].getInstruction() instanceof PUTSTATIC put
            && put.getClassName(cpg).equals(type.getClassName())
            && isFinal(type, put.getFieldName(cpg))
            ? Optional.of(put.getFieldName(cpg)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isFinal(JavaClass type, String fieldName) {
    for (Field field : type.getFields()) {
      if (field.getName().equals(fieldName)) {
        return field.isFinal() && field.isStatic();
      }
    }
    return false;
  }

  /** Whether a branch at or after {@code at} jumps back to or before it. */
  private static boolean inLoop(InstructionHandle[] handles, int at) {
    int position = handles[at].getPosition();
    for (int i = at; i < handles.length; i++) {
      if (handles[i].getInstruction() instanceof BranchInstruction branch) {
        if (branch.getTarget().getPosition() <= position) {
          return true;
        }
        if (branch instanceof Select select) {
          for (InstructionHandle target : select.getTargets()) {
            if (target.getPosition() <= position) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
