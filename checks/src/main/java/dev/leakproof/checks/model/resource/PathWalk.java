package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.PathFact.OPEN_AT_OWN_THROW;
import static dev.leakproof.checks.model.resource.PathFact.OPEN_AT_RECOVERED_EXIT;
import static dev.leakproof.checks.model.resource.PathFact.OPEN_AT_UNRECOVERED_EXIT;
import static dev.leakproof.checks.model.resource.PathFact.THROWN_OPEN;

import dev.leakproof.checks.model.resource.SourceSyntax.And;
import dev.leakproof.checks.model.resource.SourceSyntax.Assign;
import dev.leakproof.checks.model.resource.SourceSyntax.Block;
import dev.leakproof.checks.model.resource.SourceSyntax.Break;
import dev.leakproof.checks.model.resource.SourceSyntax.Case;
import dev.leakproof.checks.model.resource.SourceSyntax.Catch;
import dev.leakproof.checks.model.resource.SourceSyntax.Condition;
import dev.leakproof.checks.model.resource.SourceSyntax.Conditional;
import dev.leakproof.checks.model.resource.SourceSyntax.Continue;
import dev.leakproof.checks.model.resource.SourceSyntax.Deferred;
import dev.leakproof.checks.model.resource.SourceSyntax.Evaluate;
import dev.leakproof.checks.model.resource.SourceSyntax.Expression;
import dev.leakproof.checks.model.resource.SourceSyntax.FlagStore;
import dev.leakproof.checks.model.resource.SourceSyntax.FlagTest;
import dev.leakproof.checks.model.resource.SourceSyntax.HandOver;
import dev.leakproof.checks.model.resource.SourceSyntax.HolderQuery;
import dev.leakproof.checks.model.resource.SourceSyntax.HolderStore;
import dev.leakproof.checks.model.resource.SourceSyntax.If;
import dev.leakproof.checks.model.resource.SourceSyntax.Invocation;
import dev.leakproof.checks.model.resource.SourceSyntax.IsClosed;
import dev.leakproof.checks.model.resource.SourceSyntax.Labeled;
import dev.leakproof.checks.model.resource.SourceSyntax.Loop;
import dev.leakproof.checks.model.resource.SourceSyntax.LoopKind;
import dev.leakproof.checks.model.resource.SourceSyntax.Not;
import dev.leakproof.checks.model.resource.SourceSyntax.NullTest;
import dev.leakproof.checks.model.resource.SourceSyntax.Operands;
import dev.leakproof.checks.model.resource.SourceSyntax.Or;
import dev.leakproof.checks.model.resource.SourceSyntax.Return;
import dev.leakproof.checks.model.resource.SourceSyntax.ShortCircuit;
import dev.leakproof.checks.model.resource.SourceSyntax.Skip;
import dev.leakproof.checks.model.resource.SourceSyntax.Statement;
import dev.leakproof.checks.model.resource.SourceSyntax.Switch;
import dev.leakproof.checks.model.resource.SourceSyntax.SwitchExpression;
import dev.leakproof.checks.model.resource.SourceSyntax.Synchronized;
import dev.leakproof.checks.model.resource.SourceSyntax.Throw;
import dev.leakproof.checks.model.resource.SourceSyntax.Try;
import dev.leakproof.checks.model.resource.SourceSyntax.Yield;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows one resource, held in a local variable, along every path of a body: normal
 * completion, {@code return}, {@code break}, {@code continue}, {@code yield} and exceptions,
 * through {@code if}, loops, {@code switch} statements and expressions, {@code try}/{@code
 * catch}/{@code finally} and try-with-resources. Written once for both source engines; each
 * describes its trees through a {@link SourceSyntax}.
 *
 * <p>The state on a path is a {@link States} set (paths merge). Every call or {@code new} may
 * throw, sending the current state to the exception exit. An exception thrown in a {@code try}
 * with {@code catch} clauses goes to them, whatever their types, as the bytecode engine's
 * exception table sends a call's exception to the handlers covering it: an unchecked exception
 * passing {@code catch (IOException e)} is possible, but not what a finding should be about (it
 * made "{@code try { a.close(); } catch (IOException e) {}} then {@code b.close()}" a leak of
 * {@code b}). A {@code null} test of the variable sends only "not acquired" down the null
 * branch; {@code v.isClosed()} tells open from closed. A local {@code boolean} a condition tests
 * is followed when the walk without it finds a leak ({@link #walk}): {@code close = true} set where
 * the method opens, {@code if (close) reader.close()} in the {@code finally}.
 *
 * <p>A path on which a {@code catch} handled an exception thrown with the resource open, and went
 * on from it, has <em>recovered</em> ({@link States#recovered}): if it then leaves the method
 * with the resource open, that exception leaked it ({@code catch (IOException e) { return -1; }}
 * after {@code in.read()}), not a path the method takes by itself. A call that throws on such a
 * path is not followed: a second failure after one the method handled is possible, but not what a
 * finding should be about (the bytecode engine does not follow it either). So a {@code finally}
 * that closes the resource behind a flag ({@code if (toClose == null) closeQuietly(fs);}, POI's
 * {@code OldExcelExtractor}) covers the exception its {@code catch} swallowed, and the calls after
 * that {@code try} are not blamed for the path on which the flag kept it open.
 *
 * @param <N> the engine's node type
 */
public final class PathWalk<N> {

  /** Thrown on code the walk does not model; the rule then stays silent. */
  public static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /**
   * How the walk ended at the body's exits: whether a normal exit (or overwriting the only
   * reference) leaves the resource open, on a path that has recovered from an exception or not
   * ({@link States#recovered}), whether an exception does, and the sites of those exceptions in
   * walk order.
   *
   * @param exits where the paths end with it open: {@link PathFact#OPEN_AT_UNRECOVERED_EXIT},
   *     {@link PathFact#OPEN_AT_RECOVERED_EXIT}, {@link PathFact#THROWN_OPEN}, {@link
   *     PathFact#OPEN_AT_OWN_THROW}
   * @param leakingThrows the sites to blame: for a leak on a recovered path, the sites whose
   *     exception a {@code catch} swallowed ({@code swallowedThrows}) first; then those whose
   *     exception leaves the method, a rethrowing {@code catch}'s causes included
   * @param caughtCauses the sites among them whose own exception a {@code catch} handles: the
   *     exception that leaks is the handler's ({@code log.warn(..)} throwing, a rethrow)
   * @param swallowedThrows the sites whose exception a {@code catch} handled with the resource
   *     open and then left other than by an exception (went on, returned), the resource still open
   *     after the {@code try}'s {@code finally}
   * @param rethrowCauses for each {@code throw} inside a {@code catch}, the sites whose exceptions
   *     (the resource open) entered that {@code catch}, by identity
   * @param coveredThrows the sites whose exception, the resource open, entered a {@code catch} or
   *     {@code finally} that closes it or hands it over on some path ({@link #closedOnFailure})
   */
  public record Result<N>(PathFacts exits, List<N> leakingThrows, List<N> caughtCauses,
      List<N> swallowedThrows, Map<N, List<N>> rethrowCauses, List<N> coveredThrows) {

    /**
     * Whether some normal exit (or overwriting the only reference) leaves the resource open,
     * recovered path or not: what the caller of a body walked {@link #analyseHeld} sees, a
     * return with its argument still open.
     */
    public boolean leaksOnNormalPath() {
      return exits.has(OPEN_AT_UNRECOVERED_EXIT) || exits.has(OPEN_AT_RECOVERED_EXIT);
    }

    /**
     * Whether an exception leaks the resource: it leaves the method with it open, or a {@code
     * catch} handled it and the path then left the method normally with it open ({@code catch
     * (IOException e) { return -1; }}).
     */
    public boolean leaksOnException() {
      return exits.has(THROWN_OPEN) || exits.has(OPEN_AT_RECOVERED_EXIT);
    }

    /**
     * Whether a path the method takes by itself leaves the resource open: a normal exit on a path
     * that has not recovered from an exception, or its own {@code throw} outside any {@code
     * catch}. Such a leak is "not closed on every path", as the bytecode engine reads an {@code
     * athrow} of a new exception; the exception's constructor is no call to blame.
     */
    public boolean leaksOnAPathOfItsOwn() {
      return exits.has(OPEN_AT_UNRECOVERED_EXIT) || exits.has(OPEN_AT_OWN_THROW);
    }

    /**
     * The sites whose exceptions entered the {@code catch} that holds the {@code throw} {@code
     * site}; empty for any other site. A rethrow is only as expected as what it rethrows: {@code
     * catch (IOException e) { throw new BuildException(e); }} after {@code log(..)}, which declares
     * nothing, leaks the resource only if {@code log} fails unchecked.
     */
    public List<N> causesOf(N site) {
      return rethrowCauses.getOrDefault(site, List.of());
    }

    /**
     * The sites whose own exception leaks the resource: it leaves the method with it open, or a
     * {@code catch} swallows it ({@link #leaksOnException}); in walk order, each once.
     */
    public List<N> exceptionLeaks() {
      List<N> sites = new ArrayList<>();
      for (N site : leakingThrows) {
        if (caughtCauses.stream().noneMatch(cause -> cause == site)) {
          sites.add(site);
        }
      }
      return withSwallowed(sites);
    }

    /**
     * The sites to blame for {@link #leaksOnException}, most plausible first as {@link
     * LeakingThrows} reads them: those a catch rethrows or swallows come before the handler's own.
     */
    public List<N> blamedForException() {
      return leakingThrows;
    }

    /**
     * Whether the method closes the resource where every exception that leaks it goes ({@link
     * PathFact#CLOSED_ON_FAILURE}): each site {@link #blamedForException} names
     * entered a {@code catch} or {@code finally} that closes it or hands it over on some path
     * (behind a flag the walk does not follow: {@code finally { if (!ok) close(in); }}), or is a
     * {@code throw} in a {@code catch} rethrowing only such exceptions. A close in a {@code catch}
     * of another {@code try}, or in a {@code finally} that starts after the throw, covers nothing
     * (Ant's Rpm: opening the second file fails after the first is held, before the {@code try}
     * whose {@code finally} closes it).
     */
    public boolean closedOnFailure() {
      List<N> blamed = blamedForException();
      return !blamed.isEmpty() && notClosedOnFailure(blamed).isEmpty();
    }

    /**
     * The sites among {@code sites} whose exception passes no {@code catch} or {@code finally}
     * that closes or hands over the resource ({@link #closedOnFailure}), in their order.
     */
    public List<N> notClosedOnFailure(List<N> sites) {
      List<N> left = new ArrayList<>();
      for (N site : sites) {
        if (!covered(site)) {
          left.add(site);
        }
      }
      return left;
    }

    private boolean covered(N site) {
      if (coveredThrows.stream().anyMatch(known -> known == site)) {
        return true;
      }
      List<N> causes = causesOf(site); // a rethrow: as covered as what it rethrows
      return !causes.isEmpty() && causes.stream().allMatch(this::covered);
    }

    private List<N> withSwallowed(List<N> sites) {
      return exits.has(OPEN_AT_RECOVERED_EXIT) ? swallowedFirst(swallowedThrows, sites) : sites;
    }
  }

  /** Loops are iterated until their head's states stop growing; this bounds it. */
  private static final int LOOP_ROUNDS = 8;
  /** How many of the flags a leaking walk's conditions tested are each followed in a walk again. */
  private static final int FLAGS_FOLLOWED = 2;

  private final SourceSyntax<N> syntax;
  private final N acquisition;
  /** The local boolean this walk follows ({@link FlagStore}), or null. */
  private final Object flag;
  /** The flags the walk's conditions tested ({@link FlagTest}), each once, in walk order. */
  private final List<Object> testedFlags = new ArrayList<>();
  /** The states in which the only reference was overwritten (or acquired again). */
  private States lost = States.NONE;
  private final List<N> caughtCauses = new ArrayList<>();
  private final List<N> swallowedThrows = new ArrayList<>();
  private final Map<N, List<N>> rethrowCauses = new IdentityHashMap<>();
  /** While a {@code catch} body runs: the sites whose exceptions entered it; else empty. */
  private List<N> enteringCauses = List.of();
  /** The {@code throw} statements run outside any {@code catch}. */
  private final List<N> ownThrows = new ArrayList<>();
  /** How many times a close or hand-over took an open resource: tells a block that releases it. */
  private int releases;
  /** {@link Result#coveredThrows}. */
  private final List<N> coveredThrows = new ArrayList<>();
  /**
   * The {@code finally} blocks of the {@code try} statements whose resources, block or catches
   * the walk is in, innermost last: a {@code return} runs each of them on its way out.
   */
  private final List<N> enclosingFinallys = new ArrayList<>();

  private PathWalk(SourceSyntax<N> syntax, N acquisition, Object flag) {
    this.syntax = syntax;
    this.acquisition = acquisition;
    this.flag = flag;
  }

  /**
   * Walks {@code body} for the resource that evaluating {@code acquisition} (compared by
   * identity) stores in the variable {@code syntax} follows.
   *
   * @throws Unsupported when the body holds code the walk does not model
   */
  public static <N> Result<N> analyse(SourceSyntax<N> syntax, N body, N acquisition) {
    return walk(syntax, body, acquisition, States.UNOPENED);
  }

  /**
   * Walks {@code body} following no flag; when some path leaves the resource open and a condition
   * tested a local boolean ({@link FlagTest}), walks it again following that boolean's value
   * ({@link States#withFlag}), for each of the first {@link #FLAGS_FOLLOWED} tested, and keeps the
   * first walk that finds fewer open exits: {@code close = true} set on exactly the branches that
   * open, then {@code finally { if (close) reader.close(); }} (hsqldb's {@code Document.load}).
   * Following a flag only tells apart paths the first walk merged, so what it finds is what some
   * path does; the flag is followed only on demand, to keep the common walk single.
   */
  private static <N> Result<N> walk(SourceSyntax<N> syntax, N body, N acquisition, States start) {
    PathWalk<N> first = new PathWalk<>(syntax, acquisition, null);
    Result<N> result = first.run(body, start);
    for (Object tested : first.testedFlags.subList(0,
        Math.min(FLAGS_FOLLOWED, first.testedFlags.size()))) {
      if (result.exits().equals(PathFacts.NONE)) {
        break;
      }
      Result<N> followed = new PathWalk<>(syntax, acquisition, tested).run(body, start);
      if (fewer(followed.exits(), result.exits())) {
        result = followed;
      }
    }
    return result;
  }

  /** Whether {@code some} holds only facts {@code all} holds, and not all of them. */
  private static boolean fewer(PathFacts some, PathFacts all) {
    for (PathFact fact : PathFact.values()) {
      if (some.has(fact) && !all.has(fact)) {
        return false;
      }
    }
    return !some.equals(all);
  }

  private Result<N> run(N body, States start) {
    PathExits<N> exits = new PathExits<>();
    States normal = exits.nonExceptionalExits(exec(body, start, exits, ""))
        .union(lost);
    List<N> thrownSites = exits.throwSites();
    boolean leaksOnOwnThrow = exits.thrown().mayBeOpen() && thrownSites.stream()
        .anyMatch(site -> ownThrows.stream().anyMatch(own -> own == site));
    boolean leaksOnRecoveredPath = normal.recoveredOnly().mayBeOpen();
    PathFacts open = PathFacts.NONE
        .with(OPEN_AT_UNRECOVERED_EXIT, normal.unrecovered().mayBeOpen())
        .with(OPEN_AT_RECOVERED_EXIT, leaksOnRecoveredPath)
        .with(THROWN_OPEN, exits.thrown().mayBeOpen())
        .with(OPEN_AT_OWN_THROW, leaksOnOwnThrow);
    return new Result<>(open, leaksOnRecoveredPath
            ? swallowedFirst(swallowedThrows, thrownSites) : thrownSites,
        List.copyOf(caughtCauses), List.copyOf(swallowedThrows),
        Collections.unmodifiableMap(rethrowCauses), List.copyOf(coveredThrows));
  }

  /** {@code swallowed}, then the rest of {@code sites}, each once (by identity). */
  private static <N> List<N> swallowedFirst(List<N> swallowed, List<N> sites) {
    List<N> first = new ArrayList<>();
    for (List<N> part : List.of(swallowed, sites)) {
      for (N site : part) {
        if (first.stream().noneMatch(known -> known == site)) {
          first.add(site);
        }
      }
    }
    return List.copyOf(first);
  }

  /**
   * Walks {@code body} for a resource held, open, in the variable {@code syntax} follows from the
   * start: a parameter, for a callee's ownership summary ({@link
   * UnclosedResourceModel#closesOnSomeExitsOnly}). {@link Result#leaksOnNormalPath} then says
   * whether some normal exit returns with it still open.
   *
   * @throws Unsupported when the body holds code the walk does not model
   */
  public static <N> Result<N> analyseHeld(SourceSyntax<N> syntax, N body) {
    return walk(syntax, body, null, States.OPEN);
  }

  private States exec(N node, States in, PathExits<N> exits, String label) {
    if (in.isEmpty() || node == null) {
      return in;
    }
    Statement<N> statement = syntax.statement(node);
    if (statement instanceof Block<N> block) {
      States s = in;
      for (N inner : block.statements()) {
        s = exec(inner, s, exits, "");
      }
      return s;
    }
    if (statement instanceof Evaluate<N> evaluate) {
      return evalAll(evaluate.expressions(), in, exits);
    }
    if (statement instanceof Skip<N>) {
      return in;
    }
    if (statement instanceof If<N> branch) {
      States s = eval(branch.condition(), in, exits);
      Branches split = refine(syntax.condition(branch.condition()), s);
      States then = exec(branch.then(), split.whenTrue(), exits, "");
      States otherwise = branch.otherwise() == null
          ? split.whenFalse() : exec(branch.otherwise(), split.whenFalse(), exits, "");
      if (asksTheHolder(syntax.condition(branch.condition()))) {
        // if (!info.isShared()) em.close(): where the method does not close it, the holder's
        // owner does; the method only borrowed it on that branch.
        if (closesIt(split.whenTrue(), then) && !closesIt(split.whenFalse(), otherwise)) {
          otherwise = otherwise.closed();
        } else if (closesIt(split.whenFalse(), otherwise) && !closesIt(split.whenTrue(), then)) {
          then = then.closed();
        }
      }
      return then.union(otherwise);
    }
    if (statement instanceof Return<N> ret) {
      exits.addReturn(eval(ret.value(), in, exits));
      return States.NONE;
    }
    if (statement instanceof Throw<N> thrown) {
      if (!enteringCauses.isEmpty()) {
        rethrowCauses.put(thrown.site(), enteringCauses);
      } else {
        ownThrows.add(thrown.site());
      }
      exits.addThrow(eval(thrown.value(), in, exits), thrown.site());
      return States.NONE;
    }
    if (statement instanceof Break<N> jump) {
      exits.addBreak(jump.label(), in);
      return States.NONE;
    }
    if (statement instanceof Continue<N> jump) {
      exits.addContinue(jump.label(), in);
      return States.NONE;
    }
    if (statement instanceof Yield<N> yield) {
      exits.addYield(eval(yield.value(), in, exits));
      return States.NONE;
    }
    if (statement instanceof Labeled<N> labeled) {
      if (syntax.statement(labeled.body()) instanceof Loop<N>) {
        return exec(labeled.body(), in, exits, labeled.label());
      }
      PathExits<N> body = new PathExits<>();
      States s = exec(labeled.body(), in, body, "");
      body.forwardTo(exits, false, labeled.label(), true);
      return s.union(body.consumedBreaks(false, labeled.label()));
    }
    if (statement instanceof Synchronized<N> sync) {
      return exec(sync.body(), eval(sync.lock(), in, exits), exits, "");
    }
    if (statement instanceof Loop<N> loop) {
      return loop(loop, in, exits, label);
    }
    if (statement instanceof Try<N> tryStatement) {
      return tryStatement(tryStatement, in, exits);
    }
    if (statement instanceof Switch<N> switchStatement) {
      PathExits<N> inner = new PathExits<>();
      States selected = eval(switchStatement.selector(), in, exits);
      States end = cases(switchStatement.cases(), selected, inner, false);
      inner.forwardTo(exits, false, "", true); // a plain break leaves the switch
      return end.union(inner.consumedBreaks(false, ""));
    }
    throw new Unsupported(String.valueOf(statement));
  }

  /**
   * Runs a switch's cases for {@code selected}; returns the states at its normal end (falling off
   * the last case, an arrow case's end, no case matching). Breaks and yields go to {@code inner}.
   */
  private States cases(List<Case<N>> cases, States selected, PathExits<N> inner,
      boolean yieldsValues) {
    States fallthrough = States.NONE;
    States end = States.NONE;
    boolean hasDefault = false;
    for (Case<N> c : cases) {
      hasDefault |= c.isDefault();
      States s = c.arrow() ? selected : selected.union(fallthrough);
      for (N statement : c.statements()) {
        s = exec(statement, s, inner, "");
      }
      if (c.value() != null) {
        s = eval(c.value(), s, inner);
      }
      if (c.arrow()) {
        if (yieldsValues) {
          inner.addYield(s);
        } else {
          end = end.union(s);
        }
        fallthrough = States.NONE;
      } else {
        fallthrough = s;
      }
    }
    return end.union(fallthrough).union(hasDefault ? States.NONE : selected);
  }

  private States loop(Loop<N> loop, States in, PathExits<N> exits, String label) {
    States head = in;
    for (N init : loop.initializers()) {
      head = exec(init, head, exits, "");
    }
    if (loop.kind() == LoopKind.FOR_EACH) {
      head = eval(loop.iterable(), head, exits);
    }
    boolean conditionFirst = loop.kind() != LoopKind.DO_WHILE;
    States exit = States.NONE;
    for (int round = 0; round < LOOP_ROUNDS; round++) {
      States bodyIn = head;
      States leaving = head;
      if (conditionFirst && loop.condition() != null) {
        // while (is == null) { is = open(..); }: the body runs only on the paths the condition
        // lets through, the loop ends on the others.
        Branches split = refine(syntax.condition(loop.condition()),
            eval(loop.condition(), head, exits));
        bodyIn = split.whenTrue();
        leaving = split.whenFalse();
      }
      if (conditionFirst && !loop.endless()) {
        exit = exit.union(leaving);
      }
      PathExits<N> inner = new PathExits<>();
      States end = exec(loop.body(), bodyIn, inner, "");
      inner.forwardTo(exits, true, label, true);
      exit = exit.union(inner.consumedBreaks(true, label));
      States next = end.union(inner.consumedContinues(label));
      for (N update : loop.updates()) {
        next = exec(update, next, exits, "");
      }
      if (!conditionFirst && loop.condition() != null) {
        Branches split = refine(syntax.condition(loop.condition()),
            eval(loop.condition(), next, exits));
        next = split.whenTrue();
        if (!loop.endless()) {
          exit = exit.union(split.whenFalse());
        }
      }
      States newHead = head.union(next);
      if (newHead.equals(head) && round > 0) {
        break;
      }
      head = newHead;
    }
    return exit;
  }

  private States tryStatement(Try<N> tree, States in, PathExits<N> exits) {
    int swallowedBefore = swallowedThrows.size(); // those swallowed inside go after these
    if (tree.finallyBlock() != null) {
      enclosingFinallys.add(tree.finallyBlock());
    }
    PathExits<N> body = new PathExits<>();
    States s = evalAll(tree.resourceInitializers(), in, body);
    States normal = exec(tree.block(), s, body, "");
    if (tree.closesVariable()) {
      normal = normal.closed();
      body.closeOnEveryExit();
    }
    PathExits<N> afterCatches = new PathExits<>();
    States thrownIntoCatch = body.thrown();
    List<N> sites = body.throwSites();
    body.forwardTo(afterCatches, false, null, false);
    PathExits<N> fromCatches = new PathExits<>();
    for (Catch<N> handler : tree.catches()) {
      if (!thrownIntoCatch.isEmpty()) {
        PathExits<N> handlerExits = new PathExits<>();
        int before = swallowedThrows.size(); // the try's sites go before the handler's own
        List<N> outerCauses = enteringCauses;
        enteringCauses = sites;
        coverThrowsReleasedBy(handler.body(), body);
        States handled = exec(handler.body(), thrownIntoCatch, handlerExits, "");
        enteringCauses = outerCauses;
        if (handlerExits.nonExceptionalExits(handled).mayBeOpen()) {
          // caught with the resource open, and gone on or returned
          swallowedThrows.addAll(before, stillOpenAfter(handler.body(), tree.finallyBlock(), body));
        }
        if (thrownIntoCatch.mayBeOpen()) { // what goes on from the catch has recovered
          handled = handled.recovered();
          handlerExits.recover();
        }
        handlerExits.forwardTo(fromCatches, false, null, true);
        normal = normal.union(handled);
      }
    }
    if (fromCatches.thrown().mayBeOpen()) {
      // A catch that rethrows (wrapped) leaks what the try's calls threw: blame those first.
      afterCatches.rememberCauses(sites);
      caughtCauses.addAll(sites);
    }
    fromCatches.forwardTo(afterCatches, false, null, true);
    if (tree.catches().isEmpty()) {
      body.forwardThrowsTo(afterCatches);
    }
    N finallyBlock = tree.finallyBlock();
    if (finallyBlock == null) {
      afterCatches.forwardTo(exits, false, null, true);
      return normal;
    }
    enclosingFinallys.remove(enclosingFinallys.size() - 1);
    coverThrowsReleasedBy(finallyBlock, afterCatches);
    // The finally block runs on every exit; each exit goes on with the state it leaves.
    int releasesBefore = releases;
    States result = normal.isEmpty() ? States.NONE : exec(finallyBlock, normal, exits, "");
    if (releases > releasesBefore) {
      // an exception a catch inside swallowed goes on to this finally, which may close it
      coveredThrows.addAll(swallowedThrows.subList(swallowedBefore, swallowedThrows.size()));
    }
    afterCatches.throughFinally(state -> exec(finallyBlock, state, exits, ""), exits);
    return result;
  }

  /**
   * Adds to {@link #coveredThrows} the sites of {@code thrown} whose exception, entering {@code
   * handler} (a {@code catch} body or a {@code finally} block) with the state it left with, sees
   * the handler close or hand over the resource on some path. Each distinct state is run through
   * the handler once more, its exits dropped: a holder's {@code finally} releases the resource
   * for a throw after the holder's assignment only.
   */
  private void coverThrowsReleasedBy(N handler, PathExits<N> thrown) {
    Map<States, Boolean> releasing = new HashMap<>();
    thrown.forEachThrowSite((site, state) -> {
      if (releasing.computeIfAbsent(state, open -> releasedBy(handler, open))) {
        coveredThrows.add(site);
      }
    });
  }

  /**
   * The sites of {@code thrown} whose exception, entering {@code handler} (a {@code catch} body)
   * with the state it left with, leaves the handler other than by an exception (goes on, returns)
   * with the resource still open after {@code finallyBlock} (null when there is none). The whole
   * {@code try} statement decides what a swallowed exception leaves open: a holder's {@code
   * finally} closes the resource for a throw after the holder's assignment ({@code br.readLine()}
   * caught by {@code catch (IOException e) { return null; }}, then {@code finally { if (br !=
   * null) br.close(); }}), not for one before it. Each distinct state is run once more, its exits
   * dropped, as {@link #coverThrowsReleasedBy} does; the handler's own throws keep {@code
   * thrown}'s sites as their causes.
   */
  private List<N> stillOpenAfter(N handler, N finallyBlock, PathExits<N> thrown) {
    List<N> causes = thrown.throwSites();
    Map<States, Boolean> staysOpen = new HashMap<>();
    List<N> sites = new ArrayList<>();
    thrown.forEachThrowSite((site, state) -> {
      if (staysOpen.computeIfAbsent(state,
          open -> leftOpen(handler, finallyBlock, open, causes))) {
        sites.add(site);
      }
    });
    return sites;
  }

  /**
   * Whether {@code handler}, then {@code finallyBlock}, run from {@code in}, may leave it open. A
   * {@code return} from the handler also runs the {@code finally} of each enclosing {@code try}
   * ({@link #enclosingFinallys}, {@code finallyBlock} the innermost when there is one): a holder
   * closed in the {@code finally} of an outer {@code try} covers it; the handler's other exits go
   * on inside the method and are judged after {@code finallyBlock} only.
   */
  private boolean leftOpen(N handler, N finallyBlock, States in, List<N> causes) {
    List<N> outerCauses = enteringCauses;
    enteringCauses = causes;
    PathExits<N> handlerExits = new PathExits<>();
    States end = exec(handler, in, handlerExits, "");
    enteringCauses = outerCauses;
    // it entered the catch open: what goes on from there has recovered, as in tryStatement
    States goesOn = handlerExits.nonReturnExits(end).recovered();
    States returned = handlerExits.returns().recovered();
    return afterFinallys(finallyBlock == null ? List.of() : List.of(finallyBlock), goesOn)
        .mayBeOpen() || afterFinallys(enclosingFinallys, returned).mayBeOpen();
  }

  /**
   * The states leaving {@code finallys} normally, run from {@code in} innermost (last) first, each
   * on what the one inside it left; their exits dropped.
   */
  private States afterFinallys(List<N> finallys, States in) {
    States s = in;
    for (int i = finallys.size() - 1; i >= 0 && s.mayBeOpen(); i--) {
      PathExits<N> finallyExits = new PathExits<>();
      s = finallyExits.nonExceptionalExits(exec(finallys.get(i), s, finallyExits, ""));
    }
    return s;
  }

  /** Whether running {@code handler} from {@code in} closes or hands over an open resource. */
  private boolean releasedBy(N handler, States in) {
    int before = releases;
    exec(handler, in, new PathExits<>(), "");
    return releases > before;
  }

  /** {@code after}, the states a close or hand-over left: counts it when it took an open one. */
  private States released(States before, States after) {
    if (before.mayBeOpen() && !after.equals(before)) {
      releases++;
    }
    return after;
  }

  private States evalAll(List<N> expressions, States in, PathExits<N> exits) {
    States s = in;
    for (N expression : expressions) {
      s = eval(expression, s, exits);
    }
    return s;
  }

  /** Evaluates {@code node} in evaluation order; returns the states after it. */
  private States eval(N node, States in, PathExits<N> exits) {
    if (in.isEmpty() || node == null) {
      return in;
    }
    Expression<N> expression = syntax.expression(node);
    if (expression instanceof Deferred<N>) {
      return in; // runs later, if at all
    }
    if (expression instanceof HandOver<N> handOver) {
      // another owner's now: no longer this method's to close
      return released(in, handOver.throughHolder() ? in.closedIfHeld() : in.closed());
    }
    if (expression instanceof Invocation<N> call) {
      States s = evalAll(call.operands(), in, exits);
      if (call.releases()) {
        s = released(s, call.throughHolder() ? s.closedIfHeld() : s.closed());
      }
      if (call.mayThrow()) {
        exits.addThrow(s.unrecovered(), call.site()); // a second failure is not followed
      }
      if (call.takesOnReturn()) {
        s = s.closed(); // built: the wrapper owns it now
      }
      return acquired(call.site(), s);
    }
    if (expression instanceof FlagStore<N> store) {
      States s = eval(store.value(), in, exits);
      return store.flag().equals(flag) ? s.withFlag(store.constant()) : s;
    }
    if (expression instanceof HolderStore<N> store) {
      States s = eval(store.value(), in, exits);
      return store.storesTheResource() ? s.heldByHolder() : s.leftByHolder();
    }
    if (expression instanceof Assign<N> assign) {
      States s = eval(assign.value(), in, exits);
      if (assign.wrapsTheVariable()) {
        // closing the variable closes the wrapper, which closes the resource; if the wrapper
        // failed, the variable was not assigned and still holds the resource itself
        return s;
      }
      if (assign.overwritesVariable()) {
        lost = lost.union(s); // the only reference is overwritten
        return States.UNOPENED;
      }
      return eval(assign.target(), s, exits);
    }
    if (expression instanceof Conditional<N> conditional) {
      States s = eval(conditional.condition(), in, exits);
      return eval(conditional.whenTrue(), s, exits)
          .union(eval(conditional.whenFalse(), s, exits));
    }
    if (expression instanceof ShortCircuit<N> shortCircuit) {
      // in != null && in.ready(): the right side runs only on the paths the left lets through.
      States s = eval(shortCircuit.left(), in, exits);
      Condition whole = syntax.condition(node);
      States rightIn = s;
      States skipped = s;
      if (whole instanceof And and) {
        Branches left = refine(and.left(), s);
        rightIn = left.whenTrue();
        skipped = left.whenFalse();
      } else if (whole instanceof Or or) {
        Branches left = refine(or.left(), s);
        rightIn = left.whenFalse();
        skipped = left.whenTrue();
      }
      return skipped.union(eval(shortCircuit.right(), rightIn, exits));
    }
    if (expression instanceof SwitchExpression<N> switchExpression) {
      PathExits<N> inner = new PathExits<>();
      States selected = eval(switchExpression.selector(), in, exits);
      cases(switchExpression.cases(), selected, inner, true);
      inner.forwardTo(exits, false, "", true);
      return inner.yields();
    }
    return evalAll(((Operands<N>) expression).operands(), in, exits);
  }

  private States acquired(N site, States s) {
    if (site != acquisition) {
      return s;
    }
    lost = lost.union(s); // acquired again: open here, it was not closed
    return States.OPEN;
  }

  /** Whether {@code condition} is a {@link HolderQuery}, possibly negated. */
  private static boolean asksTheHolder(Condition condition) {
    return condition instanceof HolderQuery
        || condition instanceof Not not && asksTheHolder(not.negated());
  }

  /**
   * Whether a branch entered with {@code in} closes what was open there, on every path that
   * leaves it normally (a branch that only returns or throws closes nothing).
   */
  private static boolean closesIt(States in, States out) {
    return in.mayBeOpen() && out.contains(ResourceState.CLOSED) && !out.mayBeOpen();
  }

  /** The states on each branch of a condition that evaluated with {@code s}. */
  record Branches(States whenTrue, States whenFalse) {}

  private Branches refine(Condition condition, States s) {
    if (condition instanceof FlagTest test) {
      if (!testedFlags.contains(test.flag())) {
        testedFlags.add(test.flag());
      }
      return test.flag().equals(flag) ? new Branches(s.whereFlag(true), s.whereFlag(false))
          : new Branches(s, s);
    }
    if (condition instanceof NullTest test) {
      // A held resource is never null: the null branch sees only "not acquired". A holder
      // assigned later is null where it does not hold it yet: the resource may be open there.
      States isNull = test.ofHolder() ? s.without(ResourceState.HELD) : s.only(ResourceState.UNOPENED);
      States notNull = test.holderNullElsewhere() ? s.without(ResourceState.OPEN) : s;
      return test.nonNull() ? new Branches(notNull, isNull) : new Branches(isNull, notNull);
    }
    if (condition instanceof IsClosed) {
      return new Branches(s.without(ResourceState.OPEN).without(ResourceState.HELD),
          s.without(ResourceState.CLOSED));
    }
    if (condition instanceof Not not) {
      Branches inner = refine(not.negated(), s);
      return new Branches(inner.whenFalse(), inner.whenTrue());
    }
    if (condition instanceof And and) {
      Branches left = refine(and.left(), s);
      Branches right = refine(and.right(), left.whenTrue());
      return new Branches(right.whenTrue(), left.whenFalse().union(right.whenFalse()));
    }
    if (condition instanceof Or or) {
      Branches left = refine(or.left(), s);
      Branches right = refine(or.right(), left.whenFalse());
      return new Branches(left.whenTrue().union(right.whenTrue()), right.whenFalse());
    }
    return new Branches(s, s);
  }
}
