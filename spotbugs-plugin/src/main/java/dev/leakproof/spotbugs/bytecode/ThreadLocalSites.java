package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Argument;
import dev.leakproof.checks.knowledge.ThreadLocalApis.Operation;
import dev.leakproof.checks.model.threadlocal.ThreadLocalModel;
import dev.leakproof.spotbugs.bytecode.StackValue.FieldRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.DUP;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.POP;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.StoreInstruction;

/**
 * The calls of one method on static thread-local fields ({@code getstatic F; ...;
 * invokevirtual set/remove/get}), with what {@code set} is given, and the static thread-local
 * fields it initialises with a value-creating thread-local ({@code withInitial}, or a class
 * overriding {@code initialValue}).
 *
 * <p>A small abstract interpretation of the operand stack and the reference locals to a
 * fixpoint over the {@link InstructionGraph}; it knows only what this needs (a static field just
 * loaded, {@code null}, the result of {@code F.get()}, a new object's class, a
 * {@code withInitial} result) and forgets everything else.
 */
public final class ThreadLocalSites {
  /** What one stack word or local holds. */
  private sealed interface Value {}

  private enum Unknown implements Value { INSTANCE }

  private enum Null implements Value { INSTANCE }

  private enum WithInitial implements Value { INSTANCE }

  /** The method's only parameter, as it came in. */
  private enum Parameter implements Value { INSTANCE }

  private record Static(FieldRef field) implements Value {}

  /** What {@code field.get()} returned. */
  private record Previous(FieldRef field) implements Value {}

  /**
   * The thread-local's value, though not one {@code get()} returned before a {@code set} (not a
   * value to restore): a new empty object just set ({@code F.set(q = new LinkedList<>())}), or
   * that merged with what {@code get()} returned on another path.
   */
  private record Current(FieldRef field) implements Value {}

  /**
   * A new instance of {@code className} (internal form with dots); {@code empty} once its
   * no-argument constructor has run ({@code new LinkedList<>()}).
   */
  private record Created(String className, boolean empty) implements Value {}

  /** A thread-local returned by a compiler-made accessor ({@code access$000}) of {@code owner}. */
  private record Accessor(String owner) implements Value {}

  /**
   * One call on a thread-local.
   *
   * @param node the invoke's index in the graph
   * @param field the static field it is called on; {@code null} when it came through an accessor
   * @param accessorOwner the class whose accessor gave the receiver, else {@code null}
   * @param givenTheParameter whether a {@code set} is given the method's only parameter as it
   *     came in (a setter)
   * @param givenNewEmpty whether a {@code set} is given an object its no-argument constructor
   *     has just made ({@code F.set(new LinkedList<>())})
   */
  public record Site(int node, FieldRef field, String accessorOwner, Operation operation,
      Argument argument, boolean givenTheParameter, boolean givenNewEmpty) {}

  /**
   * A {@code putstatic} of a thread-local field.
   *
   * @param createdClass the class of the new object stored, when it is one ({@code null} else)
   */
  public record Initialisation(FieldRef field, boolean withInitial, String createdClass) {}

  /**
   * A call on what {@code field.get()} returned, directly or through a local: the collection a
   * thread-local holds ({@code F.get().put(k, v)}).
   */
  public record CollectionUse(int node, FieldRef field, CollectionApis.Effect effect) {}

  private record State(List<Value> stack, Map<Integer, Value> locals) {}

  private final InstructionGraph graph;
  private final ConstantPoolGen cpg;
  private final Predicate<String> isThreadLocalClass;
  private final BiFunction<String, String, FieldRef> accessedField;
  private final State[] states;
  private final List<Site> sites = new ArrayList<>();
  private final List<Initialisation> initialisations = new ArrayList<>();
  private final List<FieldRef> previousValuesReturned = new ArrayList<>();
  private final List<CollectionUse> collectionUses = new ArrayList<>();
  private final Set<FieldRef> handedOn = new HashSet<>();
  private final Set<String> calledWithNull = new HashSet<>();
  private final int parameterSlot;

