package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.model.staticcache.CollectionAdd;
import dev.leakproof.checks.model.staticcache.CollectionCall;
import dev.leakproof.checks.model.staticcache.InitOnlyMethods;
import dev.leakproof.checks.model.staticcache.RegistrationMethods;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.BootstrapMethod;
import org.apache.bcel.classfile.BootstrapMethods;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;

/**
 * Everything the classes of one nest (a top-level class and its nested classes) do with one
 * static collection field: adds outside static initialisation, removals (directly, through a
 * view or an iterator), replacement, escape, and {@code size()} checks beside an add.
 *
 * <p>The field may also be an instance field of a class with one instance
 * ({@link BytecodeSingletonClass}): then every {@code getfield} of it, whatever the receiver, is the same collection, and the
 * owner's constructors (run once) count as initialisation too; the initialisations are the
 * {@code putfield}s in them.
 *
 * <p>Static initialisation is every {@code <clinit>} of the nest and the private methods called
 * only from there, lambda bodies and method references made only there included (a lambda in
 * static initialisation is taken to run during it, as {@code forEach} does). A
 * synthetic accessor ({@code access$000}, javac before nestmates) that only returns the field
 * stands for the field wherever it is called.
 */
public final class StaticCollectionUses {
  /** A place in the bytecode. */
  public record Site(JavaClass owner, Method method, int pc) {}

  private final String fieldClass;
  private final String fieldName;
  private final String fieldSignature;
  /** An instance field of a singleton, rather than a static field. */
  private final boolean instanceField;
  private final boolean cache;

  public final List<Site> adds = new ArrayList<>();
  /** The same adds as the model takes them: the call's name and line. */
  private final List<CollectionAdd> namedAdds = new ArrayList<>();
  /**
   * The stores into the field in initialisation: in a {@code <clinit>} of the nest, in the
   * private methods that run only then ({@link InitOnlyMethods}), and for an instance field in
   * its class's constructors.
   */
  public final List<Site> initialisations = new ArrayList<>();
  public boolean removes;
  public boolean replaced;
  public boolean escapes;

  private final Set<Method> sizeChecked = new HashSet<>();
  private final Set<String> accessors = new HashSet<>();
  /** Keys of the field's class's registration methods ({@link CollectionAdd#registration()}). */
  private Set<String> registrationMethods = Set.of();
  private Set<String> initOnly = Set.of();

  public StaticCollectionUses(String fieldClass, String fieldName, String fieldSignature,
      boolean cache) {
    this(fieldClass, fieldName, fieldSignature, false, cache);
  }

  /** @param instanceField an instance field of a singleton ({@link BytecodeSingletonClass}) */
  public StaticCollectionUses(String fieldClass, String fieldName, String fieldSignature,
      boolean instanceField, boolean cache) {
    this.fieldClass = fieldClass;
    this.fieldName = fieldName;
    this.fieldSignature = fieldSignature;
    this.instanceField = instanceField;
    this.cache = cache;
  }

  /** Scans every method of the {@code nest}. */
  public void scan(List<JavaClass> nest) {
    findAccessors(nest);
    registrationMethods = instanceField ? Set.of() : registrationMethods(nest);
    initOnly = initOnlyMethods(nest, instanceField ? fieldClass + ".<init>(" : null);
    for (JavaClass type : nest) {
      ConstantPoolGen cpg = new ConstantPoolGen(type.getConstantPool());
      for (Method method : type.getMethods()) {
        Code code = method.getCode();
        if (code != null && !isAccessor(type, method)) {
          scan(type, method, code, cpg);
        }
      }
    }
  }

  /** The adds outside initialisation, as the model takes them. */
  public List<CollectionAdd> collectionAdds(Predicate<String> isFixedSet) {
    List<CollectionAdd> found = new ArrayList<>();
    String collectionType = fieldSignature.substring(1, fieldSignature.length() - 1)
        .replace('/', '.');
    for (int i = 0; i < adds.size(); i++) {
      CollectionAdd add = namedAdds.get(i);
      Site site = adds.get(i);
      found.add(new CollectionAdd(add.method(), add.line(),
          sizeChecked.contains(site.method()),
          registrationMethods.contains(key(site.owner(), site.method())),
          AddedKeys.bounded(site.owner(), site.method(), site.pc(),
              new ConstantPoolGen(site.owner().getConstantPool()), collectionType, fieldClass,
              isFixedSet)));
    }
    return found;
  }

