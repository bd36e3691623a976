package dev.leakproof.spotbugs.bytecode;

import dev.leakproof.checks.knowledge.ResourceApis;
import dev.leakproof.checks.model.resource.ResourceFactories;
import dev.leakproof.checks.model.resource.ResourceFactories.Returned;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.GETSTATIC;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;

/**
 * What each {@code areturn} of a method hands back, as {@link ResourceFactories} asks it: {@code
 * null}, a resource the method acquired on that path, or anything else. The bytecode form of the
 * source engines' reading of a method's {@code return} statements and of the locals they return:
 * a small abstract interpretation to a fixpoint in which every stack word and local slot is
 * {@code null}, fresh, a {@code new} object not yet constructed, or other. Two values meeting at a
 * merge join as {@link ResourceFactories#either} joins the branches of a {@code ?:} ({@code null}
 * and fresh are fresh; anything with other is other), so a local assigned {@code null} on one
 * path and a fresh stream on another is fresh, as the source engines read "every assignment is a
 * fresh resource or null". An exception handler starts with every local other: what a {@code
 * catch} returns from a local is not known to be fresh.
 */
public final class ReturnedValues {
  private static final int OTHER = 0;
  private static final int NULL = -1;
  private static final int FRESH = -2;
  private static final int NOT_OWNED = -3;

  /** Which instructions make a fresh resource: the caller's knowledge of the APIs. */
  public interface Origins {
    /** The constructor opens a resource of its own ({@code new FileInputStream(f)}). */
    boolean opens(INVOKESPECIAL init);

    /** The constructor takes its first argument over ({@code new BufferedInputStream(in)}). */
    default boolean wraps(INVOKESPECIAL init) {
      return false;
    }

    /** The call returns a resource its caller owns (a known or own factory). */
    default boolean acquires(InvokeInstruction call) {
      return false;
    }

    /** The static call returns a wrapper owning its first argument ({@code Channels.newReader}). */
    default boolean wrapsViaFactory(InvokeInstruction call) {
      return false;
    }

    /**
     * The call, given arguments of these kinds (in order; {@link Returned#NOT_OWNED} for a
     * standard stream), returns nothing its caller owns ({@link
     * ResourceFactories#returnsNothingOwned}): an application method read with them.
     */
    default boolean returnsNothingOwned(InvokeInstruction call, List<Returned> arguments) {
      return false;
    }
  }

  private final InstructionGraph graph;
  private final ConstantPoolGen cpg;
  private final Origins origins;
  private final WordStack[] stacks;
  private final int[][] locals;
  private final int maxLocals;

  private ReturnedValues(InstructionGraph graph, ConstantPoolGen cpg, Origins origins,
      int maxLocals) {
    this.graph = graph;
    this.cpg = cpg;
    this.origins = origins;
    this.stacks = new WordStack[graph.size()];
    this.locals = new int[graph.size()][];
    this.maxLocals = maxLocals;
  }

  /** What each reachable {@code areturn} of the method returns, in no particular order. */
  public static List<Returned> of(InstructionGraph graph, ConstantPoolGen cpg, Origins origins,
      int maxLocals) {
    return of(graph, cpg, origins, maxLocals, new BitSet());
  }

  /**
   * What each reachable {@code areturn} returns when the parameter slots set in {@code
   * notOwnedSlots} hold a stream nobody owns on entry (a caller's {@code System.out}).
   */
  public static List<Returned> of(InstructionGraph graph, ConstantPoolGen cpg, Origins origins,
      int maxLocals, BitSet notOwnedSlots) {
    ReturnedValues analysis = new ReturnedValues(graph, cpg, origins, maxLocals);
    analysis.solve(notOwnedSlots);
    List<Returned> returns = new ArrayList<>();
    for (int node = 0; node < graph.size(); node++) {
      if (graph.instruction(node) instanceof ARETURN && analysis.stacks[node] != null) {
        returns.add(returned(analysis.stacks[node].peek(0)));
      }
    }
    return returns;
  }

  private void solve(BitSet notOwnedSlots) {
    Deque<Integer> work = new ArrayDeque<>();
    stacks[0] = new WordStack();
    locals[0] = new int[maxLocals];
    notOwnedSlots.stream().filter(slot -> slot < maxLocals)
        .forEach(slot -> locals[0][slot] = NOT_OWNED);
    work.add(0);
    while (!work.isEmpty()) {
      int node = work.poll();
      WordStack stack = stacks[node].copy();
      int[] slots = locals[node].clone();
      for (int handler : graph.exceptionSuccessors(node)) {
        if (mergeInto(handler, WordStack.of(OTHER), new int[maxLocals])) {
          work.add(handler);
        }
      }
      transfer(node, stack, slots);
      for (int next : graph.normalSuccessors(node)) {
        if (mergeInto(next, stack, slots)) {
          work.add(next);
        }
      }
    }
  }

