package dev.leakproof.spotbugs;

import dev.leakproof.checks.model.listener.Listener;
import dev.leakproof.spotbugs.bytecode.ClassFiles;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.InvokeDynamics;
import dev.leakproof.spotbugs.bytecode.ReferenceFlow;
import dev.leakproof.spotbugs.bytecode.ReferenceFlow.Frame;
import dev.leakproof.spotbugs.bytecode.ReferenceFlow.Ref;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Attribute;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.InnerClass;
import org.apache.bcel.classfile.InnerClasses;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.PUTFIELD;

/**
 * A top-level class and all classes nested in it (member, local, anonymous), as far as the
 * analysis can load them: the scope in which a ListenerLeak registration looks for its removal,
 * and the per-class facts the rule needs (reference flows, injected fields, fields holding
 * {@code this}). Lives while one class is analysed.
 */
final class ListenerNest {
  private final Map<String, JavaClass> classes = new LinkedHashMap<>();
  private final Map<String, Boolean> keepsOuter = new HashMap<>();
  private final Map<String, ClassFacts> facts = new HashMap<>();

  /** What the rule needs of one class. */
  final class ClassFacts {
    final JavaClass javaClass;
    final ConstantPoolGen cpg;
    private final InvokeDynamics indys;
    private final Map<Method, Optional<Analysed>> flows = new HashMap<>();
    /** Instance fields some constructor assigns from one of its parameters, or a container injects. */
    final Set<String> injectedFields = new HashSet<>();
    /** Per constructor, the field each parameter slot is stored in. */
    final Map<Method, Map<Integer, String>> keptParameters = new HashMap<>();
    /** Instance fields of this class, with every value this object stores into them. */
    private final Map<String, List<Ref>> fieldValues = new HashMap<>();

    private ClassFacts(JavaClass javaClass) {
      this.javaClass = javaClass;
      this.cpg = new ConstantPoolGen(javaClass.getConstantPool());
      this.indys = new InvokeDynamics(javaClass);
      for (Method method : javaClass.getMethods()) {
        flow(method).ifPresent(analysed -> recordStores(method, analysed));
      }
      for (Field field : javaClass.getFields()) {
        if (!field.isStatic() && ClassAnnotations.injects(field)) {
          injectedFields.add(field.getName()); // @Inject, @Autowired: the container fills it
        }
      }
    }

    Optional<Analysed> flow(Method method) {
      return flows.computeIfAbsent(method, m -> {
        if (m.getCode() == null) {
          return Optional.empty();
        }
        InstructionGraph graph = InstructionGraph.of(m.getCode());
        return graph == null ? Optional.empty()
            : Optional.of(new Analysed(graph, ReferenceFlow.of(m, graph, cpg,
                ListenerNest.this::keepsOuterInstance, indys)));
      });
    }

    private void recordStores(Method method, Analysed analysed) {
      boolean constructor = method.getName().equals(Const.CONSTRUCTOR_NAME);
      for (int node = 0; node < analysed.graph().size(); node++) {
        Frame frame = analysed.flow().before(node);
        if (frame == null || !(analysed.graph().instruction(node) instanceof PUTFIELD put)) {
          continue;
        }
        int size = put.getFieldType(cpg).getSize();
        if (frame.fromTop(size) != Ref.This.INSTANCE) {
          continue;
        }
        String field = put.getFieldName(cpg);
        Ref value = frame.fromTop(0);
        fieldValues.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        if (constructor && value instanceof Ref.Param param) {
          injectedFields.add(field);
          keptParameters.computeIfAbsent(method, m -> new HashMap<>()).put(param.slot(), field);
        }
      }
    }

    /** Whether an instance field of this class is a listener holder ({@link Listener#ofValues}). */
    boolean fieldHoldsThis(String field) {
      return Listener.ofValues(fieldValues.getOrDefault(field, List.of()),
          value -> value == Ref.This.INSTANCE || value instanceof Ref.HoldsThis).isPresent();
    }
  }

  /** One method's graph and flow. */
  record Analysed(InstructionGraph graph, ReferenceFlow flow) {}

  ListenerNest(JavaClass analysed) {
    String name = analysed.getClassName();
    int simpleStart = name.lastIndexOf('.') + 1;
    int dollar = name.indexOf('$', simpleStart);
    JavaClass top = analysed;
    if (dollar > 0) {
      top = ClassFiles.read(name.substring(0, dollar)).orElse(analysed);
    }
    collect(top, analysed);
  }

  /** Every class of the nest, the top-level one first. */
  List<JavaClass> classes() {
    return new ArrayList<>(classes.values());
  }

  ClassFacts facts(JavaClass javaClass) {
    return facts.computeIfAbsent(javaClass.getClassName(), n -> new ClassFacts(javaClass));
  }

  /** Whether {@code className} (dotted) has a method or interface-method reference named one of {@code names}. */
  static boolean refersToMethodNamed(JavaClass javaClass, Set<String> names) {
    ConstantPool pool = javaClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantCP ref && constant.getTag() != Const.CONSTANT_Fieldref) {
        ConstantNameAndType nameAndType =
            pool.getConstant(ref.getNameAndTypeIndex(), ConstantNameAndType.class);
        if (names.contains(nameAndType.getName(pool))) {
          return true;
        }
      }
    }
    return false;
  }

  private void collect(JavaClass top, JavaClass analysed) {
    String prefix = top.getClassName() + "$";
    Deque<JavaClass> work = new ArrayDeque<>();
    work.add(top);
    classes.put(top.getClassName(), top);
    // The analysed class itself, even when its name does not follow the Outer$Inner pattern.
    classes.putIfAbsent(analysed.getClassName(), analysed);
    while (!work.isEmpty()) {
      JavaClass current = work.poll();
      for (Attribute attribute : current.getAttributes()) {
        if (!(attribute instanceof InnerClasses inner)) {
          continue;
        }
        for (InnerClass entry : inner.getInnerClasses()) {
          String nested = current.getConstantPool()
              .getConstantString(entry.getInnerClassIndex(), Const.CONSTANT_Class).replace('/', '.');
          if (nested.startsWith(prefix) && !classes.containsKey(nested)) {
            ClassFiles.read(nested).ifPresent(found -> {
              classes.put(nested, found);
              work.add(found);
            });
          }
        }
      }
    }
  }

  /**
   * Whether instances of {@code className} keep the outer instance their constructor receives:
   * the class has a {@code this$N} field. javac before 18 always writes one for inner classes;
   * newer javac leaves it out when the class never uses its outer instance.
   */
  boolean keepsOuterInstance(String className) {
    return keepsOuter.computeIfAbsent(className, n -> {
      JavaClass javaClass = classes.containsKey(n) ? classes.get(n) : ClassFiles.read(n).orElse(null);
      if (javaClass == null) {
        return false; // cannot see it: precision first
      }
      for (Field field : javaClass.getFields()) {
        if (!field.isStatic() && field.getName().startsWith("this$")) {
          return true;
        }
      }
      return false;
    });
  }
}
