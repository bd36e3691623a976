package dev.leakproof.checks.model.concat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConcatModelTest {
  private record Facts(Boolean extending, Boolean ownString, Boolean carried,
      Boolean testReads, Boolean readWhole, String variable) implements LoopCarriedString {
    Facts(Boolean extending, Boolean ownString, Boolean carried, String variable) {
      this(extending, ownString, carried, carried == Boolean.TRUE ? false : null,
          carried == Boolean.TRUE ? false : null, variable);
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

    private static boolean asked(Boolean fact) {
      if (fact == null) {
        throw new AssertionError("the verdict asked a fact it does not need");
      }
      return fact;
    }
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
        ConcatModel.judge(new Facts(true, true, true, true, null, "hex")));
  }

  @Test
  void aLoopThatNeedsTheWholeStringEveryIterationGainsNothingFromABuilder() {
    assertEquals(Optional.empty(),
        ConcatModel.judge(new Facts(true, true, true, false, true, "indent")));
  }
}
