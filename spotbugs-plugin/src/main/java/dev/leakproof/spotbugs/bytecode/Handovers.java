package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.knowledge.RetentionSinks;
import dev.leakproof.checks.knowledge.RetentionSinks.Kind;
import dev.leakproof.checks.model.outerinstance.Capture;
import dev.leakproof.checks.model.outerinstance.Sink;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.CodeException;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.DUP;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Select;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;

/**
 * Where one method hands an object that holds its enclosing instance ({@code this}) to a
 * long-lived sink: {@code putstatic}, or a call {@link RetentionSinks} knows.
 *
 * <p>A straight-line walk with a symbolic operand stack: it follows values from where they are
 * made to where they are consumed within one run of code without branches, which is how javac
 * compiles {@code addShutdownHook(new Thread(new Worker()))} or {@code POOL.submit(() -> this.run())}.
 * At every branch target and handler the stack is forgotten, so a value that crosses a merge
 * (a ternary) is unknown: precision first. A local variable stored and loaded within the same
 * run is followed for a shutdown hook only ({@code Thread hook = new Thread(…);
 * Runtime.getRuntime().addShutdownHook(hook);}, as the source engines follow a local assigned
 * once); for every other sink such a value is unknown, as the source engines see it.
 */
public final class Handovers {
  /** One object that holds {@code this} handed to a sink, at instruction offset {@code pc}. */
  public record Handover(int pc, Capture capture, Sink sink) {}

  private sealed interface Value {}

  private enum Unknown implements Value { INSTANCE }

  private enum This implements Value { INSTANCE }

  private record StaticField(String name) implements Value {}

  private record Uninitialized(String className, int pc) implements Value {}

  /** An object made here; {@code capture} says how it holds the enclosing instance, if it does. */
  private record Made(String className, Optional<Capture> capture) implements Value {}

  /** An object made here, stored in a local variable and loaded back in the same run. */
  private record FromLocal(Made made) implements Value {}

  private final InnerClassFacts facts;

  public Handovers(InnerClassFacts facts) {
    this.facts = facts;
  }

  public List<Handover> of(Method method, Code code, ConstantPoolGen cpg,
      InvokeDynamics indys) {
    List<Handover> found = new ArrayList<>();
    if (method.isStatic()) {
      return found; // no enclosing instance to hand over
    }
    InstructionHandle[] handles = new InstructionList(code.getCode()).getInstructionHandles();
    BitSet merges = StackConsumer.jumpTargets(handles); // jsr code too, unlike InstructionGraph
    Set<Integer> handlers = Stream.of(code.getExceptionTable()).map(CodeException::getHandlerPC)
        .collect(Collectors.toSet());
    List<Value> stack = new ArrayList<>();
    Map<Integer, Value> locals = new HashMap<>();
    for (int i = 0; i < handles.length; i++) {
      InstructionHandle handle = handles[i];
      int pc = handle.getPosition();
      if (merges.get(i) || handlers.contains(pc)) {
        stack.clear();
        locals.clear();
      }
      Instruction instruction = handle.getInstruction();
      if (instruction instanceof ASTORE store && store.getIndex() > 0) {
        Value value = pop(stack);
        if (value instanceof Made made) {
          locals.put(store.getIndex(), new FromLocal(made));
        } else {
          locals.remove(store.getIndex());
        }
      } else if (instruction instanceof ALOAD load && load.getIndex() > 0) {
        stack.add(locals.getOrDefault(load.getIndex(), Unknown.INSTANCE));
      } else {
        if (instruction instanceof StoreInstruction store) {
          locals.remove(store.getIndex()); // a primitive store reuses the slot
        }
        step(instruction, pc, stack, cpg, indys, found);
      }
      if (instruction instanceof GotoInstruction || instruction instanceof ReturnInstruction
          || instruction instanceof ATHROW || instruction instanceof Select) {
        stack.clear();
        locals.clear();
      }
    }
    return found;
  }