  private static int lineOf(Method method, int pc) {
    return method.getLineNumberTable() == null ? -1
        : method.getLineNumberTable().getSourceLine(pc);
  }

  private void scan(JavaClass type, Method method, Code code, ConstantPoolGen cpg) {
    InstructionHandle[] handles = new InstructionList(code.getCode()).getInstructionHandles();
    BitSet jumpTargets = null;
    boolean init = isInitialisation(type, method);
    for (int i = 0; i < handles.length; i++) {
      Instruction instruction = handles[i].getInstruction();
      boolean load = isLoad(instruction) && isField((FieldInstruction) instruction, cpg)
          || instruction instanceof INVOKESTATIC call && accessors.contains(key(call, cpg));
      if (isStore(instruction) && isField((FieldInstruction) instruction, cpg)) {
        // Any store during initialisation gives one of the initial values, as in the source
        // engines: a private method that runs only then (ReplacedOnlyWhileTheClassInitialises),
        // a nested class's static initializer, which runs once (StoredByANestedClassInitialiser).
        if (init) {
          initialisations.add(new Site(type, method, handles[i].getPosition()));
        } else {
          replaced = true;
        }
      } else if (load) {
        if (jumpTargets == null) {
          jumpTargets = StackConsumer.jumpTargets(handles);
        }
        follow(type, method, handles, i, jumpTargets, cpg, cache, init);
      }
    }
  }

  /** Follows the collection pushed at {@code producer} through calls on it and its views. */
  private void follow(JavaClass type, Method method, InstructionHandle[] handles, int producer,
      BitSet jumpTargets, ConstantPoolGen cpg, boolean onCache, boolean init) {
    StackConsumer consumer = StackConsumer.of(handles, producer, jumpTargets, cpg);
    switch (consumer.kind) {
      case HARMLESS:
        return;
      case ESCAPES:
      case UNKNOWN:
        escapes = true;
        return;
      case RECEIVER:
        break;
    }
    InvokeInstruction call = (InvokeInstruction) handles[consumer.index].getInstruction();
    String name = call.getMethodName(cpg);
    int at = consumer.index;
    CollectionCall.dispatch(name, onCache, new CollectionCall.Site() {
      @Override public boolean inInitialisation() { return init; }
      @Override public boolean bodyCallsIteratorRemove() {
        return callsZeroArgumentRemove(handles, cpg);
      }
      @Override public boolean resultOnlyLogged() {
        return handedToACall(handles, at, jumpTargets, cpg);
      }
      @Override public void adds() {
        int pc = handles[at].getPosition();
        adds.add(new StaticCollectionUses.Site(type, method, pc));
        namedAdds.add(new CollectionAdd(name, lineOf(method, pc), false, false));
      }
      @Override public void removes() { removes = true; }
      @Override public void followResultAsView() {
        follow(type, method, handles, at, jumpTargets, cpg, false, init);
      }
      @Override public void checksSize() { sizeChecked.add(method); }
    });
  }

  /**
   * Whether the {@code int} that {@code size()} at {@code sizeCall} pushed is an argument of a
   * call ({@code append}, a string concatenation's {@code invokedynamic}, {@code Integer.valueOf}
   * for a log call): logged or printed, not compared, so not a bound ({@link CollectionAdd}).
   */
  private static boolean handedToACall(InstructionHandle[] handles, int sizeCall,
      BitSet jumpTargets, ConstantPoolGen cpg) {
    StackConsumer consumer = StackConsumer.of(handles, sizeCall, jumpTargets, cpg);
    // An int is no call's receiver: StackConsumer says RECEIVER for a one-operand invokedynamic.
    return (consumer.kind == StackConsumer.Kind.ESCAPES
            || consumer.kind == StackConsumer.Kind.RECEIVER)
        && handles[consumer.index].getInstruction() instanceof InvokeInstruction;
  }

