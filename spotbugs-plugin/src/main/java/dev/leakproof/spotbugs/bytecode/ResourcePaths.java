package dev.leakproof.spotbugs.bytecode;

import static dev.leakproof.spotbugs.bytecode.TrackedValue.CHILD;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.DERIVED;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.FALSE;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.NULL;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.PARENT;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.RESOURCE;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.TIED;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.TRUE;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.UNINITIALIZED;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.UNKNOWN;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.VIEW;
import static dev.leakproof.spotbugs.bytecode.TrackedValue.at;

import dev.leakproof.checks.model.resource.CalleeSummary;
import dev.leakproof.checks.model.resource.CalleeSummary.DerivedValueUse;
import dev.leakproof.checks.model.resource.CheckedThrow;
import dev.leakproof.checks.model.resource.PathFact;
import dev.leakproof.checks.model.resource.PathFacts;
import dev.leakproof.checks.model.resource.SourceSyntax;
import dev.leakproof.checks.model.resource.UnclosedResourceModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.bcel.generic.AASTORE;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.ASTORE;
import org.apache.bcel.generic.ATHROW;
import org.apache.bcel.generic.CHECKCAST;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.IFEQ;
import org.apache.bcel.generic.IFNE;
import org.apache.bcel.generic.IFNONNULL;
import org.apache.bcel.generic.IINC;
import org.apache.bcel.generic.ILOAD;
import org.apache.bcel.generic.ISTORE;
import org.apache.bcel.generic.IFNULL;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.INVOKESTATIC;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.IF_ACMPEQ;
import org.apache.bcel.generic.IF_ACMPNE;
import org.apache.bcel.generic.INSTANCEOF;
import org.apache.bcel.generic.IfInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.MONITORENTER;
import org.apache.bcel.generic.MONITOREXIT;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.POP;
import org.apache.bcel.generic.StackInstruction;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.PUTFIELD;
import org.apache.bcel.generic.PUTSTATIC;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.StoreInstruction;
import org.apache.bcel.generic.Type;

/**
 * Follows one acquired resource along every path of a method, from the instruction that acquires
 * it to each way out, and tells which paths leave it open.
 *
 * <p>The state of a path is where the resource's reference sits (which stack words, which local
 * variables, any alias such as a wrapper or a view: each word a {@link TrackedValue}) and how the
 * path got here. What the paths found is a {@link PathFacts} ({@link Outcome}), judged as every
 * engine's walk is ({@code UnclosedResourceModel.judgeWalk}). A path ends when
 * the resource is <em>closed</em> ({@code close()} on it or an alias, or a quiet-close helper),
 * when ownership <em>leaves</em> (returned, stored in a field or an array, captured by a lambda,
 * passed to any method or constructor but a known wrapper), or when it <em>leaks</em>: the method
 * returns or throws with the resource open, or its last reference is dropped.
 *
 * <p>Paths are told apart, not merged, which is what keeps try-with-resources and {@code finally}
 * silent: a null check of the resource takes only its non-null branch (it was just created), an
 * exception edge leaves from a call with the resource as it was before that call, except that a
 * call which closes or takes the resource ends the path there (a throwing {@code close()} still
 * closed it). Only calls and {@code athrow} are taken to throw; an exception goes to the covering
 * handlers up to the first catch-all, and leaves the method when no handler covers the
 * instruction. A call that throws while an earlier exception is being handled, or a quiet-close
 * helper, is not followed (possible, but not what a finding should be about). A resource
 * obtained from a parent that is a local of this method ({@code statement.executeQuery()}) does
 * not leak while the path still holds the parent, whose close closes it.
 *
 * <p>When there are too many paths to follow, the analysis gives up and says so.
 */
public final class ResourcePaths {
  /** States followed per acquisition before giving up. */
  static final int STATE_LIMIT = 20_000;

  /** What the analysis needs to know about calls; the detector fills it from the knowledge. */
  public interface CallModel {
    /** {@code call}, on the resource as receiver, releases it ({@code close()}). */
    boolean closesReceiver(InvokeInstruction call);

    /** {@code call}, given the resource as an argument, closes it ({@code closeQuietly}). */
    boolean closesArgument(InvokeInstruction call);

    /**
     * {@code call} uses the resources passed to it and leaves them open ({@code props.load(in)}):
     * no hand-over.
     */
    boolean borrowsArguments(InvokeInstruction call);

    /**
     * What the called method, when its body can be read ({@code ParameterSummaries}), does with
     * the resource it gets as argument {@code argument} (0 is the first after the receiver):
     * {@link CalleeSummary#takes takes} it, leaves it with the caller ({@link
     * CalleeSummary#BORROWS}, {@link CalleeSummary#CLOSES_ON_SOME_EXITS}), or {@link
     * CalleeSummary#UNKNOWN}, and the other answers decide.
     *
     * @param resultUsedAtOnce the call's value is only the receiver of the next call, or dropped
     *     ({@code send(socket, ..).flush()}): a callee that gives its argument away only in a
     *     view it returns then borrows it ({@link CalleeSummary#ofBody})
     */
    CalleeSummary argumentUse(InvokeInstruction call, int argument, boolean resultUsedAtOnce);

    /** The constructor takes ownership of its first argument: the new object is the resource. */
    boolean wrapsArgument(INVOKESPECIAL init);

    /**
     * {@code use}, the one call made on a holder just built on the resource, in the same
     * expression ({@code new StreamTokenizer(reader).nextToken()}), borrows what the holder was
     * given: nothing refers to the holder after it ({@code UnreadableCallModel}'s holder used
     * once).
     */
    boolean holderUsedOnceBorrows(InvokeInstruction use);

    /**
     * The constructor, given the resource as its first argument, may fail and leave it with the
     * caller ({@code UnclosedResourceModel.wrapperMayFail}: {@code new GZIPInputStream(in)}).
     *
     * @param charsetNamedByConstant its last argument is a constant string ({@code "UTF-8"})
     */
    boolean wrapperMayFail(INVOKESPECIAL init, boolean charsetNamedByConstant);

    /** The static factory returns a wrapper owning its first argument ({@code Channels.newReader}). */
    boolean wrapsViaFactory(InvokeInstruction call);

