package dev.leakproof.checks.model.concat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.knowledge.StructureSources.Kind;
import dev.leakproof.checks.model.concat.ConcatModel.LoopUse;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ConcatModelTest {
  private record Facts(Boolean extending, Boolean ownString, Boolean carried,
      Boolean testReads, Boolean readWhole, OptionalLong fixed, String variable)
      implements LoopCarriedString {
    Facts(Boolean extending, Boolean ownString, Boolean carried, String variable) {
      this(extending, ownString, carried, carried == Boolean.TRUE ? false : null,
          carried == Boolean.TRUE ? false : null,
          carried == Boolean.TRUE ? OptionalLong.empty() : null, variable);
    }

    Facts(Boolean testReads, Boolean readWhole, String variable) {
      this(true, true, true, testReads, readWhole, null, variable);
    }

    static Facts counted(OptionalLong fixed) {
      return new Facts(true, true, true, false, false, fixed, "s");
    }

    @Override
    public OptionalLong fixedIterations() {
      if (fixed == null) {
        throw new AssertionError("the verdict asked a fact it does not need");
      }
      return fixed;
    }

    @Override
    public boolean readWholeOnEveryIteration() {
      return asked(readWhole);
    }

    @Override
    public boolean loopTestReadsIt() {
      return asked(testReads);
    }

    @Override
    public boolean extendsItself() {
      return asked(extending);
    }

    @Override
    public boolean isOwnStringVariable() {
      return asked(ownString);
    }

    @Override
    public boolean carriedAcrossIterations() {
      return asked(carried);
    }

    @Override
    public boolean builtOnlyOnFailure() {
      return false;
    }

    @Override
    public boolean boundedByStructure() {
      return false;
    }

    private static boolean asked(Boolean fact) {
      if (fact == null) {
        throw new AssertionError("the verdict asked a fact it does not need");
      }
      return fact;
    }
  }

  @Test
  void lengthEmptinessAndOneCharacterAreNotReadsOfTheWholeString() {
    assertTrue(ConcatModel.onlyMeasures("length"));
    assertTrue(ConcatModel.onlyMeasures("isEmpty"));
    assertTrue(ConcatModel.onlyMeasures("charAt"));
    assertFalse(ConcatModel.onlyMeasures("equals"));
    assertFalse(ConcatModel.onlyMeasures("substring"));
  }

  @Test
  void carriedStringExtendedInALoopIsReportedByName() {
    assertEquals(Optional.of("'result' grows on every iteration of the loop around it, and each"
        + " concatenation copies all of it again; append to a StringBuilder instead"),
        ConcatModel.judge(new Facts(true, true, true, "result")));
  }

  @Test
  void withoutANameTheSentenceStillReads() {
    assertEquals(Optional.of("a string grows on every iteration of the loop around it, and each"
        + " concatenation copies all of it again; append to a StringBuilder instead"),
        ConcatModel.judge(new Facts(true, true, true, null)));
  }

  @Test
  void silentUnlessEveryFactHolds() {
    assertEquals(Optional.empty(), ConcatModel.judge(new Facts(false, null, null, "s")));
    assertEquals(Optional.empty(), ConcatModel.judge(new Facts(true, false, null, "s")));
    assertEquals(Optional.empty(), ConcatModel.judge(new Facts(true, true, false, "s")));
  }

  @Test
  void aLoopThatTestsTheStringItselfRunsAsLongAsTheStringNeeds() {
    assertEquals(Optional.empty(),
        ConcatModel.judge(new Facts(true, null, "hex")));
  }

  @Test
  void aLoopThatNeedsTheWholeStringEveryIterationGainsNothingFromABuilder() {
    assertEquals(Optional.empty(),
        ConcatModel.judge(new Facts(false, true, "indent")));
  }

  @Test
  void aFewIterationsTheCodeStatesAreNotWorthABuilder() {
    assertEquals(Optional.empty(), ConcatModel.judge(Facts.counted(OptionalLong.of(8))));
    assertEquals(Optional.empty(),
        ConcatModel.judge(Facts.counted(OptionalLong.of(ConcatModel.FEW_ITERATIONS))));
  }

  @Test
  void manyIterationsOrACountTheDataDecidesAreReported() {
    assertEquals(true, ConcatModel.judge(
        Facts.counted(OptionalLong.of(ConcatModel.FEW_ITERATIONS + 1))).isPresent());
    assertEquals(true, ConcatModel.judge(Facts.counted(OptionalLong.empty())).isPresent());
  }

  /** A string every other fact reports, built in a catch block or not. */
  private record OnFailurePath(boolean onlyOnFailure, boolean structure)
      implements LoopCarriedString {
    OnFailurePath(boolean onlyOnFailure) {
      this(onlyOnFailure, false);
    }

    @Override public boolean extendsItself() { return true; }
    @Override public boolean isOwnStringVariable() { return true; }
    @Override public boolean carriedAcrossIterations() { return true; }
    @Override public boolean loopTestReadsIt() { return false; }
    @Override public boolean readWholeOnEveryIteration() { return false; }
    @Override public OptionalLong fixedIterations() { return OptionalLong.empty(); }
    @Override public boolean builtOnlyOnFailure() { return onlyOnFailure; }
    @Override public boolean boundedByStructure() { return structure; }
    @Override public String variable() { return "message"; }
  }

  @Test
  void aMessageBuiltOnlyInACatchBlockIsNotWorthABuilder() {
    assertEquals(Optional.empty(), ConcatModel.judge(new OnFailurePath(true)));
    assertTrue(ConcatModel.judge(new OnFailurePath(false)).isPresent());
  }

  @Test
  void aStringBoundedByTheStructureOfCodeOrSchemaIsNotReported() {
    assertEquals(Optional.empty(), ConcatModel.judge(new OnFailurePath(false, true)));
  }

  @Test
  void aStructureBoundsTheLoopOnlyThroughTheUseItsKindHas() {
    assertTrue(ConcatModel.iteratesStructure(LoopUse.ELEMENTS, Kind.MEMBERS));
    assertTrue(ConcatModel.iteratesStructure(LoopUse.LENGTH, Kind.MEMBERS));
    assertTrue(ConcatModel.iteratesStructure(LoopUse.COMPARED, Kind.COUNT));
    assertTrue(ConcatModel.iteratesStructure(LoopUse.NEXT_ROW, Kind.ROWS));
    assertTrue(ConcatModel.iteratesStructure(LoopUse.TEST, Kind.ARRAY_DIMENSIONS));
    assertFalse(ConcatModel.iteratesStructure(LoopUse.ELEMENTS, Kind.ROWS),
        "a metadata result set is stepped by next(), not iterated");
    assertFalse(ConcatModel.iteratesStructure(LoopUse.COMPARED, Kind.MEMBERS),
        "an array compared with a counter is no bound");
    assertFalse(ConcatModel.iteratesStructure(LoopUse.TEST, Kind.ROWS));
  }

  /** An expression as an engine sees it: a name, or a concatenation of its operands. */
  private record Expr(String name, List<Expr> operands) {
    static Expr name(String name) {
      return new Expr(name, List.of());
    }

    static Expr concat(Expr... operands) {
      return new Expr("+", List.of(operands));
    }
  }

  private static boolean extendsS(Expr value) {
    return ConcatModel.extendsItself(value, Expr::operands, operand -> operand.name().equals("s"));
  }

  @Test
  void theVariableAnywhereInTheConcatenationExtendsIt() {
    Expr s = Expr.name("s");
    Expr x = Expr.name("x");
    assertTrue(extendsS(Expr.concat(s, x)), "s = s + x");
    assertTrue(extendsS(Expr.concat(x, s)), "s = x + s");
    assertTrue(extendsS(Expr.concat(Expr.concat(x, s), x)), "s = \"(\" + s + \")\"");
    assertTrue(extendsS(Expr.concat(x, Expr.concat(s, x))), "s = x + (s + x)");
  }

  @Test
  void theVariableInsideAnotherCallOrAPlainValueDoesNot() {
    Expr trimmed = new Expr("s.trim()", List.of()); // a call other than concat: no operands
    assertFalse(extendsS(Expr.concat(Expr.name("x"), trimmed)));
    assertFalse(extendsS(Expr.name("s")), "s = s");
    assertFalse(extendsS(Expr.concat(Expr.name("x"), Expr.name("y"))));
  }

  @Test
  void onlyStringsConcatIsAConcatenation() {
    assertTrue(ConcatModel.isStringConcat("concat", 1, () -> true));
    // A project's path.concat(segment): named so, but not String's.
    assertFalse(ConcatModel.isStringConcat("concat", 1, () -> false));
    // The receiver's type is asked only of a one-argument call named concat.
    assertFalse(ConcatModel.isStringConcat("concat", 2, () -> {
      throw new AssertionError("asked the receiver of a two-argument call");
    }));
    assertFalse(ConcatModel.isStringConcat("append", 1, () -> {
      throw new AssertionError("asked the receiver of another method");
    }));
  }
}
