package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.knowledge.ArgumentReturningMethods;
import dev.leakproof.checks.model.listener.Listener;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;

/**
 * Where the object references on the operand stack and in the locals of one method come from:
 * {@code this}, a parameter, a static field, a field, the result of a parameterless static call,
 * or an object that holds {@code this} (an inner-class instance given {@code this} as its outer
 * instance, a lambda or bound method reference capturing {@code this}). A small abstract
 * interpretation to a fixpoint over the {@link InstructionGraph}; two different values meeting
 * at a merge become {@link Ref.Unknown}. One stack word per entry, so {@code long}/{@code double}
 * take two.
 */
public final class ReferenceFlow {
  /** What is known about one stack word or local slot. */
  public sealed interface Ref {
    enum Unknown implements Ref { INSTANCE }

    /** The method's own {@code this} (local 0 of an instance method, never reassigned). */
    enum This implements Ref { INSTANCE }

    /** The value parameter {@code slot} had on entry. */
    record Param(int slot) implements Ref {}

    /** A static field's value; {@code type} is the field's class type (dotted), or empty. */
    record StaticField(String className, String name, String type) implements Ref {}

    /** An instance field's value, of {@code this} or of another object. */
    record Field(boolean ofThis, String name, String type) implements Ref {}

    /** What a parameterless static method returned. */
    record StaticCall(String className, String name, String returnType) implements Ref {}

    /** An object that references this method's {@code this}; {@code kind} says what it is. */
    record HoldsThis(Listener kind) implements Ref {}

    /** A {@code new} object before its constructor ran. */
    record Uninitialized(int pc, String className) implements Ref {}
  }

  /** The stack (bottom first) and locals before one instruction. */
  public record Frame(List<Ref> stack, Ref[] locals) {
    /** The word {@code depth} below the top (0 is the top). */
    public Ref fromTop(int depth) {
      return stack.get(stack.size() - 1 - depth);
    }
  }

  private final InstructionGraph graph;
  private final ConstantPoolGen cpg;
  private final Predicate<String> keepsOuterInstance;
  private final InvokeDynamics indys;
  private final Frame[] in;

  private ReferenceFlow(InstructionGraph graph, ConstantPoolGen cpg,
      Predicate<String> keepsOuterInstance, InvokeDynamics indys) {
    this.graph = graph;
    this.cpg = cpg;
    this.keepsOuterInstance = keepsOuterInstance;
    this.indys = indys;
    this.in = new Frame[graph.size()];
  }

  /**
   * The flow of {@code method}.
   *
   * @param keepsOuterInstance whether instances of the named class (dotted) keep the outer
   *     instance their constructor receives (an inner class with a {@code this$0} field; newer
   *     javac drops the field when the class never uses it)
   * @param indys the class's {@code invokedynamic} bootstraps, to tell a method reference from a lambda
   */
  public static ReferenceFlow of(Method method, InstructionGraph graph, ConstantPoolGen cpg,
      Predicate<String> keepsOuterInstance, InvokeDynamics indys) {
    ReferenceFlow flow = new ReferenceFlow(graph, cpg, keepsOuterInstance, indys);
    flow.solve(method);
    return flow;
  }

  /** The frame before {@code node}; {@code null} when it is unreachable. */
  public Frame before(int node) {
    return in[node];
  }

  /**
   * The receiver and argument words of the call at {@code node}: element 0 is the receiver
   * ({@code null} for a static call), then one entry per declared parameter (its first word).
   */
  public List<Ref> receiverAndArguments(int node) {
    Frame frame = in[node];
    InvokeInstruction call = (InvokeInstruction) graph.instruction(node);
    Type[] parameters = call.getArgumentTypes(cpg);
    boolean isStatic = call instanceof INVOKESTATIC || call instanceof INVOKEDYNAMIC;
    List<Ref> values = new ArrayList<>();
    values.add(isStatic ? null : frame.fromTop(StackShuffles.wordsAfter(parameters, -1)));
    for (int i = 0; i < parameters.length; i++) { // its first word: below the later arguments
      values.add(frame.fromTop(StackShuffles.wordsAfter(parameters, i - 1) - 1));
    }
    return values;
  }

