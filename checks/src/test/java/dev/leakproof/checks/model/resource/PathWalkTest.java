package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.SourceSyntax.Condition;
import dev.leakproof.checks.model.resource.SourceSyntax.Expression;
import dev.leakproof.checks.model.resource.SourceSyntax.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared walk on a toy syntax tree, so its path semantics are tested without a compiler. The
 * followed variable is {@code v}; {@link #ACQUIRE} is {@code v = open()}.
 */
class PathWalkTest {
  /** Toy nodes: statements, expressions and conditions in one small language. */
  private sealed interface T {}

  private record Seq(List<T> statements) implements T {}

  private record Call(String name) implements T {} // may throw; touches nothing

  private record Open() implements T {}

  private record CloseV() implements T {} // v.close()

  private record Store(T value) implements T {} // v = value

  private record SelfWrap(T value) implements T {} // v = value, a wrapper built over v itself

  private record Ret() implements T {}

  private record ThrowT() implements T {}

  private record Brk(String label) implements T {}

  private record YieldT(T value) implements T {}

  private record IfT(T condition, T then, T otherwise) implements T {}

  private record NotNull() implements T {}

  private record IsClosedT() implements T {}

  private record NotT(T condition) implements T {}

  private record AndT(T left, T right) implements T {}

  private record Flag() implements T {}

  private record SetFlag(String name, Boolean value) implements T {} // name = value (null: unknown)

  private record FlagT(String name) implements T {} // if (name): a local boolean

  private record WhileT(T condition, T body) implements T {}

  private record LabeledT(String label, T body) implements T {}

  private record TryT(T block, List<SourceSyntax.Catch<T>> catches, T finallyBlock, boolean tryV)
      implements T {}

  private record SwitchExpr(List<SourceSyntax.Case<T>> cases) implements T {}

  private record Lambda(T body) implements T {}

  private record HandOverV() implements T {} // return v, this.f = v, keep(v): another owner's now

  private record WrapV(String name) implements T {} // new GZIPInputStream(v): owns v once built

  private record StoreH() implements T {} // h = new Wrapper(v): h, declared null, holds v from here

  private record CloseH() implements T {} // h.close(): closes v where h holds it

  private static final Open OPEN = new Open();
  private static final T ACQUIRE = new Store(OPEN);

  private static final SourceSyntax<T> SYNTAX = new SourceSyntax<>() {
    @Override
    public Statement<T> statement(T node) {
      if (node instanceof Seq seq) {
        return new SourceSyntax.Block<>(seq.statements());
      }
      if (node instanceof Ret) {
        return new SourceSyntax.Return<>(null);
      }
      if (node instanceof ThrowT) {
        return new SourceSyntax.Throw<>(null, node);
      }
      if (node instanceof Brk brk) {
        return new SourceSyntax.Break<>(brk.label());
      }
      if (node instanceof YieldT yield) {
        return new SourceSyntax.Yield<>(yield.value());
      }
      if (node instanceof IfT branch) {
        return new SourceSyntax.If<>(branch.condition(), branch.then(), branch.otherwise());
      }
      if (node instanceof WhileT loop) {
        return new SourceSyntax.Loop<>(SourceSyntax.LoopKind.WHILE, List.of(), loop.condition(),
            List.of(), null, loop.body(), loop.condition() == null); // while (true)
      }
      if (node instanceof LabeledT labeled) {
        return new SourceSyntax.Labeled<>(labeled.label(), labeled.body());
      }
      if (node instanceof TryT t) {
        return new SourceSyntax.Try<>(List.of(), t.tryV(), t.block(), t.catches(), t.finallyBlock());
      }
      return new SourceSyntax.Evaluate<>(List.of(node));
    }

    @Override
    public Expression<T> expression(T node) {
      if (node instanceof WrapV) {
        return new SourceSyntax.Invocation<>(node, List.of(), false, true, true);
      }
      if (node instanceof Call || node instanceof Open) {
        return new SourceSyntax.Invocation<>(node, List.of(), false, true);
      }
      if (node instanceof CloseV) {
        return new SourceSyntax.Invocation<>(node, List.of(), true, true);
      }
      if (node instanceof StoreH) {
        return new SourceSyntax.HolderStore<>(null, true);
      }
      if (node instanceof CloseH) {
        return new SourceSyntax.Invocation<>(node, List.of(), true, false, false, true);
      }
      if (node instanceof SelfWrap wrap) {
        return new SourceSyntax.Assign<>(wrap.value(), true, true, null);
      }
      if (node instanceof Store store) {
        return new SourceSyntax.Assign<>(store.value(), store.value() != OPEN, null);
      }
      if (node instanceof SetFlag set) {
        return new SourceSyntax.FlagStore<>(set.name(), set.value(), null);
      }
      if (node instanceof SwitchExpr s) {
        return new SourceSyntax.SwitchExpression<>(null, s.cases());
      }
      if (node instanceof HandOverV) {
        return new SourceSyntax.HandOver<>();
      }
      if (node instanceof Lambda) {
        return new SourceSyntax.Deferred<>();
      }
      if (node instanceof AndT and) {
        return new SourceSyntax.ShortCircuit<>(and.left(), and.right());
      }
      if (node instanceof NotT not) {
        return new SourceSyntax.Operands<>(List.of(not.condition()));
      }
      if (node instanceof IsClosedT) {
        return new SourceSyntax.Invocation<>(node, List.of(), false, false);
      }
      return new SourceSyntax.Operands<>(List.of());
    }

    @Override
    public Condition condition(T node) {
      if (node instanceof NotNull) {
        return new SourceSyntax.NullTest(true);
      }
      if (node instanceof IsClosedT) {
        return new SourceSyntax.IsClosed();
      }
      if (node instanceof NotT not) {
        return new SourceSyntax.Not(condition(not.condition()));
      }
      if (node instanceof FlagT flag) {
        return new SourceSyntax.FlagTest(flag.name());
      }
      if (node instanceof AndT and) {
        return new SourceSyntax.And(condition(and.left()), condition(and.right()));
      }
      return new SourceSyntax.Opaque();
    }
  };

  private static PathWalk.Result<T> walk(T... statements) {
    return PathWalk.analyse(SYNTAX, new Seq(List.of(statements)), OPEN);
  }

  private static Call call(String name) {
    return new Call(name);
  }

  private static T seq(T... statements) {
    return new Seq(List.of(statements));
  }

  @Test
  void aHeldParameterReturnedOpenOnOneBranchLeaksOnANormalPath() {
    // closeUnless(v, keep): if (keep) return; v.close();
    T partly = seq(new IfT(new Flag(), new Ret(), null), new CloseV());
    assertTrue(PathWalk.analyseHeld(SYNTAX, partly).leaksOnNormalPath());
    T always = seq(new IfT(new Flag(), seq(new CloseV(), new Ret()), null), new CloseV());
    assertFalse(PathWalk.analyseHeld(SYNTAX, always).leaksOnNormalPath());
    assertFalse(PathWalk.analyse(SYNTAX, partly, OPEN).leaksOnNormalPath()); // never acquired there
  }

  @Test
  void aHolderAssignedLaterClosesTheResourceOnlyWhereItHoldsIt() {
    // h = null; v = open(); try { write(); h = new W(v); flush(); } finally { closeQuietly(h); }
    Call write = call("write");
    Call flush = call("flush");
    PathWalk.Result<T> result = walk(new TryT(seq(ACQUIRE, write, new StoreH(), flush),
        List.of(), new CloseH(), false));
    assertFalse(result.leaksOnNormalPath());
    assertTrue(result.leaksOnException());
    assertEquals(List.of(write), result.leakingThrows()); // flush threw with h holding v
    PathWalk.Result<T> stored = walk(new TryT(seq(ACQUIRE, new StoreH(), flush),
        List.of(), new CloseH(), false));
    assertFalse(stored.leaksOnException());
    assertFalse(walk(ACQUIRE, new StoreH(), new CloseH()).leaksOnNormalPath());
    assertTrue(walk(ACQUIRE, new CloseH()).leaksOnNormalPath()); // h never held it
  }

  @Test
  void aHoldersFinallyCoversTheThrowsItsCatchSwallowsAfterTheHolderHoldsIt() {
    // v = open(); try { write(); h = new W(v); read(); } catch (E e) { return; }
    // finally { closeQuietly(h); } (c3p0's ConfigUtils): the finally runs on the catch's exits
    Call write = call("write");
    Call read = call("read");
    for (T handler : List.of(new Ret(), seq())) { // the catch returns or goes on
      PathWalk.Result<T> result = walk(ACQUIRE, new TryT(seq(write, new StoreH(), read),
          List.of(new SourceSyntax.Catch<>(handler)), new CloseH(), false));
      assertEquals(List.of(write), result.swallowedThrows()); // read threw with h holding v
      assertEquals(List.of(write), result.exceptionLeaks());
    }
    // without the finally, read's exception is swallowed with v open too
    PathWalk.Result<T> unclosed = walk(ACQUIRE, new TryT(seq(write, new StoreH(), read),
        List.of(new SourceSyntax.Catch<>(new Ret())), null, false), new CloseH());
    assertEquals(List.of(write, read), unclosed.swallowedThrows());
  }

  @Test
  void anOuterFinallyJudgesEachThrowOfAnInnerTryOnItsOwnPath() {
    // v = open(); h = null; try { try { w = new W(v); h = w; read(); } finally { log(); } }
    // finally { if (h != null) h.close(); }: read() threw with h holding v, which the outer
    // finally closes; new W(v), before h held it, leaves it open (and log() failing after it)
    Call wrap = call("wrap");
    Call read = call("read");
    Call log = call("log");
    PathWalk.Result<T> result = walk(ACQUIRE, new TryT(new TryT(seq(wrap, new StoreH(), read),
        List.of(), log, false), List.of(), new CloseH(), false));
    assertTrue(result.blamedForException().contains(wrap));
    assertFalse(result.blamedForException().contains(read)); // was: the sites' states merged
  }

  @Test
  void anOuterFinallyCoversAReturnFromAnInnerCatch() {
    // v = open(); h = null; try { try { w = new W(v); h = w; read(); } catch (E e) { return; } }
    // finally { if (h != null) h.close(); }: the catch's return runs the outer finally
    Call wrap = call("wrap");
    Call read = call("read");
    PathWalk.Result<T> result = walk(ACQUIRE, new TryT(new TryT(seq(wrap, new StoreH(), read),
        List.of(new SourceSyntax.Catch<>(new Ret())), null, false), List.of(), new CloseH(), false));
    assertEquals(List.of(wrap), result.swallowedThrows());
    // a catch that goes on is judged after its own try only: what follows may change it
    PathWalk.Result<T> goesOn = walk(ACQUIRE, new TryT(new TryT(seq(wrap, new StoreH(), read),
        List.of(new SourceSyntax.Catch<>(seq())), null, false), List.of(), new CloseH(), false));
    assertEquals(List.of(wrap, read), goesOn.swallowedThrows());
  }

  @Test
  void aFlagSetWhereItOpensGuardsTheClose() {
    // close = false; if (file) { v = open(); close = true; } try { read(); }
    // finally { if (close) v.close(); } (hsqldb's Document.load)
    T opens = new IfT(new Flag(), seq(ACQUIRE, new SetFlag("close", true)), null);
    T guardedClose = new IfT(new FlagT("close"), new CloseV(), null);
    assertEquals(PathFacts.NONE, walk(new SetFlag("close", false), opens,
        new TryT(call("read"), List.of(), guardedClose, false)).exits());
    // the flag set on the branch that does not open: open at the end where it is false
    T otherBranch = new IfT(new Flag(), ACQUIRE, new SetFlag("close", true));
    assertTrue(walk(new SetFlag("close", false), otherBranch, guardedClose).leaksOnNormalPath());
    // a value the walk does not know, or another flag tested
    assertTrue(walk(new SetFlag("close", false), new IfT(new Flag(), seq(ACQUIRE,
        new SetFlag("close", null)), null), guardedClose).leaksOnNormalPath());
    assertTrue(walk(new SetFlag("close", false), opens, new IfT(new FlagT("other"),
        new CloseV(), null)).leaksOnNormalPath());
    // cleared again on some path before the close
    assertTrue(walk(new SetFlag("close", false), opens,
        new IfT(new Flag(), new SetFlag("close", false), null), guardedClose).leaksOnNormalPath());
  }

  @Test
  void aFlagSetAfterTheReadLeavesOnlyTheReadsFailureOpen() {
    // read = false; v = open(); try { v.read(); read = true; } catch (E e) { log(); }
    // finally { if (read) v.close(); }: open only where read() threw into the catch
    Call read = call("read");
    PathWalk.Result<T> result = walk(new SetFlag("read", false), ACQUIRE,
        new TryT(seq(read, new SetFlag("read", true)), List.of(new SourceSyntax.Catch<>(seq())),
            new IfT(new FlagT("read"), new CloseV(), null), false));
    assertFalse(result.exits().has(PathFact.OPEN_AT_UNRECOVERED_EXIT));
    assertTrue(result.exits().has(PathFact.OPEN_AT_RECOVERED_EXIT));
    assertEquals(List.of(read), result.exceptionLeaks());
  }

  @Test
  void aThrowOfItsOwnIsAPathOfTheMethod() {
    // if (bad) throw new IOException(); v.close();
    PathWalk.Result<T> result = walk(ACQUIRE, new IfT(new Flag(), new ThrowT(), null),
        new CloseV());
    assertFalse(result.leaksOnNormalPath());
    assertTrue(result.exits().has(PathFact.OPEN_AT_OWN_THROW));
    assertTrue(result.leaksOnAPathOfItsOwn());
    assertFalse(walk(ACQUIRE, call("read"), new CloseV()).leaksOnAPathOfItsOwn());
  }

  @Test
  void aCloseWhereAFailureGoesCoversOnlyTheThrowsThatReachIt() {
    // v = open(); try { bind(); } finally { if (flag) v.close(); } connect(); hand over v
    Call bind = call("bind");
    Call connect = call("connect");
    PathWalk.Result<T> result = walk(ACQUIRE,
        new TryT(bind, List.of(), new IfT(new Flag(), new CloseV(), null), false), connect,
        new HandOverV());
    assertEquals(List.of(bind, connect), result.blamedForException());
    assertEquals(List.of(connect), result.notClosedOnFailure(result.blamedForException()));
    assertFalse(result.closedOnFailure());
    // without connect(), every throw that leaks it passes the finally that may close it
    PathWalk.Result<T> covered = walk(ACQUIRE,
        new TryT(bind, List.of(), new IfT(new Flag(), new CloseV(), null), false),
        new HandOverV());
    assertTrue(covered.closedOnFailure());
  }

  @Test
  void anExceptionACatchSwallowsIsCoveredByTheFinallyItGoesOnTo() {
    // try { open(v); hand over v; } catch (E e) { } finally { if (flag) v.close(); } (POI's
    // OldExcelExtractor: closed unless toClose was set)
    Call open = call("open");
    PathWalk.Result<T> result = walk(ACQUIRE, new TryT(seq(open, new HandOverV()),
        List.of(new SourceSyntax.Catch<>(seq())), new IfT(new Flag(), new CloseV(), null),
        false));
    assertEquals(List.of(open), result.blamedForException());
    assertTrue(result.closedOnFailure());
  }

  @Test
  void aFlagGuardedCloseInFinallyIsNotUndoneByTheCallsAfterTheTry() {
    // try { v = open(); parse(); hand over v; return; } catch (E e) { } finally { if (flag)
    // v.close(); } fallback(); (POI's OldExcelExtractor(File): toClose set, or closed)
    Call parse = call("parse");
    Call fallback = call("fallback");
    T flagGuarded = new TryT(seq(ACQUIRE, parse, new HandOverV(), new Ret()),
        List.of(new SourceSyntax.Catch<>(seq())), new IfT(new Flag(), new CloseV(), null), false);
    PathWalk.Result<T> result = walk(flagGuarded, fallback);
    assertFalse(result.leaksOnAPathOfItsOwn()); // only the path that recovered from parse() is open
    assertTrue(result.leaksOnException());
    assertEquals(List.of(parse), result.blamedForException()); // not fallback()
    assertTrue(result.closedOnFailure());
    // without the close in finally, parse() failing leaks it
    T unguarded = new TryT(seq(ACQUIRE, parse, new HandOverV(), new Ret()),
        List.of(new SourceSyntax.Catch<>(seq())), null, false);
    PathWalk.Result<T> leaks = walk(unguarded, fallback);
    assertEquals(List.of(parse), leaks.notClosedOnFailure(leaks.blamedForException()));
    assertFalse(leaks.closedOnFailure());
  }

  @Test
  void aCatchThatReturnsWithoutClosingLeaksOnlyThroughTheExceptionItHandled() {
    // v = open(); try { read(); v.close(); return; } catch (IOException e) { return; }
    Call read = call("read");
    PathWalk.Result<T> result = walk(ACQUIRE, new TryT(seq(read, new CloseV(), new Ret()),
        List.of(new SourceSyntax.Catch<>(new Ret())), null, false));
    assertFalse(result.leaksOnAPathOfItsOwn());
    assertTrue(result.leaksOnNormalPath()); // a caller of such a body sees a return
    assertTrue(result.leaksOnException());
    assertEquals(List.of(read), result.leakingThrows());
    assertEquals(List.of(read), result.exceptionLeaks());
    // a return that skips the close on the try's own path is still a path of its own
    PathWalk.Result<T> early = walk(ACQUIRE, new TryT(seq(read, new IfT(new Flag(), new Ret(),
        null), new CloseV()), List.of(new SourceSyntax.Catch<>(new Ret())), null, false));
    assertTrue(early.leaksOnAPathOfItsOwn());
  }

  @Test
  void aResourceOpenedAfterACatchRecoveredIsOnAPathOfItsOwn() {
    // v = open(); try { read(); } catch (E e) { } v.close(); v = open(); (never closed)
    PathWalk.Result<T> result = walk(ACQUIRE, new TryT(call("read"),
        List.of(new SourceSyntax.Catch<>(seq())), null, false), new CloseV(), ACQUIRE);
    assertTrue(result.leaksOnAPathOfItsOwn());
    assertFalse(result.leaksOnException());
  }

  @Test
  void aRethrowIsAsCoveredAsWhatItRethrows() {
    // try { read(); } catch (e) { if (flag) v.close(); throw e; } hand over v
    Call read = call("read");
    T closingMaybe = new TryT(read,
        List.of(new SourceSyntax.Catch<>(seq(new IfT(new Flag(), new CloseV(), null),
            new ThrowT()))), null, false);
    assertTrue(walk(ACQUIRE, closingMaybe, new HandOverV()).closedOnFailure());
    // a catch that closes another resource covers nothing
    T closingOther = new TryT(read,
        List.of(new SourceSyntax.Catch<>(seq(call("closeOther"), new ThrowT()))), null, false);
    assertFalse(walk(ACQUIRE, closingOther, new HandOverV()).closedOnFailure());
  }

  @Test
  void closedRightAwayLeaksNothing() {
    PathWalk.Result<T> result = walk(ACQUIRE, new CloseV());
    assertFalse(result.leaksOnNormalPath());
    assertFalse(result.leaksOnException());
  }

  @Test
  void aCallBeforeTheCloseLeaksOnItsException() {
    Call read = call("read");
    PathWalk.Result<T> result = walk(ACQUIRE, read, new CloseV());
    assertFalse(result.leaksOnNormalPath());
    assertTrue(result.leaksOnException());
    assertEquals(List.of(read), result.leakingThrows());
  }

  @Test
  void aCallBeforeTheHandOverLeaksOnItsExceptionAndNothingAfterIt() {
    Call bind = call("bind");
    PathWalk.Result<T> result = walk(ACQUIRE, bind, new HandOverV(), call("log"));
    assertFalse(result.leaksOnNormalPath());
    assertTrue(result.leaksOnException());
    assertEquals(List.of(bind), result.leakingThrows());
  }

  @Test
  void aWrapperThatFailsLeaksTheResourceAndOwnsItOnceBuilt() {
    WrapV gzip = new WrapV("GZIPInputStream");
    PathWalk.Result<T> result = walk(ACQUIRE, gzip, call("read"));
    assertFalse(result.leaksOnNormalPath());
    assertTrue(result.leaksOnException());
    assertEquals(List.of(gzip), result.leakingThrows()); // read() after it is the wrapper's
  }

  @Test
  void aCallWhoseExceptionACatchHandlesIsBlamedButDoesNotEscape() {
    Call attribute = call("setAttribute");
    Call warn = call("warn");
    PathWalk.Result<T> result = walk(ACQUIRE,
        new TryT(attribute, List.of(new SourceSyntax.Catch<>(warn)), null, false),
        new HandOverV());
    assertTrue(result.leaksOnException());
    assertEquals(List.of(attribute, warn), result.leakingThrows());
    assertEquals(List.of(warn), result.exceptionLeaks());
  }

  @Test
  void anExceptionACatchSwallowsBeforeTheHandOverLeaksThroughTheNormalEnd() {
    Call bind = call("bind");
    PathWalk.Result<T> result = walk(ACQUIRE,
        new TryT(seq(bind, new HandOverV()), List.of(new SourceSyntax.Catch<>(seq())), null, false));
    assertTrue(result.leaksOnNormalPath()); // what a caller of such a body sees: a return
    assertFalse(result.leaksOnAPathOfItsOwn()); // the path recovered from bind()'s exception
    assertTrue(result.leaksOnException());
    assertEquals(List.of(bind), result.exceptionLeaks());
  }

  @Test
  void aHandOverRightAfterTheAcquisitionLeaksNothing() {
    PathWalk.Result<T> result = walk(ACQUIRE, new HandOverV(), call("log"));
    assertFalse(result.leaksOnNormalPath());
    assertFalse(result.leaksOnException());
  }

  @Test
  void anEarlyReturnLeaksOnTheNormalPath() {
    assertTrue(walk(ACQUIRE, new IfT(new Flag(), new Ret(), null), new CloseV())
        .leaksOnNormalPath());
  }

  @Test
  void closedInFinallyBehindANullAndIsClosedGuardLeaksNothing() {
    T guard = new AndT(new NotNull(), new NotT(new IsClosedT()));
    PathWalk.Result<T> result = walk(new TryT(seq(ACQUIRE, call("read")), List.of(),
        new IfT(guard, new CloseV(), null), false));
    assertFalse(result.leaksOnNormalPath());
    assertFalse(result.leaksOnException());
  }

  @Test
  void closedInFinallyBehindAnUnrelatedFlagLeaks() {
    PathWalk.Result<T> result = walk(new TryT(seq(ACQUIRE, call("read")), List.of(),
        new IfT(new Flag(), new CloseV(), null), false));
    assertTrue(result.leaksOnNormalPath());
  }

  @Test
  void tryWithTheVariableClosesItOnEveryExit() {
    PathWalk.Result<T> result = walk(ACQUIRE, new TryT(seq(call("read"), new Ret()), List.of(),
        null, true));
    assertFalse(result.leaksOnNormalPath());
    assertFalse(result.leaksOnException());
  }

  @Test
  void aCatchClauseKeepsTheExceptionsOfItsTryWhateverItsType() {
    Call read = call("read");
    T swallowing = new TryT(seq(read), List.of(new SourceSyntax.Catch<>(seq())), null, false);
    assertFalse(walk(ACQUIRE, swallowing, new CloseV()).leaksOnException());
    T withoutCatch = new TryT(seq(read), List.of(), seq(), false);
    assertEquals(List.of(read), walk(ACQUIRE, withoutCatch, new CloseV()).leakingThrows());
  }

  @Test
  void aQuietCloseOfAnotherResourceInFinallyDoesNotSkipOurs() {
    // finally { try { other.close(); } catch (IOException e) {} v.close(); }
    T quietly = new TryT(seq(call("close")), List.of(new SourceSyntax.Catch<>(seq())), null, false);
    PathWalk.Result<T> result = walk(new TryT(seq(ACQUIRE, call("read")), List.of(),
        seq(quietly, new IfT(new NotNull(), new CloseV(), null)), false));
    assertFalse(result.leaksOnNormalPath());
    assertFalse(result.leaksOnException());
  }

  @Test
  void aCatchThatRethrowsBlamesTheCallInTheTry() {
    Call read = call("read");
    T rethrowing = new TryT(seq(read), List.of(new SourceSyntax.Catch<>(new ThrowT())), null,
        false);
    PathWalk.Result<T> result = walk(ACQUIRE, rethrowing, new CloseV());
    assertTrue(result.leaksOnException());
    assertEquals(read, result.leakingThrows().get(0));
  }

  @Test
  void aLabelledBreakOutOfALoopSkipsTheCloseAfterIt() {
    T loop = new LabeledT("outer", new WhileT(new Flag(), seq(new IfT(new Flag(),
        new Brk("outer"), null), new CloseV(), new Ret())));
    assertTrue(walk(ACQUIRE, loop).leaksOnNormalPath());
    T closing = new LabeledT("outer", new WhileT(null, seq(new CloseV(), new Brk("outer"))));
    assertFalse(walk(ACQUIRE, closing).leaksOnNormalPath());
    T mayNotRun = new LabeledT("outer", new WhileT(new Flag(), seq(new CloseV(), new Brk("outer"))));
    assertTrue(walk(ACQUIRE, mayNotRun).leaksOnNormalPath());
  }

  @Test
  void aSwitchExpressionArmThatYieldsBeforeClosingLeaks() {
    T closes = new SwitchExpr(List.of(
        new SourceSyntax.Case<>(false, true, List.of(seq(new CloseV(), new YieldT(null))), null),
        new SourceSyntax.Case<>(true, true, List.of(), new CloseV())));
    assertFalse(walk(ACQUIRE, closes).leaksOnNormalPath());
    T oneArmLeaks = new SwitchExpr(List.of(
        new SourceSyntax.Case<>(false, true, List.of(), call("size")),
        new SourceSyntax.Case<>(true, true, List.of(), new CloseV())));
    assertTrue(walk(ACQUIRE, oneArmLeaks).leaksOnNormalPath());
  }

  @Test
  void overwritingTheOnlyReferenceWhileOpenLeaks() {
    assertTrue(walk(ACQUIRE, new Store(call("other")), new CloseV()).leaksOnNormalPath());
    assertTrue(walk(ACQUIRE, ACQUIRE, new CloseV()).leaksOnNormalPath());
  }

  @Test
  void aWrapperBuiltOverTheVariableIntoItselfKeepsTheResource() {
    // v = new BufferedInputStream(v); v.close(): closing the wrapper closes the resource
    assertFalse(walk(ACQUIRE, new SelfWrap(call("BufferedInputStream")), new CloseV())
        .leaksOnNormalPath());
    assertTrue(walk(ACQUIRE, new SelfWrap(call("BufferedInputStream"))).leaksOnNormalPath());
  }

  @Test
  void aLambdaBodyDoesNotRunHere() {
    assertTrue(walk(ACQUIRE, new Lambda(new CloseV())).leaksOnNormalPath());
  }

  @Test
  void statementsTheAdapterCannotDescribeStopTheWalk() {
    SourceSyntax<T> refusing = new SourceSyntax<>() {
      @Override
      public Statement<T> statement(T node) {
        throw new PathWalk.Unsupported("anything");
      }

      @Override
      public Expression<T> expression(T node) {
        return SYNTAX.expression(node);
      }

      @Override
      public Condition condition(T node) {
        return SYNTAX.condition(node);
      }
    };
    assertThrows(PathWalk.Unsupported.class,
        () -> PathWalk.analyse(refusing, seq(ACQUIRE), OPEN));
  }
}
