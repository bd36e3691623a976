package dev.leakproof.checks.sarif;

import dev.leakproof.checks.finding.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * How a run compares with a baseline (an earlier run's findings accepted as known), for SARIF's
 * {@code result.baselineState}: a result whose fingerprint the baseline holds is
 * {@code unchanged}, any other is {@code new}, and each baseline entry no longer found is
 * written as an {@code absent} result.
 *
 * @param fingerprints the {@link SarifWriter#FINGERPRINT_KEY} fingerprints in the baseline
 * @param absent the baseline's findings that this run no longer reports
 */
public record BaselineComparison(Set<String> fingerprints, List<Fingerprinted> absent) {
  public BaselineComparison {
    fingerprints = Set.copyOf(fingerprints);
    absent = List.copyOf(absent);
  }

  /** A finding and its fingerprint, as a SARIF log lists them. */
  public record Fingerprinted(Finding finding, String fingerprint) {
    public Fingerprinted {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(fingerprint, "fingerprint");
    }
  }

  /** Each finding with its fingerprint, in the order (and so with the ordinals) SARIF uses. */
  public static List<Fingerprinted> fingerprint(List<Finding> findings) {
    List<Finding> sorted = SarifWriter.inFileOrder(findings);
    List<String> fingerprints = Fingerprints.of(sorted);
    return IntStream.range(0, sorted.size())
        .mapToObj(i -> new Fingerprinted(sorted.get(i), fingerprints.get(i))).toList();
  }
}
