package dev.leakproof.spotbugs;

import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.model.threadlocal.BufferLending;
import dev.leakproof.checks.model.threadlocal.BufferLending.Callee;
import dev.leakproof.checks.model.threadlocal.BufferLending.Chain;
import dev.leakproof.checks.model.threadlocal.BufferLending.Step;
import dev.leakproof.spotbugs.bytecode.Declarations;
import dev.leakproof.spotbugs.bytecode.InstructionGraph;
import dev.leakproof.spotbugs.bytecode.Nest;
import dev.leakproof.spotbugs.bytecode.StackConsumer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantMethodHandle;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.POP;
import org.apache.bcel.generic.Type;

/**
 * What each mention of a per-thread buffer's value does with it, for {@link BufferLending}: the
 * bytecode reading of a {@code get()}'s value through locals, the private methods of its class
 * (their parameters, and their {@code areturn} to every call of them in the class and its nested
 * classes) and the methods of the application it is lent to (Undertow's {@code
 * URLDecodingHandler} lending its buffer to {@code URLUtils.decode}). A mention is the
 * instruction that pushes the value ({@code get()}, an {@code aload}, a call of a private
 * accessor); {@link StackConsumer} tells which instruction takes it.
 */
final class BufferMentions {
  /** The value {@code node} pushes in the method {@code method} ({@code name + signature}) of {@code owner}. */
  record Mention(String owner, String method, int node) {}

  /** A method's code, read once. */
  private record Body(JavaClass owner, Method method, InstructionGraph graph,
      ConstantPoolGen cpg) {
    StackConsumer consumerOf(int node) {
      return graph.consumerOf(node, cpg);
    }

    /** Every {@code aload} of {@code slot}, or empty when some instruction stores into it. */
    Optional<List<Integer>> loadsOf(int slot, boolean storesAllowed) {
      List<Integer> loads = new ArrayList<>();
      for (int i = 0; i < graph.size(); i++) {
        Instruction ins = graph.instruction(i);
        if (ins instanceof ALOAD load && load.getIndex() == slot) {
          loads.add(i);
        } else if (!storesAllowed && ins instanceof ASTORE store && store.getIndex() == slot) {
          return Optional.empty();
        }
      }
      return Optional.of(loads);
    }
  }

  private final JavaClass type;
  private final Map<String, Optional<Body>> bodies = new HashMap<>();
  private List<JavaClass> nest;

  BufferMentions(JavaClass type) {
    this.type = type;
  }

  /** Whether the value of the {@code get()} at {@code get} is emptied before it is filled. */
  boolean emptiedBeforeEveryFill(Method method, int get) {
    return BufferLending.emptiedBeforeEveryFill(
        List.of(new Mention(type.getClassName(), method.getName() + method.getSignature(), get)),
        this::step);
  }

  private Step<Mention> step(Mention mention) {
    Body body = body(mention.owner(), mention.method()).orElse(null);
    if (body == null) {
      return new Step.Escapes<>();
    }
    StackConsumer consumer = body.consumerOf(mention.node());
    if (consumer.kind != StackConsumer.Kind.ESCAPES) {
      return new Step.Escapes<>(); // a call on it before it is emptied, dropped, or not followed
    }
    Instruction taker = body.graph().instruction(consumer.index);
    if (taker instanceof ASTORE store && consumer.wordsAbove == 0) {
      if (emptiedRightAfter(body, consumer.index, store.getIndex())) {
        return new Step.EmptiedNext<>(); // buf = F.get(); buf.setLength(0);
      }
      return moves(mention.owner(), mention.method(),
          body.loadsOf(store.getIndex(), true).orElseThrow());
    }
    if (taker instanceof ARETURN && consumer.wordsAbove == 0) {
      return returned(body);
    }
    if (taker instanceof InvokeInstruction call && !(call instanceof INVOKEDYNAMIC)) {
      int argument = consumer.argumentOf(call.getArgumentTypes(body.cpg()));
      return argument < 0 ? new Step.Escapes<>() : passed(body, call, argument);
    }
    return new Step.Escapes<>(); // a field, an array, a lambda, a throw
  }

