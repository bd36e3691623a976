package dev.leakproof.spotbugs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Remembered answers about callees whose bodies are read to judge a call (a factory of the class,
 * what a helper does with its argument, whether a result is owned), shared by the summaries that
 * read bodies a few calls deep. A question asked again while it is being answered (a recursion),
 * or asked deeper than {@code maxDepth} nested questions, has no answer (it is cut short). An
 * answer to a question asked from the top is kept; so is one to a nested question none of whose
 * own questions was cut short, since asked from the top it would be reached the same way. A nested
 * answer that leaned on a cut-short question is not kept, since asked from the top it may differ.
 * Keeping the nested answers matters for cost: most of the bodies read are read two or three
 * questions deep, and a helper asked about under many callers was read again under each.
 */
final class CalleeAnswers<V> {
  private final int maxDepth;
  private final Map<String, Optional<V>> answers = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  /** How many questions were cut short so far: unchanged across an answer, none under it was. */
  private long cutShort;

  CalleeAnswers(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** The answer to {@code question}, from {@code judge} (null: none) unless known already. */
  Optional<V> answer(String question, Supplier<V> judge) {
    Optional<V> known = answers.get(question);
    if (known != null) {
      return known;
    }
    if (inProgress.size() >= maxDepth || !inProgress.add(question)) {
      cutShort++;
      return Optional.empty();
    }
    long cutBefore = cutShort;
    Optional<V> answer;
    try {
      answer = Optional.ofNullable(judge.get());
    } finally {
      inProgress.remove(question);
    }
    if (inProgress.isEmpty() || cutShort == cutBefore) {
      answers.put(question, answer);
    }
    return answer;
  }
}
