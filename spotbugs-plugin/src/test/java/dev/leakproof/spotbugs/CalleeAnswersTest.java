package dev.leakproof.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CalleeAnswersTest {

  @Test
  void anAnswerIsComputedOnceAndKept() {
    CalleeAnswers<String> answers = new CalleeAnswers<>(3);
    AtomicInteger judged = new AtomicInteger();
    assertEquals(Optional.of("keeps"), answers.answer("a", () -> {
      judged.incrementAndGet();
      return "keeps";
    }));
    assertEquals(Optional.of("keeps"), answers.answer("a", () -> "other"));
    assertEquals(1, judged.get());
  }

  @Test
  void noAnswerIsAnAnswerToo() {
    CalleeAnswers<String> answers = new CalleeAnswers<>(3);
    assertEquals(Optional.empty(), answers.answer("a", () -> null));
    assertEquals(Optional.empty(), answers.answer("a", () -> "later"));
  }

  @Test
  void aRecursionHasNoAnswerAndWhatDependedOnItIsAskedAgain() {
    CalleeAnswers<String> answers = new CalleeAnswers<>(3);
    // a asks b, b asks a again: the inner a has no answer, so b's answer is cut short
    Optional<String> outer = answers.answer("a", () ->
        answers.answer("b", () -> answers.answer("a", () -> "never").orElse("cut")).orElse("?"));
    assertEquals(Optional.of("cut"), outer);
    // b was answered under a question in progress: not kept, so asked from the top it is judged
    assertEquals(Optional.of("fresh"), answers.answer("b", () -> "fresh"));
  }

  @Test
  void questionsBeyondTheDepthHaveNoAnswer() {
    CalleeAnswers<String> answers = new CalleeAnswers<>(2);
    Optional<String> outer = answers.answer("a", () ->
        answers.answer("b", () -> answers.answer("c", () -> "deep").orElse("too deep")).orElse("?"));
    assertEquals(Optional.of("too deep"), outer);
  }
  @Test
  void aNestedAnswerWithNothingCutShortIsKept() {
    CalleeAnswers<String> answers = new CalleeAnswers<>(3);
    answers.answer("a", () -> answers.answer("b", () -> "read once").orElse("?"));
    // b leaned on no cut-short question: asked from the top it would be read the same way
    assertEquals(Optional.of("read once"), answers.answer("b", () -> "read again"));
  }

  @Test
  void aNestedAnswerOverACutShortOneIsNotKeptButWhatItDidNotLeanOnIs() {
    CalleeAnswers<String> answers = new CalleeAnswers<>(2);
    answers.answer("a", () -> answers.answer("b", () -> {
      answers.answer("c", () -> "too deep");
      return "cut";
    }).orElse("?") + answers.answer("d", () -> "whole").orElse("?"));
    assertEquals(Optional.of("fresh"), answers.answer("b", () -> "fresh"));
    assertEquals(Optional.of("whole"), answers.answer("d", () -> "read again"));
  }
}