  private ThreadLocalSites(InstructionGraph graph, ConstantPoolGen cpg,
      Predicate<String> isThreadLocalClass, BiFunction<String, String, FieldRef> accessedField,
      int parameterSlot) {
    this.parameterSlot = parameterSlot;
    this.graph = graph;
    this.cpg = cpg;
    this.isThreadLocalClass = isThreadLocalClass;
    this.accessedField = accessedField;
    this.states = new State[graph.size()];
  }

  /**
   * Analyses one method.
   *
   * @param isThreadLocalClass whether a class (dotted name) is {@code ThreadLocal} or a subclass
   * @param accessedField the static field a compiler-made accessor (owner class, method name)
   *     returns, or {@code null} when it cannot be told
   * @param parameterSlot the local slot of the method's only parameter, else {@code -1}
   */
  public static ThreadLocalSites of(InstructionGraph graph, ConstantPoolGen cpg,
      Predicate<String> isThreadLocalClass, BiFunction<String, String, FieldRef> accessedField,
      int parameterSlot) {
    ThreadLocalSites analysis =
        new ThreadLocalSites(graph, cpg, isThreadLocalClass, accessedField, parameterSlot);
    analysis.run();
    return analysis;
  }

  public List<Site> sites() {
    return sites;
  }

  public List<Initialisation> initialisations() {
    return initialisations;
  }

  /**
   * The thread-locals whose previous value this method returns ({@code T last = F.get();
   * F.set(v); return last;}): a scope the caller ends by setting that value back.
   */
  public List<FieldRef> previousValuesReturned() {
    return previousValuesReturned;
  }

  /** The calls made on what a static thread-local's {@code get()} returned. */
  public List<CollectionUse> collectionUses() {
    return collectionUses;
  }

  /**
   * The thread-locals whose {@code get()} result goes anywhere but a call's receiver (an
   * argument, a field, a return): code this method cannot see may add to it.
   */
  public Set<FieldRef> valuesHandedOn() {
    return handedOn;
  }

  /**
   * The methods this one calls with {@code null} as their only argument, as
   * {@code owner.name descriptor} (dotted owner): a setter called so takes the value out.
   */
  public Set<String> calledWithNull() {
    return calledWithNull;
  }

  /** An anonymous class: javac names it {@code Outer$1}, a local one {@code Outer$1Local}. */
  private static boolean isAnonymous(String className) {
    int dollar = className.lastIndexOf('$');
    return dollar >= 0 && dollar < className.length() - 1
        && className.substring(dollar + 1).chars().allMatch(Character::isDigit);
  }

  /** How {@link #calledWithNull()} names a method. */
  public static String methodKey(String owner, String name, String descriptor) {
    return owner + "." + name + descriptor;
  }

  private void run() {
    Deque<Integer> work = new ArrayDeque<>();
    states[0] = new State(List.of(),
        parameterSlot < 0 ? Map.of() : Map.of(parameterSlot, Parameter.INSTANCE));
    work.add(0);
    while (!work.isEmpty()) {
      int node = work.poll();
      State before = states[node];
      State after = transfer(graph.instruction(node), before);
      for (int next : graph.normalSuccessors(node)) {
        flow(next, after, work);
      }
      for (int next : graph.successors(node)) {
        if (graph.isHandlerEntry(next) && !graph.normalSuccessors(node).contains(next)) {
          flow(next, new State(List.of(Unknown.INSTANCE), before.locals()), work);
        }
      }
    }
    for (int node = 0; node < graph.size(); node++) {
      if (states[node] != null) {
        record(node, graph.instruction(node), states[node]);
      }
    }
    // Only a method that also sets the thread-local swaps it; a getter returns get() too.
    previousValuesReturned.removeIf(field -> sites.stream()
        .noneMatch(site -> site.operation() == Operation.SET && field.equals(site.field())));
  }