  private static boolean callsZeroArgumentRemove(InstructionHandle[] handles,
      ConstantPoolGen cpg) {
    for (InstructionHandle handle : handles) {
      if (handle.getInstruction() instanceof InvokeInstruction call
          && CollectionApis.mayRemoveThroughIterator(call.getMethodName(cpg),
              call.getArgumentTypes(cpg).length, () -> !call.getSignature(cpg).endsWith(")V"))) {
        return true;
      }
    }
    return false;
  }

  private boolean isField(FieldInstruction access, ConstantPoolGen cpg) {
    return access.getFieldName(cpg).equals(fieldName)
        && access.getSignature(cpg).equals(fieldSignature)
        && access.getReferenceType(cpg).toString().equals(fieldClass);
  }

  private boolean isLoad(Instruction instruction) {
    return instanceField ? instruction instanceof GETFIELD : instruction instanceof GETSTATIC;
  }

  private boolean isStore(Instruction instruction) {
    return instanceField ? instruction instanceof PUTFIELD : instruction instanceof PUTSTATIC;
  }

  private boolean isInitialisation(JavaClass type, Method method) {
    return method.getName().equals("<clinit>") || initOnly.contains(key(type, method))
        || instanceField && method.getName().equals("<init>")
            && type.getClassName().equals(fieldClass);
  }

  /**
   * Synthetic static methods of the field's class whose whole body is {@code getstatic; areturn}
   * (for an instance field: {@code aload_0; getfield; areturn}, the receiver their argument).
   */
  private void findAccessors(List<JavaClass> nest) {
    for (JavaClass type : nest) {
      if (!type.getClassName().equals(fieldClass)) {
        continue;
      }
      ConstantPoolGen cpg = new ConstantPoolGen(type.getConstantPool());
      for (Method method : type.getMethods()) {
        int arguments = instanceField ? 1 : 0;
        if (method.isSynthetic() && method.isStatic() && method.getCode() != null
            && method.getArgumentTypes().length == arguments) {
          InstructionHandle[] handles =
              new InstructionList(method.getCode().getCode()).getInstructionHandles();
          if (handles.length == arguments + 2
              && (arguments == 0 || handles[0].getInstruction().getOpcode() == Const.ALOAD_0)
              && isLoad(handles[arguments].getInstruction())
              && isField((FieldInstruction) handles[arguments].getInstruction(), cpg)
              && handles[arguments + 1].getInstruction().getOpcode() == Const.ARETURN) {
            accessors.add(key(type, method));
          }
        }
      }
    }
  }

  private boolean isAccessor(JavaClass type, Method method) {
    return accessors.contains(key(type, method));
  }

  /**
   * Private methods (and javac's synthetic accessors) of the nest every direct call of which is
   * in a {@code <clinit>}, in a method whose key starts with {@code alsoInit} (when not null), or
   * in another such method (to a fixed point). Methods also used through a method handle have no direct calls there and
   * never qualify.
   */
  private static Set<String> initOnlyMethods(List<JavaClass> nest, String alsoInit) {
    Map<String, Set<String>> callers = new HashMap<>();
    Set<String> privateMethods = new HashSet<>();
    for (JavaClass type : nest) {
      ConstantPoolGen cpg = new ConstantPoolGen(type.getConstantPool());
      for (Method method : type.getMethods()) {
        // javac before nestmates reaches a private member from another class of the nest
        // through a synthetic static access$NNN: that is the call it forwards, so it runs only
        // during initialisation when every call of it does.
        if (method.isPrivate()
            || method.isSynthetic() && method.isStatic() && method.getName().startsWith("access$")) {
          privateMethods.add(key(type, method));
        }
        if (method.getCode() == null) {
          continue;
        }
        for (InstructionHandle handle :
            new InstructionList(method.getCode().getCode()).getInstructionHandles()) {
          if (handle.getInstruction() instanceof INVOKEDYNAMIC indy) {
            // A lambda or method reference made here runs its method as if called from here
            // (a lambda in static initialisation is taken to run during it).
            for (String target : methodHandles(type, indy)) {
              callers.computeIfAbsent(target, k -> new HashSet<>()).add(key(type, method));
            }
          } else if (handle.getInstruction() instanceof InvokeInstruction call) {
            callers.computeIfAbsent(key(call, cpg), k -> new HashSet<>()).add(key(type, method));
          }
        }
      }
    }
    Map<String, Set<String>> privateCallers = new HashMap<>();
    for (String method : privateMethods) {
      privateCallers.put(method, callers.getOrDefault(method, Set.of()));
    }
    return InitOnlyMethods.of(privateCallers, (caller, initOnly) -> caller.contains(".<clinit>(")
        || initOnly.contains(caller) || alsoInit != null && caller.startsWith(alsoInit));
  }