  private void transfer(int node, WordStack stack, int[] slots) {
    Instruction ins = graph.instruction(node);
    if (ins instanceof ACONST_NULL) {
      stack.push(NULL);
    } else if (ins instanceof NEW) {
      stack.push(UninitializedObjects.marker(node));
    } else if (ins instanceof GETSTATIC field
        && ResourceApis.isStandardStream(field.getClassName(cpg), field.getFieldName(cpg))) {
      stack.push(NOT_OWNED); // System.out
    } else if (ins instanceof ALOAD load) {
      stack.push(slots[load.getIndex()]);
    } else if (ins instanceof ASTORE store) {
      slots[store.getIndex()] = stack.pop();
    } else if (ins instanceof StoreInstruction store) {
      UninitializedObjects.generic(ins, stack, cpg);
      slots[store.getIndex()] = OTHER;
      if (store.getType(cpg).getSize() == 2) {
        slots[store.getIndex() + 1] = OTHER;
      }
    } else if (ins instanceof IINC) {
      return; // an int local: nothing tracked
    } else if (ins instanceof CHECKCAST) {
      return; // same object, same word
    } else if (ins instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals("<init>")) {
      int consumed = init.consumeStack(cpg);
      int receiver = stack.peek(consumed - 1);
      int firstArgument = consumed >= 2 ? stack.peek(consumed - 2) : OTHER;
      for (int i = 0; i < consumed; i++) {
        stack.pop();
      }
      if (receiver > 0) {
        boolean opens = origins.opens(init);
        int made = opens || firstArgument == FRESH && origins.wraps(init) ? FRESH
            : !opens && ResourceFactories.wrapperOf(returned(firstArgument)) == Returned.NOT_OWNED
                ? NOT_OWNED : OTHER;
        stack.replaceAll(receiver, made);
        for (int slot = 0; slot < slots.length; slot++) {
          if (slots[slot] == receiver) {
            slots[slot] = made;
          }
        }
      }
    } else if (ins instanceof InvokeInstruction call && !(ins instanceof INVOKEDYNAMIC)) {
      int consumed = call.consumeStack(cpg);
      boolean freshFirstArgument = call instanceof INVOKESTATIC && consumed >= 1
          && stack.peek(consumed - 1) == FRESH;
      List<Returned> arguments = arguments(call, stack);
      for (int i = 0; i < consumed; i++) {
        stack.pop();
      }
      int produced = call.produceStack(cpg);
      if (produced == 1) {
        stack.push(origins.acquires(call)
            || freshFirstArgument && origins.wrapsViaFactory(call) ? FRESH
            : origins.returnsNothingOwned(call, arguments) ? NOT_OWNED : OTHER);
      } else {
        stack.pushAll(OTHER, produced);
      }
    } else if (!stack.shuffle(ins)) {
      UninitializedObjects.generic(ins, stack, cpg);
    }
  }

  /** The kinds of the arguments {@code call} is about to take from {@code stack}, in order. */
  private List<Returned> arguments(InvokeInstruction call, WordStack stack) {
    Type[] types = call.getArgumentTypes(cpg);
    Returned[] kinds = new Returned[types.length];
    for (int i = 0; i < types.length; i++) {
      kinds[i] = returned(stack.peek(StackShuffles.wordsAfter(types, i)));
    }
    return List.of(kinds);
  }

  private boolean mergeInto(int node, WordStack stack, int[] slots) {
    if (stacks[node] == null) {
      stacks[node] = stack.copy();
      locals[node] = slots.clone();
      return true;
    }
    boolean changed = stacks[node].join(stack, ReturnedValues::join);
    int[] mergedSlots = locals[node];
    for (int slot = 0; slot < mergedSlots.length; slot++) {
      int value = join(mergedSlots[slot], slots[slot]);
      changed |= value != mergedSlots[slot];
      mergedSlots[slot] = value;
    }
    return changed;
  }

  /** Two values meeting at a merge, joined as {@link ResourceFactories#either} joins them. */
  private static int join(int a, int b) {
    if (a == b) {
      return a;
    }
    return switch (ResourceFactories.either(returned(a), returned(b))) {
      case NULL -> NULL;
      case FRESH_RESOURCE -> FRESH;
      case NOT_OWNED -> NOT_OWNED;
      case OTHER -> OTHER;
    };
  }

  private static Returned returned(int value) {
    return value == NULL ? Returned.NULL
        : value == FRESH ? Returned.FRESH_RESOURCE
        : value == NOT_OWNED ? Returned.NOT_OWNED : Returned.OTHER;
  }
}