  private void flow(int node, State incoming, Deque<Integer> work) {
    State merged = states[node] == null ? incoming : merge(states[node], incoming);
    if (!merged.equals(states[node])) {
      states[node] = merged;
      work.add(node);
    }
  }

  private static State merge(State a, State b) {
    if (a.stack().size() != b.stack().size()) {
      throw new IllegalStateException("operand stacks of different depth meet");
    }
    List<Value> stack = new ArrayList<>(a.stack().size());
    for (int i = 0; i < a.stack().size(); i++) {
      stack.add(merge(a.stack().get(i), b.stack().get(i)));
    }
    Map<Integer, Value> locals = new HashMap<>();
    a.locals().forEach((slot, value) -> {
      Value merged = merge(value, b.locals().get(slot));
      if (merged != Unknown.INSTANCE) {
        locals.put(slot, merged);
      }
    });
    return new State(List.copyOf(stack), Map.copyOf(locals));
  }

  /**
   * One word where two paths meet. "{@code null}, or what {@code F.get()} returned" is taken as
   * the previous value: putting back {@code null} takes the value out as well, so a local declared
   * {@code null} before a {@code try} and given {@code F.get()} inside it still restores in the
   * {@code finally} (the source engines see the variable, and agree).
   */
  private static Value merge(Value a, Value b) {
    if (Objects.equals(a, b)) {
      return a;
    }
    if (a instanceof Previous && b == Null.INSTANCE) {
      return a;
    }
    if (b instanceof Previous && a == Null.INSTANCE) {
      return b;
    }
    FieldRef heldA = heldField(a);
    if (heldA != null && heldA.equals(heldField(b))) {
      return new Current(heldA); // the thread-local's value on both paths, previous on one only
    }
    return Unknown.INSTANCE;
  }

  private State transfer(Instruction instruction, State state) {
    Deque<Value> stack = new ArrayDeque<>(state.stack()); // last element = top
    Map<Integer, Value> locals = new HashMap<>(state.locals());
    if (instruction instanceof GETSTATIC get && get.getSignature(cpg).startsWith("L")) {
      stack.addLast(new Static(fieldRef(get.getReferenceType(cpg).toString(), get.getName(cpg),
          get.getSignature(cpg))));
    } else if (instruction instanceof ACONST_NULL) {
      stack.addLast(Null.INSTANCE);
    } else if (instruction instanceof ALOAD load) {
      stack.addLast(locals.getOrDefault(load.getIndex(), Unknown.INSTANCE));
    } else if (instruction instanceof ASTORE store) {
      locals.put(store.getIndex(), stack.removeLast());
    } else if (instruction instanceof CHECKCAST || instruction instanceof DUP) {
      if (instruction instanceof DUP) {
        stack.addLast(stack.getLast());
      }
    } else if (instruction instanceof NEW created) {
      stack.addLast(new Created(created.getLoadClassType(cpg).getClassName(), false));
    } else if (instruction instanceof InvokeInstruction invoke) {
      Value pushed = invokeResult(invoke, stack);
      // With arguments the receiver is not on top, and the object is not empty anyway.
      Value constructed = invoke instanceof INVOKESPECIAL && invoke.getMethodName(cpg).equals("<init>")
          && !stack.isEmpty() && stack.getLast() instanceof Created c && !c.empty()
          && ThreadLocalModel.createdEmpty(invoke.getArgumentTypes(cpg).length,
              isAnonymous(c.className())) ? stack.getLast() : null;
      Value given = stack.isEmpty() ? null : stack.getLast();
      Current nowHeld = heldAfterSetToNewEmpty(invoke, stack);
      pop(stack, invoke.consumeStack(cpg));
      for (int i = 0; i < invoke.produceStack(cpg); i++) {
        stack.addLast(pushed);
      }
      if (nowHeld != null) {
        // F.set(q = new LinkedList<>()): q is from now on what F.get() returns, so calls on it
        // are calls on the thread-local's collection, as after q = F.get(); it is no value to
        // restore, nor a previous value handed to a caller.
        locals.replaceAll((slot, v) -> v == given ? nowHeld : v);
      }
      if (constructed != null) {
        // The copies javac's dup left of the same new object are now constructed, and empty.
        Value empty = new Created(((Created) constructed).className(), true);
        List<Value> copies = new ArrayList<>(stack);
        copies.replaceAll(v -> v == constructed ? empty : v);
        stack.clear();
        stack.addAll(copies);
        locals.replaceAll((slot, v) -> v == constructed ? empty : v);
      }
    } else {
      if (instruction instanceof StoreInstruction store) {
        locals.remove(store.getIndex());
        locals.remove(store.getIndex() + 1);
      }
      pop(stack, instruction.consumeStack(cpg));
      for (int i = 0; i < instruction.produceStack(cpg); i++) {
        stack.addLast(Unknown.INSTANCE);
      }
    }
    return new State(List.copyOf(stack), Map.copyOf(locals));
  }