  private static Step<Mention> moves(String owner, String method, List<Integer> nodes) {
    return new Step.Moves<>(nodes.stream().map(n -> new Mention(owner, method, n)).toList());
  }

  /** Out of a private method of the class: every call of it in the class and its nest. */
  private Step<Mention> returned(Body body) {
    Method method = body.method();
    if (!method.isPrivate() || !body.owner().getClassName().equals(type.getClassName())) {
      return new Step.Escapes<>();
    }
    List<Mention> calls = new ArrayList<>();
    for (JavaClass member : nest()) {
      if (referencesAsHandle(member, method)) {
        return new Step.Escapes<>(); // this::bufferFor: called where the class cannot see
      }
      ConstantPoolGen cpg = new ConstantPoolGen(member.getConstantPool());
      for (Method caller : member.getMethods()) {
        Body callerBody = body(member.getClassName(), caller.getName() + caller.getSignature())
            .orElse(null);
        if (callerBody == null) {
          continue;
        }
        for (int i = 0; i < callerBody.graph().size(); i++) {
          if (callerBody.graph().instruction(i) instanceof InvokeInstruction call
              && !(call instanceof INVOKEDYNAMIC)
              && call.getClassName(cpg).equals(type.getClassName())
              && call.getMethodName(cpg).equals(method.getName())
              && call.getSignature(cpg).equals(method.getSignature())) {
            calls.add(new Mention(member.getClassName(), caller.getName() + caller.getSignature(),
                i));
          }
        }
      }
    }
    return new Step.Moves<>(calls);
  }

  /**
   * Given as argument {@code argument} to {@code call}: into a private method of the class, its
   * parameter's mentions; to a method of the application no override replaces, lent.
   */
  private Step<Mention> passed(Body at, InvokeInstruction call, int argument) {
    String owner = call.getClassName(at.cpg());
    String key = call.getMethodName(at.cpg()) + call.getSignature(at.cpg());
    Body callee = body(owner, key).orElse(null);
    if (callee == null) {
      return new Step.Escapes<>(); // a library's, an inherited or an abstract method
    }
    Method method = callee.method();
    int slot = Declarations.slotOf(method, argument);
    if (method.isPrivate() && owner.equals(type.getClassName())) {
      return moves(owner, key, callee.loadsOf(slot, true).orElseThrow());
    }
    return Declarations.cannotBeOverridden(callee.owner(), method)
        ? new Step.Lent<>(lentTo(callee, slot)) : new Step.Escapes<>();
  }

  /** The facts {@link BufferLending#emptiesFirst} asks of a body the buffer is lent to. */
  private static Callee lentTo(Body body, int slot) {
    return new Callee() {
      @Override
      public boolean firstStatementEmpties() {
        return emptiedRightAfter(body, -1, slot);
      }

      @Override
      public List<Chain> otherMentions() {
        List<Integer> loads = body.loadsOf(slot, false).orElse(null);
        if (loads == null) {
          return null; // assigned
        }
        List<Chain> chains = new ArrayList<>();
        for (int load : loads) {
          if (load == 0) {
            continue; // the first statement's
          }
          Chain chain = chainFrom(body, load);
          if (chain == null) {
            return null; // passed on, returned, stored or captured
          }
          chains.add(chain);
        }
        return chains;
      }
    };
  }

  /**
   * The calls made on the value {@code load} pushes, innermost first, each on the one before's
   * result, and whether the last one's result is dropped (a statement of its own); null when
   * the value itself is not a call's receiver.
   */
  private static Chain chainFrom(Body body, int load) {
    List<String> calls = new ArrayList<>();
    int value = load;
    while (true) {
      StackConsumer consumer = body.consumerOf(value);
      Instruction taker = consumer.index < body.graph().size()
          ? body.graph().instruction(consumer.index) : null;
      if (consumer.kind == StackConsumer.Kind.RECEIVER) {
        InvokeInstruction call = (InvokeInstruction) taker;
        calls.add(call.getMethodName(body.cpg()));
        if (call.getReturnType(body.cpg()) == Type.VOID) {
          return new Chain(calls, true);
        }
        value = consumer.index;
        continue;
      }
      if (calls.isEmpty()) {
        return null;
      }
      boolean dropped = consumer.kind == StackConsumer.Kind.HARMLESS && taker instanceof POP;
      return new Chain(calls, dropped);
    }
  }

