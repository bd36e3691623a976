package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.singleton.SingletonClass;
import dev.leakproof.checks.model.singleton.Singletons;
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
 * The facts {@link Singletons} decides on, read from a class file and its nest (private
 * constructors can be called only from the nest, so the nest shows every instance there is).
 * Bytecode shapes: every constructor private means no synthetic accessor constructor either
 * (javac before nestmates makes one when another class calls a private constructor); a creation
 * held once is a {@code new} in the class's own {@code <clinit>}, outside any loop, whose
 * constructor call is followed at once by a {@code putstatic} into one of its own static final
 * fields.
 */
public final class BytecodeSingletonClass implements SingletonClass {
  private final JavaClass type;
  /** Null while only the class itself is read ({@link #mayBeOne}). */
  private final Nest nest;

  private BytecodeSingletonClass(JavaClass type, Nest nest) {
    this.type = type;
    this.nest = nest;
  }

  /** How the only instance of {@code type} is held, or empty (see {@link Singletons#holderOf}). */
  public static Optional<String> holderOf(JavaClass type, Nest nest) {
    return Singletons.holderOf(new BytecodeSingletonClass(type, nest));
  }

  /** What the class alone tells, before its nest is loaded (see {@link Singletons#mayBeOne}). */
  public static boolean mayBeOne(JavaClass type) {
    return Singletons.mayBeOne(new BytecodeSingletonClass(type, null));
  }

  @Override
  public Shape shape() {
    if (type.isEnum()) {
      return Shape.ENUM;
    }
    return !type.isInterface() && !type.isAbstract() ? Shape.CONCRETE_CLASS : Shape.OTHER;
  }

  @Override
  public List<String> enumConstants() {
    List<String> constants = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (field.isEnum() && field.isStatic()) {
        constants.add(field.getName());
      }
    }
    return constants;
  }

  @Override
  public boolean everyConstructorPrivate() {
    boolean any = false;
    for (Method method : type.getMethods()) {
      if (method.getName().equals("<init>")) {
        any = true;
        if (!method.isPrivate() && !method.isSynthetic()) {
          return false;
        }
      }
    }
    return any;
  }

  @Override
  public boolean wholeUnitVisible() {
    return nest().complete();
  }

  @Override
  public boolean subclassedInUnit() {
    for (JavaClass member : nest().classes()) {
      if (member != type && member.getSuperclassName().equals(type.getClassName())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Creation> creations() {
    String name = type.getClassName();
    List<Creation> creations = new ArrayList<>();
    for (JavaClass member : nest().classes()) {
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
            boolean once = holderPrefix(member).isPresent()
                && method.getName().equals("<clinit>") && !inLoop(handles, i);
            creations.add(new Creation(once ? storedInto(member, handles, i, cpg)
                : Optional.empty()));
          }
        }
      }
    }
    return creations;
  }

  /** A supertype we cannot load might be either. */
  @Override
  public Copying copying() {
    try {
      return Hierarchy.isSubtype(type.getClassName(), "java.io.Serializable")
          || Hierarchy.isSubtype(type.getClassName(), "java.lang.Cloneable")
          ? Copying.POSSIBLE : Copying.IMPOSSIBLE;
    } catch (ClassNotFoundException e) {
      return Copying.UNKNOWN;
    }
  }

  private Nest nest() {
    if (nest == null) {
      throw new IllegalStateException("the nest of " + type.getClassName() + " is not loaded");
    }
    return nest;
  }

  /**
   * {@code new C; dup; …; invokespecial C.<init>; putstatic H.field} in the {@code <clinit>} of
   * {@code holder} (the class, or a class nested directly in it), into a static final field of
   * {@code holder}: the field's name as the model describes it.
   */
  private Optional<String> storedInto(JavaClass holder, InstructionHandle[] handles,
      int creation, ConstantPoolGen cpg) {
    for (int i = creation + 1; i + 1 < handles.length; i++) {
      if (handles[i].getInstruction() instanceof INVOKESPECIAL init
          && init.getMethodName(cpg).equals("<init>")
          && init.getClassName(cpg).equals(type.getClassName())) {
        return handles[i + 1].getInstruction() instanceof PUTSTATIC put
            && put.getClassName(cpg).equals(holder.getClassName())
            && isStaticFinal(holder, put.getFieldName(cpg))
            ? holderPrefix(holder).map(prefix -> prefix + put.getFieldName(cpg))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * How a static field of {@code member} is named in the holder's description: {@code ""} for
   * the class itself, {@code "Lazy."} for a class nested directly in it ({@code C$Lazy}, the
   * initialization-on-demand holder idiom); empty for any other class of the nest.
   */
  private Optional<String> holderPrefix(JavaClass member) {
    if (member == type) {
      return Optional.of("");
    }
    String prefix = type.getClassName() + "$";
    String nested = member.getClassName().startsWith(prefix)
        ? member.getClassName().substring(prefix.length()) : "";
    return !nested.isEmpty() && nested.indexOf('$') < 0
        && !Character.isDigit(nested.charAt(0)) && !member.isInterface()
        ? Optional.of(nested + ".") : Optional.empty();
  }

  private static boolean isStaticFinal(JavaClass holder, String fieldName) {
    for (Field field : holder.getFields()) {
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