    /** The call opens a new resource of its own ({@code connection.createStatement()}). */
    boolean acquires(InvokeInstruction call);

    /**
     * Called on the resource, the result is a view that carries the resource along ({@code
     * statement.getResultSet()}): whoever receives the view can close the resource.
     */
    boolean derivesOwningView(InvokeInstruction call);

    /**
     * Whether the called method's (or constructor's) throws clause names a checked exception it
     * may raise ({@code UnclosedResourceModel.neverRaised}: given a constant charset name, not
     * {@code UnsupportedEncodingException}); unknown when the class path lacks the callee.
     */
    CheckedThrow declaresCheckedException(InvokeInstruction call, boolean lastArgumentConstant);

    /** The call is known never to throw ({@code ResourceApis.cannotThrow}: string building). */
    boolean cannotThrow(InvokeInstruction call);

    /** {@code get} reads a final boolean instance field, which keeps its value on every path. */
    boolean readsFinalFlag(GETFIELD get);

    /**
     * Called on the resource, the result may be the resource itself or a view whose
     * {@code close()} closes it ({@code stream.filter(..)}, {@code socket.getOutputStream()}).
     */
    boolean resultMayBeAlias(InvokeInstruction call);

    /**
     * For a call on the resource whose result {@link #resultMayBeAlias may be an alias}: whether
     * closing that result closes the resource (it is the resource, of a supertype, or {@code
     * ClosingResults} says so); otherwise the result is {@link TrackedValue#TIED} to it.
     */
    boolean resultClosesReceiver(InvokeInstruction call);

    /**
     * Whether the method {@code call} calls, when its body can be read, closes its argument
     * {@code argument} on every path or only uses it and leaves it open: given a {@link
     * TrackedValue#TIED} value, it neither closes the resource nor keeps the value past the call.
     */
    boolean closesOrBorrows(InvokeInstruction call, int argument);
  }

  /**
   * One acquisition.
   *
   * @param node the instruction that acquires: the constructor call or the factory call
   * @param anchorNode the instruction findings point at (the {@code new}, or the factory call)
   * @param parentLocal the local holding the factory's receiver, or -1
   * @param parentOwnedHere the parent is a local of this method, not a parameter: while a path
   *     still holds it, the parent's own finding (or its close) speaks for the resource
   */
  public record Site(int node, int anchorNode, int parentLocal, boolean parentOwnedHere) {}

  /**
   * A path on which the resource leaks.
   *
   * @param anchorNode where to report: the acquiring {@code new} or call, or the outermost wrapper
   * @param throwingCall the call whose exception started the path ({@code read()},
   *     {@code new FileInputStream(..)}), or {@code null}
   *     when the path is a normal one (a return, a branch, a {@code throw} statement)
   */
  public record Leak(int anchorNode, String throwingCall) {
    /** Whether no exception started the path: a {@link PathFact#LEAKS_ON_NORMAL_PATH}. */
    public boolean normal() {
      return throwingCall == null;
    }
  }

  /**
   * What is known about the calls a {@link Leak#throwingCall()} names (several calls may share a
   * name): the first instruction, whether one declares a checked exception, whether one is
   * called on the resource itself.
   */
  public record Thrower(int firstNode, CheckedThrow declaresCheckedException, boolean onResource) {
    Thrower merge(Thrower other) {
      return new Thrower(Math.min(firstNode, other.firstNode),
          declaresCheckedException.or(other.declaresCheckedException),
          onResource || other.onResource);
    }
  }

  /**
   * What the paths of one acquisition do: the {@link PathFact}s the walk found, with what only
   * the bytecode walk needs besides.
   *
   * @param facts {@link PathFact#LEAKS_ON_NORMAL_PATH} (a leak no exception started: a return,
   *     an {@code athrow}, a dropped last reference) and {@link PathFact#LEAKS_ON_EXCEPTION} over
   *     all anchors, {@link PathFact#CLOSED_ON_NORMAL_PATH}, {@link PathFact#CLOSED_SOMEWHERE},
   *     {@link PathFact#HANDED_OVER_SOMEWHERE} (the resource itself: returned, stored, passed to
   *     a method; only exceptions before that are judged), {@link PathFact#VIEW_DERIVED} (an
   *     {@linkplain CallModel#derivesOwningView owning view}) and {@link PathFact#VIEW_HANDED_ON}
   *     (such a view, or a resource obtained from the resource)
   * @param leaks the leaking paths (one per distinct anchor and call)
   * @param closedOnFailure the calls whose exception starts a path that closes the resource or
   *     hands it over (a {@code catch}, the exceptional copy of a {@code finally}), named as
   *     {@link Leak#throwingCall()} names them: such a close covers those calls' failures only
   * @param throwers the calls each {@link Leak#throwingCall()} names
   * @param firstStores per anchor, the first {@code astore} of the resource into a local (the
   *     variable a finding names)
   * @param failingWrappers the {@link Leak#throwingCall()}s that are a wrapper's constructor
   *     failing with the resource as its argument ({@code new GZIPInputStream(…)})
   * @param partialCloser the first call given the resource whose body closes it on some exits
   *     only ({@link CalleeSummary#CLOSES_ON_SOME_EXITS}), as a finding names it, or null
   */
  public record Outcome(PathFacts facts, List<Leak> leaks, Set<String> closedOnFailure,
      Map<String, Thrower> throwers, Map<Integer, Integer> firstStores,
      Set<String> failingWrappers, String partialCloser) {
    /** There were too many paths to follow: nothing is known. */
    static final Outcome UNDECIDED = new Outcome(PathFacts.NONE, List.of(), Set.of(), Map.of(),
        Map.of(), Set.of(), null);

    /** Whether the walk followed every path ({@link #UNDECIDED} did not). */
    public boolean decided() {
      return this != UNDECIDED;
    }

    public boolean has(PathFact fact) {
      return facts.has(fact);
    }
  }

  private record State(int node, WordStack stack, int[] locals, int anchor, String throwing) {
    @Override
    public boolean equals(Object o) {
      return o instanceof State s && node == s.node && anchor == s.anchor
          && Objects.equals(throwing, s.throwing) && stack.equals(s.stack)
          && Arrays.equals(locals, s.locals);
    }