  private void step(Instruction instruction, int pc, List<Value> stack, ConstantPoolGen cpg,
      InvokeDynamics indys, List<Handover> found) {
    if (instruction instanceof ALOAD load && load.getIndex() == 0) {
      stack.add(This.INSTANCE);
    } else if (instruction instanceof NEW create) {
      stack.add(new Uninitialized(create.getLoadClassType(cpg).getClassName(), pc));
    } else if (instruction instanceof DUP) {
      stack.add(peek(stack));
    } else if (instruction instanceof CHECKCAST) {
      // the same object, seen through another type
    } else if (instruction instanceof GETSTATIC get) {
      pushWords(stack, get.getFieldType(cpg).getSize(),
          new StaticField(get.getFieldName(cpg)));
    } else if (instruction instanceof PUTSTATIC put) {
      Value value = popWords(stack, put.getFieldType(cpg).getSize());
      handover(pc, value, new Sink(Kind.STATIC_FIELD, put.getFieldName(cpg))).ifPresent(found::add);
    } else if (instruction instanceof INVOKEDYNAMIC indy) {
      List<Value> captured = popArguments(stack, indy, cpg);
      boolean capturesThis = indys.isLambda(indy) && captured.contains(This.INSTANCE);
      Capture capture = indys.isMethodReference(indy) ? Capture.METHOD_REFERENCE : Capture.LAMBDA;
      push(stack, indy.getReturnType(cpg),
          capturesThis ? new Made("", Optional.of(capture)) : Unknown.INSTANCE);
    } else if (instruction instanceof INVOKESPECIAL special
        && special.getMethodName(cpg).equals("<init>")) {
      construct(special, stack, cpg);
    } else if (instruction instanceof InvokeInstruction call) {
      List<Value> arguments = popArguments(stack, call, cpg);
      Value receiver = call instanceof INVOKESTATIC ? Unknown.INSTANCE : pop(stack);
      sink(call, pc, receiver, arguments, cpg).ifPresent(found::add);
      push(stack, call.getReturnType(cpg), Unknown.INSTANCE);
    } else {
      int consumed = instruction.consumeStack(cpg);
      int produced = instruction.produceStack(cpg);
      if (consumed == Const.UNPREDICTABLE || produced == Const.UNPREDICTABLE) {
        stack.clear();
        return;
      }
      for (int i = 0; i < consumed; i++) {
        pop(stack);
      }
      for (int i = 0; i < produced; i++) {
        stack.add(Unknown.INSTANCE);
      }
    }
  }

  /** {@code new C(args)}: every copy of the uninitialised reference becomes the made object. */
  private void construct(INVOKESPECIAL init, List<Value> stack, ConstantPoolGen cpg) {
    List<Value> arguments = popArguments(stack, init, cpg);
    Value target = pop(stack);
    if (!(target instanceof Uninitialized fresh)) {
      return; // super(...) or this(...) in a constructor
    }
    String className = fresh.className();
    Optional<Capture> capture = !arguments.isEmpty() && arguments.get(0) == This.INSTANCE
        && facts.holdsEnclosingInstance(className)
        ? Optional.of(facts.isAnonymous(className) ? Capture.ANONYMOUS_OBJECT : Capture.INNER_OBJECT)
        : Optional.empty();
    if (className.equals(RetentionSinks.THREAD)) {
      // the thread keeps its target
      capture = arguments.stream().map(Handovers::capture).flatMap(Optional::stream).findFirst();
    }
    Made made = new Made(className, capture);
    stack.replaceAll(v -> v.equals(fresh) ? made : v);
  }

  private static Optional<Handover> sink(InvokeInstruction call, int pc, Value receiver,
      List<Value> arguments, ConstantPoolGen cpg) {
    String name = call.getMethodName(cpg);
    String owner = call.getReferenceType(cpg).toString();
    if (RetentionSinks.isListenerRegistration(name)) {
      return Optional.empty(); // ListenerLeak's
    }
    Optional<Kind> kind = RetentionSinks.callSink(owner, name);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> staticReceiver =
        receiver instanceof StaticField field ? Optional.of(field.name()) : Optional.empty();
    return Sink.handedOver(kind.get(), arguments.size(), staticReceiver,
            () -> arguments.get(0) == This.INSTANCE)
        .flatMap(handed -> {
          Value value = arguments.get(handed.argument());
          // A shutdown hook kept in a local first: the thread made there.
          return handover(pc, handed.sink().kind() == Kind.SHUTDOWN_HOOK
              && value instanceof FromLocal local ? local.made() : value, handed.sink());
        });
  }

  private static Optional<Handover> handover(int pc, Value value, Sink sink) {
    return capture(value).map(capture -> new Handover(pc, capture, sink));
  }

  private static Optional<Capture> capture(Value value) {
    return value instanceof Made made ? made.capture() : Optional.empty();
  }

  /** Pops a call's arguments, one value per argument (the first word of a long or double). */
  private static List<Value> popArguments(List<Value> stack, InvokeInstruction call,
      ConstantPoolGen cpg) {
    Type[] types = call.getArgumentTypes(cpg);
    Value[] values = new Value[types.length];
    for (int i = types.length - 1; i >= 0; i--) {
      values[i] = popWords(stack, types[i].getSize());
    }
    return List.of(values);
  }

  private static void push(List<Value> stack, Type type, Value value) {
    pushWords(stack, type.getSize(), value);
  }

  private static void pushWords(List<Value> stack, int size, Value value) {
    if (size == 0) {
      return;
    }
    stack.add(size == 1 ? value : Unknown.INSTANCE);
    for (int i = 1; i < size; i++) {
      stack.add(Unknown.INSTANCE);
    }
  }

  private static Value popWords(List<Value> stack, int size) {
    Value value = Unknown.INSTANCE;
    for (int i = 0; i < size; i++) {
      value = pop(stack);
    }
    return size == 1 ? value : Unknown.INSTANCE;
  }

  private static Value pop(List<Value> stack) {
    return stack.isEmpty() ? Unknown.INSTANCE : stack.remove(stack.size() - 1);
  }

  private static Value peek(List<Value> stack) {
    return stack.isEmpty() ? Unknown.INSTANCE : stack.get(stack.size() - 1);
  }
}
