package dev.leakproof.testcases;

/**
 * What an engine reported at a corpus line: where, which rule, and the sentence it showed the
 * user. Conformance holds the place to the corpus markers and the sentence to
 * {@code test-cases/sentences.tsv}.
 */
public record Reported(Expectation at, String sentence) {
  public Reported {
    if (sentence == null || sentence.isBlank()) {
      throw new IllegalArgumentException(at + ": an engine must report a sentence");
    }
  }
}