    @Override
    public int hashCode() {
      return Objects.hash(node, anchor, throwing, stack, Arrays.hashCode(locals));
    }

    /**
     * Whether the path can still close the resource: it holds a reference to it, or to the
     * parent whose {@code close()} closes it too.
     */
    boolean holdsResource() {
      return holds(RESOURCE) || holds(PARENT) || holds(VIEW);
    }

    boolean holds(TrackedValue value) {
      if (stack.contains(value.word())) {
        return true;
      }
      for (int local : locals) {
        if (local == value.word()) {
          return true;
        }
      }
      return false;
    }
  }

  /** What one instruction does to the resource on one path. */
  private enum Effect { CONTINUES, CLOSES, TAKES, LEAKS }

  private final InstructionGraph graph;
  private final ConstantPoolGen cpg;
  private final CallModel calls;
  private final Set<State> seen = new HashSet<>();
  private final Deque<State> work = new ArrayDeque<>();
  private final Set<Leak> leaks = new java.util.LinkedHashSet<>();
  /** What the paths followed so far found ({@link Outcome#facts}, leaks aside). */
  private final Set<PathFact> found = EnumSet.noneOf(PathFact.class);
  private final Set<String> closedOnFailure = new HashSet<>();
  private boolean parentOwnedHere;
  /** Following a parameter: values derived from it are marked {@link TrackedValue#DERIVED}. */
  private boolean parameterWalk;
  /**
   * A {@link #returnsOnlyAView view walk}: closeable views of the parameter are {@link
   * TrackedValue#VIEW}.
   */
  private boolean viewWalk;
  /** Some path returns a {@link TrackedValue#VIEW}. */
  private boolean viewReturned;
  /**
   * Some path does anything with a {@link TrackedValue#VIEW} but read it, keep it in a local or
   * return it.
   */
  private boolean viewLeftOtherwise;
  private String partialCloser;
  private final Map<String, Thrower> throwers = new HashMap<>();
  private final Map<Integer, Integer> firstStores = new HashMap<>();
  private final Set<String> failingWrappers = new HashSet<>();
  private final Map<CallSite, Boolean> handOvers = new HashMap<>();
  /** Where the acquisition is reported: a failing wrapper leaks it there, not at a wrapper of it. */
  private int siteAnchor;
  /** The first local past the method's own: where the tested final flags are kept. */
  private int flagBase;
  private final Map<String, Integer> flags = new HashMap<>();

  private ResourcePaths(InstructionGraph graph, ConstantPoolGen cpg, CallModel calls) {
    this.graph = graph;
    this.cpg = cpg;
    this.calls = calls;
  }

  /**
   * Follows the resource acquired at {@code site}.
   *
   * @param stackAtSite the operand stack on entry to the acquiring instruction, uninitialised
   *     objects marked ({@link UninitializedObjects})
   */
  public static Outcome follow(InstructionGraph graph, ConstantPoolGen cpg, CallModel calls,
      Site site, WordStack stackAtSite, int maxLocals) {
    ResourcePaths paths = new ResourcePaths(graph, cpg, calls);
    return paths.run(site, stackAtSite, maxLocals);
  }

  /**
   * Follows the value parameter {@code slot} holds on entry as the resource, from the method's
   * first instruction: what the method does with a resource its caller passes in.
   */
  public static Outcome followParameter(InstructionGraph graph, ConstantPoolGen cpg,
      CallModel calls, int slot, int maxLocals) {
    return parameterPaths(graph, cpg, calls, slot, maxLocals, false).walk();
  }

  /**
   * Whether every way the parameter {@code slot} holds leaves the method is a closeable view of
   * it that the method returns, and it is never closed ({@code OutputStream out =
   * socket.getOutputStream(); out.write(..); return out;}): the fact {@link
   * CalleeSummary#ofBody}
   * asks as {@code leavesOnlyAsReturnedView}. Such a view is followed apart from the parameter:
   * returned, kept in a local or a call's receiver only; anything else (stored, passed on,
   * wrapped, closed, or a view of the view made) is a way out of its own.
   */
  public static boolean returnsOnlyAView(InstructionGraph graph, ConstantPoolGen cpg,
      CallModel calls, int slot, int maxLocals) {
    ResourcePaths paths = parameterPaths(graph, cpg, calls, slot, maxLocals, true);
    Outcome outcome = paths.walk();
    return outcome.decided() && paths.viewReturned && !paths.viewLeftOtherwise
        && !outcome.has(PathFact.HANDED_OVER_SOMEWHERE) && !outcome.has(PathFact.CLOSED_SOMEWHERE);
  }

  private static ResourcePaths parameterPaths(InstructionGraph graph, ConstantPoolGen cpg,
      CallModel calls, int slot, int maxLocals, boolean viewWalk) {
    ResourcePaths paths = new ResourcePaths(graph, cpg, calls);
    paths.flagBase = maxLocals;
    paths.parameterWalk = true;
    paths.viewWalk = viewWalk;
    int[] locals = new int[maxLocals + TrackedValue.FLAG_SLOTS];
    locals[slot] = RESOURCE.word();
    paths.enqueue(new State(0, new WordStack(), locals, 0, null));
    return paths;
  }

  private Outcome run(Site site, WordStack stack, int maxLocals) {
    parentOwnedHere = site.parentOwnedHere();
    siteAnchor = site.anchorNode();
    InvokeInstruction acquiring = (InvokeInstruction) graph.instruction(site.node());
    int consumed = acquiring.consumeStack(cpg);
    // a constructor makes the object under its arguments; any other call (a private factory's
    // invokespecial too) pushes what it returns
    boolean constructs = acquiring instanceof INVOKESPECIAL
        && acquiring.getMethodName(cpg).equals("<init>");
    int receiver = constructs ? stack.peek(consumed - 1) : 0;
    for (int i = 0; i < consumed; i++) {
      stack.pop();
    }
    if (constructs) {
      stack.replaceAll(receiver, RESOURCE.word());
    } else {
      stack.push(RESOURCE.word());
    }
    flagBase = maxLocals;
    int[] locals = new int[maxLocals + TrackedValue.FLAG_SLOTS];
    if (site.parentLocal() >= 0 && site.parentLocal() < maxLocals) {
      locals[site.parentLocal()] = PARENT.word();
    }
    State start = new State(site.node(), stack, locals, site.anchorNode(), null);
    if (!start.holdsResource()) {
      leak(start, start.anchor(), null); // new X(..); as a statement: dropped at once
    } else {
      for (int next : graph.normalSuccessors(site.node())) {
        enqueue(new State(next, stack.copy(), locals.clone(), site.anchorNode(), null));
      }
    }
    return walk();
  }

