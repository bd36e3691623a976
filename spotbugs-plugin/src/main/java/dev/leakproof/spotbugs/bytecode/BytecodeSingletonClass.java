package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.model.singleton.SingletonClass;
import dev.leakproof.checks.model.singleton.SingletonClass.Runs;
import dev.leakproof.checks.model.singleton.SingletonClass.Store;
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
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.IFNONNULL;
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
 * is stored into a field when its constructor call is followed at once by a {@code putstatic}.
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
    forEachInstruction((member, method, handles, i, cpg) -> {
      if (handles[i].getInstruction() instanceof NEW creation
          && creation.getLoadClassType(cpg).getClassName().equals(name)) {
        creations.add(new Creation(storedInto(member, method, handles, i, cpg)));
      }
    });
    return creations;
  }

  /** One instruction of a method of the nest, as {@link #forEachInstruction} visits it. */
  private interface InstructionVisitor {
    void visit(JavaClass member, Method method, InstructionHandle[] handles, int at,
        ConstantPoolGen cpg);
  }

  /** Visits every instruction of every method with code in every class of the nest. */
  private void forEachInstruction(InstructionVisitor visitor) {
    for (JavaClass member : nest().classes()) {
      ConstantPoolGen cpg = new ConstantPoolGen(member.getConstantPool());
      for (Method method : member.getMethods()) {
        Code code = method.getCode();
        if (code == null) {
          continue;
        }
        InstructionHandle[] handles = new InstructionList(code.getCode()).getInstructionHandles();
        for (int i = 0; i < handles.length; i++) {
          visitor.visit(member, method, handles, i, cpg);
        }
      }
    }
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
   * {@code new C; dup; …; invokespecial C.<init>; putstatic H.field} in {@code method} of
   * {@code member}, into a static field of {@code H} (the class, or a class nested directly in
   * it), with what the model needs to know of the store (see {@link Singletons#heldOnceBy}).
   */
  private Optional<Store> storedInto(JavaClass member, Method method,
      InstructionHandle[] handles, int creation, ConstantPoolGen cpg) {
    for (int i = creation + 1; i + 1 < handles.length; i++) {
      if (handles[i].getInstruction() instanceof INVOKESPECIAL init
          && init.getMethodName(cpg).equals("<init>")
          && init.getClassName(cpg).equals(type.getClassName())) {
        if (!(handles[i + 1].getInstruction() instanceof PUTSTATIC put)) {
          return Optional.empty();
        }
        JavaClass holder = nest().get(put.getClassName(cpg));
        Field field = holder == null ? null : field(holder, put.getFieldName(cpg));
        if (field == null || !field.isStatic() || holderPrefix(holder).isEmpty()) {
          return Optional.empty();
        }
        Runs runs = holder == member && method.getName().equals("<clinit>")
            && !inLoop(handles, creation) ? Runs.STATIC_INITIALISATION
            : firstCallUnderClassLock(method, handles, creation, i + 1, put, cpg)
            ? Runs.FIRST_CALL_UNDER_CLASS_LOCK : Runs.OTHER;
        return Optional.of(new Store(holderPrefix(holder).get() + field.getName(),
            field.isFinal(), field.isPrivate(), runs, writesTo(holder, field)));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code getstatic F; ifnonnull L; new C; …; putstatic F; L:} in a {@code static synchronized}
   * method: the creation runs only while {@code F} is null, under the class's lock.
   */
  private static boolean firstCallUnderClassLock(Method method, InstructionHandle[] handles,
      int creation, int store, PUTSTATIC put, ConstantPoolGen cpg) {
    return method.isStatic() && method.isSynchronized() && creation >= 2
        && handles[creation - 2].getInstruction() instanceof GETSTATIC read
        && read.getClassName(cpg).equals(put.getClassName(cpg))
        && read.getFieldName(cpg).equals(put.getFieldName(cpg))
        && handles[creation - 1].getInstruction() instanceof IFNONNULL test
        && test.getTarget().getPosition() > handles[store].getPosition();
  }

  /** The {@code putstatic}s into {@code field} of {@code holder} in every class of the nest. */
  private int writesTo(JavaClass holder, Field field) {
    int[] writes = {0};
    forEachInstruction((member, method, handles, i, cpg) -> {
      if (handles[i].getInstruction() instanceof PUTSTATIC put
          && put.getClassName(cpg).equals(holder.getClassName())
          && put.getFieldName(cpg).equals(field.getName())) {
        writes[0]++;
      }
    });
    return writes[0];
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

  private static Field field(JavaClass holder, String fieldName) {
    for (Field field : holder.getFields()) {
      if (field.getName().equals(fieldName)) {
        return field;
      }
    }
    return null;
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