  /**
   * For {@code F.set(v)} given an object its no-argument constructor has just made, what a local
   * holding {@code v} now holds: the thread-local's current value.
   */
  private Current heldAfterSetToNewEmpty(InvokeInstruction invoke, Deque<Value> stack) {
    if (invoke instanceof INVOKESTATIC || invoke instanceof INVOKEDYNAMIC || stack.size() < 2
        || ThreadLocalApis.byDescriptor(invoke.getMethodName(cpg), invoke.getSignature(cpg))
            != Operation.SET
        || !isThreadLocalClass.test(invoke.getReferenceType(cpg).toString())) {
      return null;
    }
    Value given = stack.getLast();
    Value receiver = new ArrayList<>(stack).get(stack.size() - 2);
    return receiver instanceof Static s && given instanceof Created c && c.empty()
        ? new Current(s.field()) : null;
  }

  private Value invokeResult(InvokeInstruction invoke, Deque<Value> stack) {
    if (invoke instanceof INVOKEDYNAMIC) {
      return Unknown.INSTANCE;
    }
    String owner = invoke.getReferenceType(cpg).toString();
    String name = invoke.getMethodName(cpg);
    String signature = invoke.getSignature(cpg);
    if (invoke instanceof INVOKESTATIC) {
      if (ThreadLocalApis.isWithInitial(owner, name, signature)) {
        return WithInitial.INSTANCE;
      }
      if (name.startsWith("access$") && signature.startsWith("()L")
          && isThreadLocalClass.test(signature.substring(3, signature.length() - 1)
              .replace('/', '.'))) {
        FieldRef field = accessedField.apply(owner, name);
        return field != null ? new Static(field) : new Accessor(owner);
      }
      return Unknown.INSTANCE;
    }
    if (ThreadLocalApis.byDescriptor(name, signature) == Operation.GET
        && !stack.isEmpty() && stack.getLast() instanceof Static s
        && isThreadLocalClass.test(owner)) {
      return new Previous(s.field());
    }
    return Unknown.INSTANCE;
  }