  private Outcome walk() {
    int steps = 0;
    while (!work.isEmpty()) {
      if (++steps > STATE_LIMIT) {
        return Outcome.UNDECIDED;
      }
      step(work.poll());
    }
    PathFacts facts = PathFacts.of(found)
        .with(PathFact.LEAKS_ON_NORMAL_PATH, leaks.stream().anyMatch(Leak::normal))
        .with(PathFact.LEAKS_ON_EXCEPTION, leaks.stream().anyMatch(leak -> !leak.normal()));
    return new Outcome(facts, new ArrayList<>(leaks), Set.copyOf(closedOnFailure),
        Map.copyOf(throwers), Map.copyOf(firstStores), Set.copyOf(failingWrappers),
        partialCloser);
  }

  private void enqueue(State state) {
    if (seen.add(state)) {
      work.add(state);
    }
  }

  private void step(State state) {
    Instruction ins = graph.instruction(state.node());
    if (ins instanceof InvokeInstruction || ins instanceof ATHROW) {
      exceptionalExit(state, ins);
    }
    WordStack stack = state.stack().copy();
    int[] locals = state.locals().clone();
    int[] anchor = {state.anchor()};
    Effect effect = transfer(state.node(), ins, stack, locals, anchor);
    switch (effect) {
      case CLOSES -> {
        if (state.throwing() == null) {
          found.add(PathFact.CLOSED_ON_NORMAL_PATH);
        }
        closedOnFailure(state);
        found.add(PathFact.CLOSED_SOMEWHERE);
      }
      case TAKES -> {
        found.add(PathFact.HANDED_OVER_SOMEWHERE);
        closedOnFailure(state); // closeSockets(socket) in a catch
      }
      case LEAKS -> leak(state, anchor[0], state.throwing());
      case CONTINUES -> {
        State after = new State(state.node(), stack, locals, anchor[0], state.throwing());
        if (!after.holdsResource()) {
          leak(after, anchor[0], state.throwing());
          return;
        }
        int flag = testedFlag(state, ins);
        for (int next : successors(state, ins)) {
          int[] nextLocals = locals.clone();
          if (flag >= 0) { // ifeq jumps when the field is false, ifne when it is true
            boolean jumped = next != state.node() + 1;
            nextLocals[flagBase + flag] = ((ins instanceof IFNE) == jumped ? TRUE : FALSE).word();
          }
          enqueue(new State(next, stack.copy(), nextLocals, anchor[0], state.throwing()));
        }
      }
    }
  }

  /** The final flag {@code ins} (an {@code ifeq}/{@code ifne}) tests first on the path, or -1. */
  private static int testedFlag(State before, Instruction ins) {
    if (!(ins instanceof IFEQ || ins instanceof IFNE)) {
      return -1;
    }
    return TrackedValue.flagIndex(before.stack().peek(0));
  }

  /**
   * The value {@code this.get} pushes when it reads a final flag of the object: its value when
   * the path tested it already, else the flag's marker; 0 (unknown) for any other field.
   */
  private int flagValue(GETFIELD get, int[] locals) {
    if (!calls.readsFinalFlag(get)) {
      return 0;
    }
    Integer flag = flags.get(get.getFieldName(cpg));
    if (flag == null) {
      if (flags.size() >= TrackedValue.FLAG_SLOTS) {
        return 0;
      }
      flag = flags.size();
      flags.put(get.getFieldName(cpg), flag);
    }
    int known = locals[flagBase + flag];
    return TrackedValue.of(known).isKnownFlag() ? known : TrackedValue.untestedFlag(flag);
  }

  /** A close or hand-over on {@code state}'s path: one an exception started covers that call. */
  private void closedOnFailure(State state) {
    if (state.throwing() != null) {
      closedOnFailure.add(state.throwing());
    }
  }

  private void leak(State state, int anchor, String throwing) {
    if (parentOwnedHere && state.holds(PARENT)) {
      return; // the parent's path decides: closing it closes this resource too
    }
    leaks.add(new Leak(anchor, throwing));
  }

  /**
   * Normal successors; a null check of the resource takes only its non-null branch, a test of a
   * known flag only the branch the flag decides. For a resource the method acquired, the null
   * branch cannot run; for a {@linkplain #followParameter parameter}, it is the branch where the
   * caller passed nothing to close ({@code if (null != ac) ac.close()}), so whatever it does
   * leaves no resource open: the caller's resource, which exists, never takes it.
   */
  private List<Integer> successors(State before, Instruction ins) {
    List<Integer> all = graph.normalSuccessors(before.node());
    Boolean jumps = null;
    if (ins instanceof IFNULL || ins instanceof IFNONNULL) {
      // The parent cannot be null either: the resource was obtained by calling it.
      if (nonNull(at(before.stack(), 0))) {
        jumps = ins instanceof IFNONNULL;
      }
    } else if (ins instanceof IF_ACMPEQ || ins instanceof IF_ACMPNE) {
      TrackedValue top = at(before.stack(), 0);
      TrackedValue below = at(before.stack(), 1);
      if (nonNull(top) && below == NULL || top == NULL && nonNull(below)) {
        jumps = ins instanceof IF_ACMPNE; // null != in, null == in: never the same reference
      }
    } else if (ins instanceof IFEQ || ins instanceof IFNE) {
      TrackedValue top = at(before.stack(), 0);
      if (top.isKnownFlag()) {
        jumps = (top == FALSE) == (ins instanceof IFEQ);
      }
    }
    if (jumps == null) {
      return all;
    }
    int fallThrough = before.node() + 1;
    for (int next : all) {
      if ((next != fallThrough) == jumps) {
        return List.of(next);
      }
    }
    return all; // both edges lead to the same place
  }