  /**
   * The field's class's registration methods ({@link RegistrationMethods}), reached from its
   * {@code <clinit>} through static calls, keyed by their JVM signatures.
   */
  private Set<String> registrationMethods(List<JavaClass> nest) {
    JavaClass owner = nest.stream().filter(type -> type.getClassName().equals(fieldClass))
        .findFirst().orElse(null);
    if (owner == null) {
      return Set.of();
    }
    ConstantPoolGen cpg = new ConstantPoolGen(owner.getConstantPool());
    Map<String, Method> methods = new HashMap<>();
    for (Method method : owner.getMethods()) {
      methods.put(key(owner, method), method);
    }
    // Each method of the class with the methods of the class that call it statically.
    Map<String, Set<String>> callers = new HashMap<>();
    for (Method method : owner.getMethods()) {
      if (method.getCode() == null) {
        continue;
      }
      for (InstructionHandle handle :
          new InstructionList(method.getCode().getCode()).getInstructionHandles()) {
        if (handle.getInstruction() instanceof INVOKESTATIC call
            && methods.containsKey(key(call, cpg))) {
          callers.computeIfAbsent(key(call, cpg), k -> new HashSet<>()).add(key(owner, method));
        }
      }
    }
    return RegistrationMethods.of(callers,
        (caller, reached) -> methods.get(caller).getName().equals("<clinit>")
            || reached.contains(caller),
        key -> new RegistrationMethods.Shape(methods.get(key).isStatic(),
            methods.get(key).isPrivate(), methods.get(key).getSignature().endsWith(")V")));
  }

  /** The methods the bootstrap arguments of {@code indy} hand over as method handles. */
  private static List<String> methodHandles(JavaClass type, INVOKEDYNAMIC indy) {
    ConstantPool pool = type.getConstantPool();
    List<String> targets = new ArrayList<>();
    if (!(pool.getConstant(indy.getIndex()) instanceof ConstantInvokeDynamic dynamic)) {
      return targets;
    }
    for (Attribute attribute : type.getAttributes()) {
      if (!(attribute instanceof BootstrapMethods table)
          || dynamic.getBootstrapMethodAttrIndex() >= table.getBootstrapMethods().length) {
        continue;
      }
      BootstrapMethod bootstrap = table.getBootstrapMethods()[dynamic.getBootstrapMethodAttrIndex()];
      for (int argument : bootstrap.getBootstrapArguments()) {
        if (pool.getConstant(argument) instanceof ConstantMethodHandle handle
            && pool.getConstant(handle.getReferenceIndex()) instanceof ConstantCP ref) {
          ConstantNameAndType nameAndType =
              pool.getConstant(ref.getNameAndTypeIndex(), ConstantNameAndType.class);
          targets.add(ref.getClass(pool) + "." + nameAndType.getName(pool)
              + nameAndType.getSignature(pool));
        }
      }
    }
    return targets;
  }

  private static String key(JavaClass type, Method method) {
    return type.getClassName() + "." + method.getName() + method.getSignature();
  }

  private static String key(InvokeInstruction call, ConstantPoolGen cpg) {
    return call.getReferenceType(cpg).toString() + "." + call.getMethodName(cpg)
        + call.getSignature(cpg);
  }
}