  private void record(int node, Instruction instruction, State state) {
    List<Value> stack = state.stack();
    recordValueUses(node, instruction, stack);
    if (instruction instanceof PUTSTATIC put && !stack.isEmpty()
        && isThreadLocalSignature(put.getSignature(cpg))) {
      Value value = stack.get(stack.size() - 1);
      FieldRef field = fieldRef(put.getReferenceType(cpg).toString(), put.getName(cpg),
          put.getSignature(cpg));
      initialisations.add(new Initialisation(field, value == WithInitial.INSTANCE,
          value instanceof Created c ? c.className() : null));
      return;
    }
    if (instruction instanceof ARETURN && !stack.isEmpty()
        && stack.get(stack.size() - 1) instanceof Previous previous) {
      previousValuesReturned.add(previous.field());
      return;
    }
    if (instruction instanceof InvokeInstruction invoke && !(invoke instanceof INVOKEDYNAMIC)
        && invoke.getArgumentTypes(cpg).length == 1 && !stack.isEmpty()
        && stack.get(stack.size() - 1) == Null.INSTANCE) {
      calledWithNull.add(methodKey(invoke.getReferenceType(cpg).toString(),
          invoke.getMethodName(cpg), invoke.getSignature(cpg)));
    }
    if (!(instruction instanceof InvokeInstruction invoke) || invoke instanceof INVOKESTATIC
        || invoke instanceof INVOKEDYNAMIC) {
      return;
    }
    Operation operation =
        ThreadLocalApis.byDescriptor(invoke.getMethodName(cpg), invoke.getSignature(cpg));
    if (operation == null || !isThreadLocalClass.test(invoke.getReferenceType(cpg).toString())) {
      return;
    }
    int receiverIndex = stack.size() - 1 - operation.parameterCount();
    if (receiverIndex < 0) {
      return;
    }
    Value receiver = stack.get(receiverIndex);
    Argument argument = Argument.OTHER;
    boolean givenTheParameter = false;
    boolean givenNewEmpty = false;
    if (operation == Operation.SET) {
      Value given = stack.get(stack.size() - 1);
      givenTheParameter = given == Parameter.INSTANCE;
      givenNewEmpty = given instanceof Created c && c.empty();
      argument = given == Null.INSTANCE ? Argument.NULL
          : receiver instanceof Static s && given instanceof Previous p
              && p.field().equals(s.field()) ? Argument.PREVIOUS_VALUE
          : Argument.OTHER;
    }
    if (receiver instanceof Static s && isThreadLocalSignature(s.field().signature())) {
      sites.add(new Site(node, s.field(), null, operation, argument, givenTheParameter,
          givenNewEmpty));
    } else if (receiver instanceof Accessor a) {
      sites.add(new Site(node, null, a.owner(), operation, argument, givenTheParameter,
          givenNewEmpty));
    }
  }

  /** Where what a {@code get()} returned goes: a call on it, or somewhere it can be added to. */
  private void recordValueUses(int node, Instruction instruction, List<Value> stack) {
    if (instruction instanceof ASTORE || instruction instanceof DUP
        || instruction instanceof CHECKCAST || instruction instanceof POP
        || instruction instanceof IfInstruction) {
      return; // kept in a local (followed), compared, or dropped
    }
    int consumed = instruction.consumeStack(cpg);
    int receiver = -1;
    if (instruction instanceof InvokeInstruction invoke && !(invoke instanceof INVOKESTATIC)
        && !(invoke instanceof INVOKEDYNAMIC)) {
      receiver = stack.size() - consumed;
      FieldRef held = receiver >= 0 ? heldField(stack.get(receiver)) : null;
      if (held != null) {
        collectionUses.add(new CollectionUse(node, held,
            CollectionApis.effectOf(invoke.getMethodName(cpg))));
      }
    }
    for (int i = Math.max(0, stack.size() - consumed); i < stack.size(); i++) {
      FieldRef held = heldField(stack.get(i));
      if (i != receiver && held != null) {
        handedOn.add(held);
      }
    }
  }

  /** The thread-local whose value {@code value} is ({@link Previous} or {@link Current}), else null. */
  private static FieldRef heldField(Value value) {
    return value instanceof Previous p ? p.field() : value instanceof Current c ? c.field() : null;
  }

  private boolean isThreadLocalSignature(String signature) {
    return signature.startsWith("L") && signature.endsWith(";")
        && isThreadLocalClass.test(signature.substring(1, signature.length() - 1).replace('/', '.'));
  }

  private static FieldRef fieldRef(String className, String name, String signature) {
    return new FieldRef(className, name, signature);
  }

  private static void pop(Deque<Value> stack, int words) {
    for (int i = 0; i < words; i++) {
      stack.removeLast();
    }
  }
}