  /** Whether a path holding {@code value} knows it is not null: the resource or its parent. */
  private static boolean nonNull(TrackedValue value) {
    return value == RESOURCE || value == PARENT;
  }

  /**
   * The paths an exception thrown by {@code ins} opens: to each handler covering it, or out of
   * the method. A call that closes or takes the resource ends the path (it did so before it threw,
   * or the callee owns the failure).
   */
  private void exceptionalExit(State state, Instruction ins) {
    Effect effect = transfer(state.node(), ins, state.stack().copy(), state.locals().clone(),
        new int[] {0});
    boolean wrapperFails = wrapperMayFail(state, ins);
    if (effect == Effect.CLOSES
        || (effect == Effect.TAKES || passesResource(state, ins)) && !wrapperFails) {
      return;
    }
    if (ins instanceof InvokeInstruction call && (state.throwing() != null
        || calls.closesArgument(call) || calls.cannotThrow(call)
        || isClosedQuery(call) && onResource(state, call))) {
      // A second exception while one is handled (a log call in a catch block), a quiet-close
      // helper or the resource's isClosed() that throws: possible, but not what a finding should
      // be about.
      return;
    }
    String throwing = state.throwing();
    if (throwing == null && ins instanceof InvokeInstruction call) {
      throwing = describe(call);
      throwers.merge(throwing, new Thrower(state.node(), calls.declaresCheckedException(call,
          ConstantLastArgument.of(graph, state.node(), cpg)),
          onResource(state, call)), Thrower::merge);
      if (wrapperFails) {
        failingWrappers.add(throwing);
      }
    }
    int anchor = wrapperFails ? siteAnchor : state.anchor();
    State caught = new State(state.node(), WordStack.of(UNKNOWN.word()), state.locals(), anchor,
        throwing);
    if (!caught.holdsResource()) {
      leak(caught, anchor, throwing);
      return;
    }
    List<Integer> handlers = graph.exceptionSuccessors(state.node());
    if (handlers.isEmpty()) {
      leak(caught, anchor, throwing);
    }
    for (int handler : handlers) {
      enqueue(new State(handler, caught.stack().copy(), caught.locals().clone(), anchor, throwing));
    }
  }

  private Effect transfer(int node, Instruction ins, WordStack stack, int[] locals, int[] anchor) {
    if (viewWalk) {
      noteViewUse(ins, stack);
    }
    if (ins instanceof ReturnInstruction) {
      TrackedValue returned = ins instanceof ARETURN ? at(stack, 0) : UNKNOWN;
      if (returned == CHILD || returned == TIED
          || returned == DERIVED && CalleeSummary.keptThrough(DerivedValueUse.RETURNED, null)) {
        return handOnView();
      }
      return returned == RESOURCE ? Effect.TAKES : Effect.LEAKS;
    }
    if (ins instanceof ATHROW) {
      return Effect.CONTINUES; // no normal successor; the exception path is followed separately
    }
    if (ins instanceof ALOAD load) {
      stack.push(locals[load.getIndex()]);
    } else if (ins instanceof GETFIELD get && node > 0
        && graph.instruction(node - 1) instanceof ALOAD self && self.getIndex() == 0
        && get.getFieldType(cpg) == org.apache.bcel.generic.Type.BOOLEAN) {
      stack.pop();
      stack.push(flagValue(get, locals));
    } else if (ins instanceof ASTORE store) {
      if (at(stack, 0) == RESOURCE) {
        firstStores.merge(anchor[0], node, Math::min);
      }
      int value = stack.pop();
      // a derived value is followed on the stack only, as the source engines follow it
      TrackedValue stored = TrackedValue.of(value);
      locals[store.getIndex()] = stored == NULL || stored == DERIVED ? UNKNOWN.word() : value;
    } else if (ins instanceof ISTORE store) {
      int value = stack.pop();
      locals[store.getIndex()] = TrackedValue.of(value).isKnownFlag() ? value : UNKNOWN.word();
    } else if (ins instanceof ILOAD load) {
      int value = locals[load.getIndex()];
      stack.push(TrackedValue.of(value).isKnownFlag() ? value : UNKNOWN.word());
    } else if (ins instanceof ICONST constant && constant.getValue().intValue() <= 1
        && constant.getValue().intValue() >= 0) {
      stack.push((constant.getValue().intValue() == 0 ? FALSE : TRUE).word());
    } else if (ins instanceof IINC increment) {
      locals[increment.getIndex()] = UNKNOWN.word();
    } else if (ins instanceof StoreInstruction store) {
      stack.pop();
      locals[store.getIndex()] = UNKNOWN.word();
      if (store.getType(cpg).getSize() == 2) {
        stack.pop();
        locals[store.getIndex() + 1] = UNKNOWN.word();
      }
    } else if (ins instanceof ACONST_NULL) {
      stack.push(NULL.word());
    } else if (ins instanceof NEW) {
      stack.push(UninitializedObjects.marker(node));
    } else if (ins instanceof CHECKCAST) {
      return Effect.CONTINUES; // same object, same word
    } else if (ins instanceof PUTFIELD || ins instanceof PUTSTATIC || ins instanceof AASTORE) {
      TrackedValue stored = at(stack, 0);
      if (stored == CHILD || stored == TIED
          || stored == DERIVED && CalleeSummary.keptThrough(DerivedValueUse.STORED, null)) {
        return handOnView(); // this.rows = rows, this.directory = filesystem.getRoot()
      }
      if (stored == RESOURCE) {
        return Effect.TAKES;
      }
      UninitializedObjects.generic(ins, stack, cpg);
    } else if (ins instanceof INVOKEDYNAMIC indy) {
      if (consumes(stack, indy.consumeStack(cpg), RESOURCE)) {
        return Effect.TAKES; // captured by a lambda or a concatenation: precision first
      }
      if (consumes(stack, indy.consumeStack(cpg), CHILD)
          || consumes(stack, indy.consumeStack(cpg), TIED)) {
        return handOnView();
      }
      UninitializedObjects.generic(ins, stack, cpg);
    } else if (ins instanceof INVOKESPECIAL init && init.getMethodName(cpg).equals("<init>")) {
      return construct(node, init, stack, locals, anchor);
    } else if (ins instanceof InvokeInstruction call) {
      return invoke(node, call, stack, locals);
    } else if (!stack.shuffle(ins)) {
      UninitializedObjects.generic(ins, stack, cpg);
    }
    return Effect.CONTINUES;
  }