  private void solve(Method method) {
    Ref[] locals = new Ref[Math.max(method.getCode().getMaxLocals(), 1)];
    Arrays.fill(locals, Ref.Unknown.INSTANCE);
    int slot = 0;
    if (!method.isStatic()) {
      locals[slot++] = Ref.This.INSTANCE;
    }
    for (Type parameter : method.getArgumentTypes()) {
      if (slot < locals.length) {
        locals[slot] = new Ref.Param(slot);
      }
      slot += parameter.getSize();
    }
    Deque<Integer> work = new ArrayDeque<>();
    in[0] = new Frame(new ArrayList<>(), locals);
    work.add(0);
    while (!work.isEmpty()) {
      int node = work.poll();
      Frame before = in[node];
      Frame after = transfer(node, new Frame(new ArrayList<>(before.stack()), before.locals().clone()));
      List<Integer> normal = graph.normalSuccessors(node);
      for (int next : graph.successors(node)) {
        Frame incoming = normal.contains(next) ? after
            : new Frame(new ArrayList<>(List.of(Ref.Unknown.INSTANCE)), before.locals());
        if (mergeInto(next, incoming)) {
          work.add(next);
        }
      }
    }
  }

  private boolean mergeInto(int node, Frame incoming) {
    Frame current = in[node];
    if (current == null) {
      in[node] = new Frame(new ArrayList<>(incoming.stack()), incoming.locals().clone());
      return true;
    }
    if (current.stack().size() != incoming.stack().size()) {
      throw new IllegalStateException("stack heights differ at pc " + graph.pc(node)
          + ": unverifiable bytecode");
    }
    boolean changed = false;
    for (int i = 0; i < current.stack().size(); i++) {
      if (!current.stack().get(i).equals(incoming.stack().get(i))
          && current.stack().get(i) != Ref.Unknown.INSTANCE) {
        current.stack().set(i, Ref.Unknown.INSTANCE);
        changed = true;
      }
    }
    for (int i = 0; i < current.locals().length; i++) {
      if (!current.locals()[i].equals(incoming.locals()[i])
          && current.locals()[i] != Ref.Unknown.INSTANCE) {
        current.locals()[i] = Ref.Unknown.INSTANCE;
        changed = true;
      }
    }
    return changed;
  }

  private Frame transfer(int node, Frame frame) {
    Instruction ins = graph.instruction(node);
    List<Ref> stack = frame.stack();
    Ref[] locals = frame.locals();
    if (ins instanceof ALOAD load) {
      stack.add(locals[load.getIndex()]);
    } else if (ins instanceof ASTORE store) {
      // Once in a variable, an object made at a call is no longer "made at the call" where it is
      // loaded: it is the same object every time (the source engines call it a holder too).
      Ref stored = pop(stack);
      locals[store.getIndex()] = stored instanceof Ref.HoldsThis ? new Ref.HoldsThis(Listener.HOLDER)
          : stored;
    } else if (ins instanceof StoreInstruction store) {
      int size = store.getType(cpg).getSize();
      for (int word = 0; word < size; word++) {
        pop(stack);
        if (store.getIndex() + word < locals.length) {
          locals[store.getIndex() + word] = Ref.Unknown.INSTANCE;
        }
      }
    } else if (ins instanceof GETSTATIC get && get.getFieldType(cpg) instanceof ObjectType type) {
      stack.add(new Ref.StaticField(get.getClassName(cpg), get.getFieldName(cpg), type.getClassName()));
    } else if (ins instanceof GETFIELD get && get.getFieldType(cpg) instanceof ObjectType type) {
      boolean ofThis = pop(stack) == Ref.This.INSTANCE;
      String name = get.getFieldName(cpg);
      // this$0 of an inner class is the outer object: it holds the registering object too.
      stack.add(ofThis && name.startsWith("this$") ? new Ref.HoldsThis(Listener.THIS)
          : new Ref.Field(ofThis, name, type.getClassName()));
    } else if (ins instanceof NEW created) {
      stack.add(new Ref.Uninitialized(graph.pc(node), created.getLoadClassType(cpg).getClassName()));
    } else if (ins instanceof CHECKCAST) {
      // Same reference, narrower type: keep what we know.
    } else if (ins instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals(Const.CONSTRUCTOR_NAME)) {
      construct(init, frame);
    } else if (ins instanceof INVOKEDYNAMIC indy) {
      invokeDynamic(indy, stack);
    } else if (ins instanceof InvokeInstruction call) {
      invoke(call, stack);
    } else if (!StackShuffles.apply(ins, stack)) {
      StackShuffles.applyUntracked(ins, cpg, stack, Ref.Unknown.INSTANCE);
    }
    return frame;
  }