  /**
   * Whether the instructions after {@code node} (from the method's start when -1) are {@code
   * aload slot; [iconst_0;] invokevirtual setLength/reset} ({@link ThreadLocalApis#emptiesBuffer})
   * as a statement of its own.
   */
  private static boolean emptiedRightAfter(Body body, int node, int slot) {
    InstructionGraph graph = body.graph();
    int at = node + 1;
    if (at + 1 >= graph.size() || !(graph.instruction(at) instanceof ALOAD load)
        || load.getIndex() != slot) {
      return false;
    }
    boolean zero = graph.instruction(at + 1) instanceof ICONST constant
        && constant.getValue().intValue() == 0;
    int callAt = zero ? at + 2 : at + 1;
    if (callAt >= graph.size() || !(graph.instruction(callAt) instanceof InvokeInstruction call)
        || call instanceof INVOKESTATIC || call instanceof INVOKEDYNAMIC
        || !ThreadLocalApis.emptiesBuffer(call.getMethodName(body.cpg()),
            call.getArgumentTypes(body.cpg()).length, zero)) {
      return false;
    }
    return call.getReturnType(body.cpg()) == Type.VOID
        || callAt + 1 < graph.size() && graph.instruction(callAt + 1) instanceof POP;
  }

  /** The code of {@code owner}'s own method {@code key}, of an application class. */
  private Optional<Body> body(String owner, String key) {
    return bodies.computeIfAbsent(owner + "." + key, k -> {
      JavaClass declaring = classOf(owner);
      if (declaring == null) {
        return Optional.empty();
      }
      for (Method method : declaring.getMethods()) {
        if ((method.getName() + method.getSignature()).equals(key) && method.getCode() != null) {
          InstructionGraph graph = InstructionGraph.of(method.getCode());
          if (graph == null) {
            return Optional.empty();
          }
          return Optional.of(new Body(declaring, method, graph,
              new ConstantPoolGen(declaring.getConstantPool())));
        }
      }
      return Optional.empty();
    });
  }

  private JavaClass classOf(String name) {
    if (name.equals(type.getClassName())) {
      return type;
    }
    return ApplicationClasses.lookup(name).orElse(null);
  }

  /**
   * The class and the classes nested in it, as its {@code InnerClasses} attribute names them:
   * where a private method of it can be called from (directly, as nestmates, since Java 11).
   */
  private List<JavaClass> nest() {
    if (nest == null) {
      nest = new ArrayList<>(List.of(type));
      for (String name : Nest.nestedNames(type)) {
        JavaClass member = classOf(name);
        if (member != null) {
          nest.add(member);
        }
      }
    }
    return nest;
  }

  /** Whether {@code member}'s constant pool holds a method handle to {@code method} of the class. */
  private boolean referencesAsHandle(JavaClass member, Method method) {
    ConstantPool pool = member.getConstantPool();
    for (int i = 1; i < pool.getLength(); i++) {
      Constant constant = pool.getConstant(i);
      if (constant instanceof ConstantMethodHandle handle
          && pool.getConstant(handle.getReferenceIndex()) instanceof ConstantCP reference
          && reference.getClass(pool).equals(type.getClassName())
          && pool.getConstant(reference.getNameAndTypeIndex())
              instanceof ConstantNameAndType nameAndType
          && nameAndType.getName(pool).equals(method.getName())
          && nameAndType.getSignature(pool).equals(method.getSignature())) {
        return true;
      }
    }
    return false;
  }
}