  private Effect construct(int node, INVOKESPECIAL init, WordStack stack, int[] locals,
      int[] anchor) {
    int consumed = init.consumeStack(cpg);
    int receiver = stack.peek(consumed - 1);
    if (consumes(stack, consumed - 1, DERIVED)
        && CalleeSummary.keptThrough(DerivedValueUse.GIVEN_TO_CONSTRUCTOR, null)) {
      return handOnView(); // this(filesystem.getRoot()): the object built may keep the root
    }
    boolean takesResource = consumes(stack, consumed - 1, RESOURCE);
    boolean firstArgument = consumed >= 2 && at(stack, consumed - 2) == RESOURCE;
    boolean wraps = firstArgument && calls.wrapsArgument(init);
    // an application class's constructor whose body is in view: it stores, closes or only reads;
    // this(..) and super(..) too, whose object is the one being built: a field of it that keeps
    // the resource, or a view of it, is a keep in that body (this(new FileOutputStream(f), 1)
    // whose delegated constructor only writes a header leaves the stream open; JGit's
    // ObjectWalk(Repository) is this(repo.newObjectReader()) into a constructor that keeps the
    // reader without owning it, NonOwningHolders)
    CalleeSummary use = takesResource && !wraps
        ? calls.argumentUse(init, argumentOf(stack, init, RESOURCE), false) : CalleeSummary.UNKNOWN;
    boolean heldForOneCall = takesResource && !wraps && use == CalleeSummary.UNKNOWN
        && heldForOneBorrowingCall(stack, init, node);
    for (int i = 0; i < consumed; i++) {
      stack.pop();
    }
    int wrapperNew = UninitializedObjects.newNodeOf(receiver);
    if (takesResource && wrapperNew >= 0 && wraps) {
      stack.replaceAll(receiver, RESOURCE.word());
      if (!heldInALocal(locals)) {
        anchor[0] = wrapperNew; // one chain, one expression: reported at its outer new
      } // else a later statement's wrapper (reader = new BufferedReader(in)): at the resource
      return Effect.CONTINUES;
    }
    if (takesResource && wrapperNew >= 0 && use.takes()
        && holderClosedLater(node)) {
      // transfer = new Transfer(socket); ... transfer.close(): the holder takes its place
      stack.replaceAll(receiver, RESOURCE.word());
      return Effect.CONTINUES;
    }
    if (takesResource && !heldForOneCall && !use.borrows(() -> false)
        && (use.takes() || returnedAtOnce(node) || handsOverToUnknown(node, locals))) {
      return Effect.TAKES;
    }
    if (TrackedValue.of(receiver) == UNINITIALIZED) {
      stack.replaceAll(receiver, UNKNOWN.word());
    }
    return Effect.CONTINUES;
  }

  private Effect invoke(int node, InvokeInstruction call, WordStack stack, int[] locals) {
    int consumed = call.consumeStack(cpg);
    boolean hasReceiver = !(call instanceof INVOKESTATIC);
    TrackedValue receiver = hasReceiver ? at(stack, consumed - 1) : UNKNOWN;
    int argumentWords = hasReceiver ? consumed - 1 : consumed;
    boolean argument = consumes(stack, argumentWords, RESOURCE);
    if ((receiver == RESOURCE || receiver == PARENT) && calls.closesReceiver(call)) {
      return Effect.CLOSES; // closing a connection closes its statements, a statement its results
    }
    if (consumes(stack, argumentWords, CHILD) && !calls.closesArgument(call)) {
      return handOnView(); // list.add(rows), render(rows): the receiver may close the statement
    }
    int tiedArgument = argumentOf(stack, call, TIED);
    if (consumes(stack, argumentWords, TIED) && !calls.closesArgument(call)
        && !calls.closesOrBorrows(call, tiedArgument)
        && (calls.argumentUse(call, tiedArgument, false).takes()
            || returnedAtOnce(node) || handsOverToUnknown(node, locals))) {
      return handOnView(); // iterators.add(txn.read(zxid)): may need the log open
    }
    if (argument && calls.closesArgument(call)) {
      return Effect.CLOSES; // closeQuietly(in): the tables' helper is its close, whatever its body
    }
    boolean alias = false;
    CalleeSummary use = argument
        ? calls.argumentUse(call, argumentOf(stack, call, RESOURCE), resultUsedAtOnce(node, call))
        : CalleeSummary.UNKNOWN;
    if (use.takes()) {
      return Effect.TAKES;
    }
    if (use == CalleeSummary.CLOSES_ON_SOME_EXITS && partialCloser == null) {
      partialCloser = describe(call); // closeUnless(in, keep): still ours where it returns open
    }
    if (argument && !use.borrows(() -> false) && !calls.borrowsArguments(call)) {
      boolean firstArgument = argumentWords > 0 && at(stack, argumentWords - 1) == RESOURCE;
      if (firstArgument && calls.wrapsViaFactory(call)) {
        alias = true;
      } else if (returnedAtOnce(node) || handsOverToUnknown(node, locals)) {
        return Effect.TAKES;
      }
    }
    for (int i = 0; i < consumed; i++) {
      stack.pop();
    }
    int produced = call.produceStack(cpg);
    boolean view = produced == 1 && receiver == RESOURCE && calls.derivesOwningView(call);
    if (view) {
      found.add(PathFact.VIEW_DERIVED);
    }
    boolean child = produced == 1 && receiver == RESOURCE && (view || calls.acquires(call));
    boolean viewOfResource = false;
    boolean tied = false;
    if (produced == 1 && receiver == RESOURCE && !child && calls.resultMayBeAlias(call)) {
      // itr = txn.read(zxid): closing itr leaves txn open, unless the tables say it closes it
      tied = !viewWalk && !parameterWalk && !calls.resultClosesReceiver(call);
      alias = alias || !tied;
      viewOfResource = viewWalk;
    }
    if (produced == 1 && receiver == RESOURCE && isClosedQuery(call)) {
      // a path still holding the resource has not closed it: isClosed() false, isOpen() true
      boolean negated = SourceSyntax.IsClosed.ofQuery(call.getMethodName(cpg)) instanceof SourceSyntax.Not;
      stack.push((negated ? TRUE : FALSE).word());
      return Effect.CONTINUES;
    }
    boolean derived = parameterWalk && produced == 1 && receiver == RESOURCE
        && call.getReturnType(cpg) instanceof org.apache.bcel.generic.ReferenceType result
        && CalleeSummary.mayLeadBack(result.toString());
    if (produced > 0) {
      stack.push((viewOfResource ? VIEW : alias ? RESOURCE : tied ? TIED : child ? CHILD
          : derived ? DERIVED : UNKNOWN).word());
      stack.pushAll(UNKNOWN.word(), produced - 1);
    }
    return Effect.CONTINUES;
  }