  /** {@code new C(args)}: C's instance holds {@code this} when it is given it as outer instance. */
  private void construct(INVOKESPECIAL init, Frame frame) {
    List<Ref> stack = frame.stack();
    boolean givenThis = false;
    for (Type parameter : init.getArgumentTypes(cpg)) {
      for (int word = 0; word < parameter.getSize(); word++) {
        givenThis |= pop(stack) == Ref.This.INSTANCE;
      }
    }
    Ref object = pop(stack);
    if (!(object instanceof Ref.Uninitialized created)) {
      return; // super(...) or this(...)
    }
    Ref result = givenThis && keepsOuterInstance.test(created.className())
        ? new Ref.HoldsThis(Listener.NEW_INNER_OBJECT) : Ref.Unknown.INSTANCE;
    stack.replaceAll(r -> r.equals(created) ? result : r);
    Ref[] locals = frame.locals();
    for (int i = 0; i < locals.length; i++) {
      if (locals[i].equals(created)) {
        locals[i] = result;
      }
    }
  }

  /**
   * A lambda or method reference ({@code LambdaMetafactory}) holds what it captures. Other
   * bootstraps that capture {@code this} (string concatenation, record methods, switches on
   * patterns) return a {@code String} or a primitive, which holds nothing, so any
   * object-returning call site capturing {@code this} is taken for a lambda.
   */
  private void invokeDynamic(INVOKEDYNAMIC indy, List<Ref> stack) {
    boolean capturesThis = false;
    for (int word = 0; word < indy.consumeStack(cpg); word++) {
      capturesThis |= pop(stack) == Ref.This.INSTANCE;
    }
    Type result = indy.getReturnType(cpg);
    boolean object = result instanceof ObjectType type && !type.getClassName().equals("java.lang.String");
    if (object && capturesThis) {
      stack.add(new Ref.HoldsThis(indys.isMethodReference(indy) ? Listener.METHOD_REFERENCE
          : Listener.LAMBDA));
    } else {
      pushUnknown(stack, result.getSize());
    }
  }

  private void invoke(InvokeInstruction call, List<Ref> stack) {
    Ref checked = returnsItsArgument(call) ? stack.get(stack.size() - call.consumeStack(cpg)) : null;
    for (int word = 0; word < call.consumeStack(cpg); word++) {
      pop(stack);
    }
    Type result = call.getReturnType(cpg);
    if (checked != null) {
      stack.add(checked);
    } else if (call instanceof INVOKESTATIC && call.getArgumentTypes(cpg).length == 0
        && result instanceof ObjectType type) {
      stack.add(new Ref.StaticCall(call.getClassName(cpg), call.getMethodName(cpg), type.getClassName()));
    } else {
      pushUnknown(stack, result.getSize());
    }
  }

  /** {@code Objects.requireNonNull(x, ...)} and Guava's {@code checkNotNull(x, ...)} return {@code x}. */
  private boolean returnsItsArgument(InvokeInstruction call) {
    if (!(call instanceof INVOKESTATIC) || call.getArgumentTypes(cpg).length == 0
        || !(call.getArgumentTypes(cpg)[0] instanceof ObjectType)) {
      return false;
    }
    return ArgumentReturningMethods.returnsFirstArgument(call.getClassName(cpg),
        call.getMethodName(cpg));
  }

  private static void pushUnknown(List<Ref> stack, int words) {
    for (int i = 0; i < words; i++) {
      stack.add(Ref.Unknown.INSTANCE);
    }
  }

  private static Ref pop(List<Ref> stack) {
    return stack.remove(stack.size() - 1);
  }

}
