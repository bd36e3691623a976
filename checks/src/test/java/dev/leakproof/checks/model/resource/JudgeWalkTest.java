package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.PathFact.CLOSED_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.HANDED_OVER_SOMEWHERE;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_EXCEPTION;
import static dev.leakproof.checks.model.resource.PathFact.LEAKS_ON_NORMAL_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.UnclosedResourceModel.Kind;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Resource;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Sites;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Verdict;
import dev.leakproof.checks.model.resource.UnclosedResourceModel.Walk;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What a walk's result means ({@link UnclosedResourceModel#judgeWalk}) and the failing-wrapper
 * rule ({@link UnclosedResourceModel#withFailingWrapper}), with sites named as the sentence names
 * them: "`size()`" declares nothing, "`read()`" an {@code IOException}, "`new
 * GZIPInputStream(…)`" is a wrapper over the resource that may fail, "throw" a {@code throw}.
 */
class JudgeWalkTest {
  private static final Resource IN = new Resource("java.io.FileInputStream", "in");
  private static final String SIZE = "`size()`";
  private static final String READ = "`read()`";
  private static final String GZIP = "`new GZIPInputStream(…)`";
  private static final Supplier<String> NO_HELPER = () -> null;

  /**
   * A walk as the test states it: {@code facts}, and {@link PathFact#LEAKS_ON_EXCEPTION} when
   * some site throws; {@code covered}: the sites a catch or finally closing it covers.
   */
  private static Walk<String> walk(PathFacts facts, List<String> throwing, Set<String> covered) {
    return new Walk<>(facts.with(LEAKS_ON_EXCEPTION, !throwing.isEmpty()), throwing, throwing,
        sites -> sites.stream().filter(site -> !covered.contains(site)).toList(),
        site -> List.of());
  }

  private static final Sites<String> SITES = new Sites<>(
      site -> site.equals(SIZE) ? CheckedThrow.NO : CheckedThrow.YES, READ::equals,
      "throw"::equals, site -> site, GZIP::equals);

  private static Verdict judge(PathFacts facts, List<String> throwing) {
    return UnclosedResourceModel.judgeWalk(IN, walk(facts, throwing, Set.of()), SITES, NO_HELPER);
  }

  @Test
  void blamesTheMostPlausibleCallAmongThoseThatLeakIt() {
    Verdict verdict = judge(PathFacts.of(CLOSED_SOMEWHERE), List.of(SIZE, READ));
    assertEquals(Kind.CLOSED_BUT_NOT_IF_THROWS, verdict.kind());
    assertTrue(verdict.sentence().contains("not if `read()` throws"), verdict.sentence());
    assertEquals(Kind.NONE, judge(PathFacts.of(CLOSED_SOMEWHERE), List.of(SIZE)).kind(),
        "only an unchecked exception leaks it: not worth a finding");
    assertEquals(Kind.NOT_CLOSED, judge(PathFacts.of(LEAKS_ON_NORMAL_PATH, CLOSED_SOMEWHERE),
        List.of(READ)).kind());
    assertEquals(Kind.NOT_CLOSED, judge(PathFacts.NONE, List.of(READ)).kind(),
        "nothing closes it: not closed on every path");
  }

  @Test
  void ofAResourceHandedOverOnlyTheFailuresNoCloseCoversCount() {
    var covered = walk(PathFacts.of(HANDED_OVER_SOMEWHERE), List.of(READ, SIZE), Set.of(READ));
    assertEquals(Kind.NONE, UnclosedResourceModel.judgeWalk(IN, covered, SITES, NO_HELPER).kind(),
        "read() is covered by a catch that closes it; size() declares nothing");
    var all = walk(PathFacts.of(HANDED_OVER_SOMEWHERE), List.of(READ), Set.of(READ));
    assertEquals(Kind.NONE, UnclosedResourceModel.judgeWalk(IN, all, SITES, NO_HELPER).kind(),
        "closed where every failure goes");
    var uncovered = walk(PathFacts.of(HANDED_OVER_SOMEWHERE), List.of(SIZE, READ), Set.of());
    Verdict verdict = UnclosedResourceModel.judgeWalk(IN, uncovered, SITES, NO_HELPER);
    assertEquals(Kind.NOT_CLOSED_IF_THROWS_BEFORE_HAND_OVER, verdict.kind());
    assertTrue(verdict.sentence().contains("`read()` throws before"), verdict.sentence());
  }

  @Test
  void thePartialCloserIsAskedOnlyWhenANormalPathLeaks() {
    Supplier<String> mustNotAsk = () -> {
      throw new AssertionError("need not be asked");
    };
    assertEquals(Kind.CLOSED_BUT_NOT_IF_THROWS, UnclosedResourceModel.judgeWalk(IN,
        walk(PathFacts.of(CLOSED_SOMEWHERE), List.of(READ), Set.of()), SITES, mustNotAsk).kind());
    assertEquals(Kind.NOT_CLOSED_WHEN_HELPER_RETURNS_IT_OPEN, UnclosedResourceModel.judgeWalk(IN,
        walk(PathFacts.of(LEAKS_ON_NORMAL_PATH, CLOSED_SOMEWHERE), List.of(), Set.of()), SITES,
            () -> "`closeUnless()`")
        .kind());
  }

  @Test
  void aFailingWrapperOverTheResourceIsNamedAsSuchWhereverItLeaksOnlyThroughIt() {
    assertEquals(Kind.NOT_CLOSED_IF_WRAPPER_THROWS,
        judge(PathFacts.of(CLOSED_SOMEWHERE), List.of(GZIP, READ)).kind(),
        "closed through the wrapper, but not if the wrapper cannot be built");
    assertEquals(Kind.NOT_CLOSED_IF_WRAPPER_THROWS,
        judge(PathFacts.of(HANDED_OVER_SOMEWHERE), List.of(GZIP)).kind(),
            "the hand-over itself failed");
    assertEquals(Kind.NOT_CLOSED_IF_WRAPPER_THROWS,
        judge(PathFacts.of(LEAKS_ON_NORMAL_PATH, HANDED_OVER_SOMEWHERE), List.of(GZIP)).kind(),
        "handed over: a path that neither closes nor hands over says nothing");
    assertEquals(Kind.NONE, judge(PathFacts.NONE, List.of(GZIP)).kind(),
        "nothing closes the wrapper either: its own finding covers the line");
    assertEquals(Kind.NOT_CLOSED, judge(PathFacts.of(LEAKS_ON_NORMAL_PATH), List.of(GZIP)).kind(),
        "a normal path leaks it: that is the finding");
    assertEquals(Kind.CLOSED_BUT_NOT_IF_THROWS, judge(PathFacts.of(CLOSED_SOMEWHERE),
        List.of(READ, GZIP))
        .kind(), "the blamed call is no wrapper");
  }

  @Test
  void withFailingWrapperKeepsEveryOtherVerdict() {
    Verdict none = new Verdict(Kind.NONE, null);
    assertEquals(none, UnclosedResourceModel.withFailingWrapper(none, IN, false, GZIP));
    Verdict helper = UnclosedResourceModel.dropped(IN, "`load()`");
    assertEquals(helper, UnclosedResourceModel.withFailingWrapper(helper, IN, true, GZIP));
    Verdict closedBut = judge(PathFacts.of(CLOSED_SOMEWHERE), List.of(READ));
    assertEquals(closedBut, UnclosedResourceModel.withFailingWrapper(closedBut, IN, false, null));
    assertFalse(UnclosedResourceModel.withFailingWrapper(
        UnclosedResourceModel.dropped(IN, null), IN, false, GZIP).leaks());
  }
}