  /**
   * Whether {@code ins} is a wrapper's constructor given the resource as its first argument that
   * may fail with it ({@link CallModel#wrapperMayFail}; a charset name: {@link
   * ConstantLastArgument}).
   */
  private boolean wrapperMayFail(State state, Instruction ins) {
    if (!(ins instanceof INVOKESPECIAL init) || !init.getMethodName(cpg).equals("<init>")) {
      return false;
    }
    int argumentWords = init.consumeStack(cpg) - 1;
    if (argumentWords < 1 || at(state.stack(), argumentWords - 1) != RESOURCE
        || UninitializedObjects.newNodeOf(state.stack().peek(argumentWords)) < 0) {
      return false;
    }
    return calls.wrapperMayFail(init, ConstantLastArgument.of(graph, state.node(), cpg));
  }

  /** Whether {@code call}'s receiver is the resource. */
  private boolean onResource(State state, InvokeInstruction call) {
    return !(call instanceof INVOKESTATIC) && !(call instanceof INVOKEDYNAMIC)
        && at(state.stack(), call.consumeStack(cpg) - 1) == RESOURCE;
  }

  /**
   * {@code isClosed()} or {@code isOpen()} ({@link SourceSyntax.IsClosed#isQuery}): as the source
   * engines read {@code if (!c.isClosed()) c.close()} and {@code if (c.isOpen()) c.close()}.
   */
  private boolean isClosedQuery(InvokeInstruction call) {
    return SourceSyntax.IsClosed.isQuery(call.getMethodName(cpg))
        && call.getSignature(cpg).equals("()Z");
  }

  /**
   * In a view walk, what {@code ins} does with a {@link TrackedValue#VIEW} it takes from the
   * stack: returned ({@link #viewReturned}); kept in a local, cast, compared, dropped, or the receiver of a call
   * that neither closes it nor makes another view of it: nothing; anything else, a way out of
   * its own ({@link #viewLeftOtherwise}).
   */
  private void noteViewUse(Instruction ins, WordStack stack) {
    int consumed = ins.consumeStack(cpg);
    if (consumed <= 0 || !consumes(stack, consumed, VIEW)) {
      return;
    }
    if (ins instanceof ARETURN) {
      viewReturned = true;
    } else if (ins instanceof InvokeInstruction call && !(call instanceof INVOKESTATIC)
        && !(call instanceof INVOKEDYNAMIC) && !consumes(stack, consumed - 1, VIEW)) {
      // only the receiver: out.write(..) reads it; out.close() or out.getChannel() does more
      viewLeftOtherwise |= calls.closesReceiver(call) || calls.resultMayBeAlias(call)
          || calls.acquires(call) || calls.derivesOwningView(call);
    } else if (!(ins instanceof StoreInstruction || ins instanceof CHECKCAST
        || ins instanceof StackInstruction || ins instanceof IfInstruction
        || ins instanceof INSTANCEOF || ins instanceof MONITORENTER
        || ins instanceof MONITOREXIT)) {
      viewLeftOtherwise = true; // stored in a field or an array, passed on, captured, thrown
    }
  }

  /**
   * Whether the constructor {@code init} at {@code node} (the stack before it in {@code before})
   * builds a {@code new} object whose one use is as the receiver of the call right after it,
   * and that call borrows what the holder was given ({@link CallModel#holderUsedOnceBorrows}):
   * {@code new StreamTokenizer(reader).nextToken()}.
   */
  private boolean heldForOneBorrowingCall(WordStack before, INVOKESPECIAL init, int node) {
    if (!init.getMethodName(cpg).equals("<init>")) {
      return false;
    }
    int consumed = init.consumeStack(cpg);
    if (before.size() <= consumed) {
      return false;
    }
    int receiver = before.peek(consumed - 1);
    if (UninitializedObjects.newNodeOf(receiver) < 0 || before.peek(consumed) != receiver) {
      return false; // new X(..) not dup'ed: stored, thrown away, or this(..)
    }
    StackConsumer consumer = graph.consumerOf(node, cpg);
    return consumer.kind == StackConsumer.Kind.RECEIVER
        && calls.holderUsedOnceBorrows((InvokeInstruction) graph.instruction(consumer.index));
  }

  /**
   * Whether the value {@code call} at {@code node} returns is only the receiver of the next call
   * or dropped ({@link StackConsumer}): {@code send(socket, ..).flush()}, as the source engines
   * read {@code f(x).g()} and the statement {@code f(x);}.
   */
  private boolean resultUsedAtOnce(int node, InvokeInstruction call) {
    if (call.produceStack(cpg) != 1 || !(call.getReturnType(cpg) instanceof ObjectType)) {
      return false;
    }
    StackConsumer consumer = graph.consumerOf(node, cpg);
    return consumer.kind == StackConsumer.Kind.RECEIVER
        || consumer.kind == StackConsumer.Kind.HARMLESS
            && graph.instruction(consumer.index) instanceof POP;
  }

  /**
   * A view of the resource, or a resource obtained from it, leaves the method: its receiver can
   * reach and close the resource ({@code rows.getStatement().close()}). Flow-insensitive, like the
   * source engines: the resource is taken to be handed on, on every path.
   */
  private Effect handOnView() {
    found.add(PathFact.VIEW_HANDED_ON);
    return Effect.TAKES;
  }

  /** Whether one of the {@code words} top words is {@code value}. */
  private static boolean consumes(WordStack stack, int words, TrackedValue value) {
    for (int i = 0; i < words; i++) {
      if (at(stack, i) == value) {
        return true;
      }
    }
    return false;
  }

  /** How a finding names the call, as every engine does: {@code `read()`}, {@code `new X(…)`}. */
  private String describe(InvokeInstruction call) {
    String name = call.getMethodName(cpg);
    return name.equals("<init>")
        ? UnclosedResourceModel.constructor(call.getClassName(cpg))
        : UnclosedResourceModel.call(name);
  }

  /**
   * Whether the call gets the resource as an argument. If it throws, the callee had it, except a
   * JDK wrapper whose constructor may fail ({@link #wrapperMayFail}: {@code new
   * GZIPInputStream(in)} on a bad header), which {@link #exceptionalExit} follows.
   */
  private boolean passesResource(State state, Instruction ins) {
    if (!(ins instanceof InvokeInstruction call)) {
      return false;
    }
    WordStack stack = state.stack();
    int words = call.consumeStack(cpg) - (call instanceof INVOKESTATIC ? 0 : 1);
    if (!consumes(stack, words, RESOURCE)) {
      return false;
    }
    CalleeSummary use = calls.argumentUse(call, argumentOf(stack, call, RESOURCE),
        resultUsedAtOnce(state.node(), call));
    if (use != CalleeSummary.UNKNOWN) {
      return use.takes(); // a callee that closes it closes it when it throws, too
    }
    if (calls.borrowsArguments(call) || call instanceof INVOKESPECIAL holder
        && heldForOneBorrowingCall(stack, holder, state.node())) {
      return false;
    }
    boolean firstArgument = words > 0 && at(stack, words - 1) == RESOURCE;
    boolean wraps = firstArgument && (call instanceof INVOKESPECIAL init
        ? calls.wrapsArgument(init) : calls.wrapsViaFactory(call));
    return wraps || calls.closesArgument(call) || returnedAtOnce(state.node())
        || handsOverToUnknown(state.node(), state.locals());
  }

  /**
   * Whether the call at {@code node} makes the value the method returns ({@code return new
   * JarInputStreamWrapper(entry, jarIs);}): what it was given leaves with it, whatever a {@code
   * finally} closes on other paths.
   */
  private boolean returnedAtOnce(int node) {
    int next = node + 1;
    if (next >= graph.size() || !graph.runsStraightInto(next)) {
      return false;
    }
    if (graph.instruction(next) instanceof ARETURN) {
      return true;
    }
    // return new X(..) inside a try with a finally: javac keeps the value in a local whose only
    // use is the areturn after the finally code. Not a variable the source declares (R result =
    // work.apply(em); em.close(); return result;, jBPM): the source engines see a call, then
    // later statements, and judge the call as any other (UnclosedResourceModel.argumentHandsOver)
    return graph.instruction(next) instanceof ASTORE store
        && !graph.storesNamedVariable(next, store.getIndex()) && onlyReturned(store.getIndex());
  }

  /** Whether every {@code aload} of {@code slot} is followed by {@code areturn}, and one is. */
  private boolean onlyReturned(int slot) {
    boolean returned = false;
    for (int i = 0; i + 1 < graph.size(); i++) {
      if (graph.instruction(i) instanceof ALOAD load && load.getIndex() == slot) {
        if (!(graph.instruction(i + 1) instanceof ARETURN)) {
          return false;
        }
        returned = true;
      }
    }
    return returned;
  }

  /** Whether some local slot holds the resource: it was stored before, in an earlier statement. */
  private static boolean heldInALocal(int[] locals) {
    for (int value : locals) {
      if (TrackedValue.of(value) == RESOURCE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the object a constructor at {@code node} builds over the resource is a holder that
   * takes its place ({@link UnclosedResourceModel#holderTakesThePlace}): stored at once into a
   * local that a normal path from there closes ({@link ClosedLater}). Which values that local
   * holds on each path, the walk itself follows.
   */
  private boolean holderClosedLater(int node) {
    int next = node + 1;
    if (next >= graph.size() || !(graph.instruction(next) instanceof ASTORE store)) {
      return false;
    }
    BitSet slot = new BitSet();
    slot.set(store.getIndex());
    return UnclosedResourceModel.holderTakesThePlace(false,
        ClosedLater.after(graph, cpg, calls, node, slot), true, true);
  }

  /**
   * Whether passing the resource to a call no table knows hands it over ({@link
   * UnclosedResourceModel#argumentHandsOver}): yes, unless the method closes a local holding the
   * resource after the call, on a normal path through it ({@link ClosedLater}); then the call only
   * borrowed it.
   */
  private boolean handsOverToUnknown(int node, int[] locals) {
    BitSet slots = new BitSet(locals.length);
    for (int slot = 0; slot < locals.length; slot++) {
      if (TrackedValue.of(locals[slot]) == RESOURCE) {
        slots.set(slot);
      }
    }
    return handOvers.computeIfAbsent(new CallSite(node, slots), site ->
        UnclosedResourceModel.argumentHandsOver(
            ClosedLater.after(graph, cpg, calls, site.node(), site.slots())));
  }

  /** A call given the resource, and the local slots holding it there. */
  private record CallSite(int node, BitSet slots) {}

  /** The index of the first argument of {@code call} on the stack that is {@code value}; -1 if none. */
  private int argumentOf(WordStack stack, InvokeInstruction call, TrackedValue value) {
    Type[] arguments = call.getArgumentTypes(cpg);
    for (int i = 0; i < arguments.length; i++) {
      if (at(stack, StackShuffles.wordsAfter(arguments, i)) == value) {
        return i;
      }
    }
    return -1;
  }
}
